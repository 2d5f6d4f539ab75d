// SPDX-License-Identifier: EUPL-1.2
// Password rules: length in code points, the embedded common-password list, personal data.
#include "auth/password_policy.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <unordered_set>

namespace rundum::auth {

namespace embedded {
const std::map<std::string, std::string_view>& files(); // embedded, see CMakeLists.txt
} // namespace embedded

namespace {

constexpr std::size_t MINIMUM_PERSONAL_LENGTH = 4;

bool is_continuation_byte(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0u) == 0x80u;
}

// Invalid UTF-8 is counted leniently (every non-continuation byte is one character): the web
// layer rejects invalid UTF-8 before it gets here, and hashing works on bytes anyway.
std::size_t code_point_count(std::string_view text)
{
    std::size_t count = 0;
    for (char byte : text) {
        if (!is_continuation_byte(byte)) {
            ++count;
        }
    }
    return count;
}

// Lowercases ASCII and the Latin-1 capitals À–Þ (U+00C0–U+00DE, without ×), which covers
// German and the other languages of Western Europe; other text is left as it is.
std::string fold_case(std::string_view text)
{
    std::string folded;
    folded.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 'A' && byte <= 'Z') {
            folded += static_cast<char>(byte + ('a' - 'A'));
        } else if (byte == 0xC3 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) {
                next = static_cast<unsigned char>(next + 0x20);
            }
            folded += static_cast<char>(byte);
            folded += static_cast<char>(next);
            ++i;
        } else {
            folded += static_cast<char>(byte);
        }
    }
    return folded;
}

bool is_ascii_letter_or_digit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

// What people append to a common word to pass a rule: digits, punctuation, spaces.
bool is_trailing_decoration(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    return is_ascii_digit(c) || (byte < 0x80 && !is_ascii_letter_or_digit(c));
}

// Folded case without ASCII punctuation and spaces, so "Gabriele Schmitz", "gabriele.schmitz"
// and "GabrieleSchmitz" compare equal.
std::string comparable(std::string_view text)
{
    std::string out;
    for (char c : fold_case(text)) {
        if (static_cast<unsigned char>(c) >= 0x80 || is_ascii_letter_or_digit(c)) {
            out += c;
        }
    }
    return out;
}

std::string_view trim(std::string_view text)
{
    constexpr std::string_view SPACE = " \t\r\n";
    const auto first = text.find_first_not_of(SPACE);
    if (first == std::string_view::npos) {
        return {};
    }
    const auto last = text.find_last_not_of(SPACE);
    return text.substr(first, last - first + 1);
}

std::unordered_set<std::string> load_common_passwords()
{
    const auto& files = embedded::files();
    const auto file = files.find("common-passwords.txt");
    if (file == files.end()) {
        throw std::logic_error("common-passwords.txt is not embedded in rundum_auth");
    }
    std::unordered_set<std::string> passwords;
    std::string_view rest = file->second;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        const std::string_view line = trim(rest.substr(0, end));
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        if (!line.empty() && line.front() != '#') {
            passwords.insert(fold_case(line));
        }
    }
    return passwords;
}

const std::unordered_set<std::string>& common_passwords()
{
    static const std::unordered_set<std::string> passwords = load_common_passwords();
    return passwords;
}

// Whether `candidate` or a form of it with trailing decoration cut off, one character at a
// time, is on the list: "passwort123!", "passwort123", "passwort12", "passwort1", "passwort".
bool is_listed(std::string candidate)
{
    const auto& common = common_passwords();
    while (!candidate.empty()) {
        if (common.contains(candidate)) {
            return true;
        }
        if (!is_trailing_decoration(candidate.back())) {
            return false;
        }
        candidate.pop_back();
    }
    return false;
}

// One character repeated ("aaaaaaaaaaaa", "ä ä ä ä ä ä ä") is as weak as anything on the list.
bool is_one_character_repeated(std::string_view password)
{
    if (password.empty()) {
        return false;
    }
    const auto first_length = static_cast<std::size_t>(
        std::find_if(password.begin() + 1, password.end(), [](char c) {
            return !is_continuation_byte(c);
        }) - password.begin());
    const std::string_view first = password.substr(0, first_length);
    for (std::size_t i = 0; i < password.size(); i += first.size()) {
        if (password.substr(i, first.size()) != first) {
            return false;
        }
    }
    return true;
}

// Compared as typed (case folded) and without the spaces and punctuation between words, so
// "Ich liebe dich!" and "ich-liebe-dich" are found as "ichliebedich".
bool is_common(std::string_view password)
{
    const std::string as_typed = fold_case(password);
    const std::string run_together = comparable(password);
    return is_one_character_repeated(as_typed) || is_one_character_repeated(run_together) ||
           is_listed(as_typed) || is_listed(run_together);
}

// True when `personal` (an email's local part, a name) is long enough to matter and occurs in
// the password.
bool contains_personal(std::string_view password, std::string_view personal)
{
    const std::string needle = comparable(personal);
    if (code_point_count(needle) < MINIMUM_PERSONAL_LENGTH) {
        return false;
    }
    return comparable(password).find(needle) != std::string::npos;
}

} // namespace

Result<void> check_new_password(std::string_view password, std::string_view email,
                                std::string_view name)
{
    const std::size_t length = code_point_count(password);
    if (length < MINIMUM_PASSWORD_LENGTH) {
        return fail(ErrorCode::Invalid, "error.password.too_short",
                    {std::to_string(MINIMUM_PASSWORD_LENGTH)},
                    "password has " + std::to_string(length) + " characters");
    }
    if (length > MAXIMUM_PASSWORD_LENGTH) {
        return fail(ErrorCode::Invalid, "error.password.too_long",
                    {std::to_string(MAXIMUM_PASSWORD_LENGTH)},
                    "password has " + std::to_string(length) + " characters");
    }
    if (is_common(password)) {
        return fail(ErrorCode::Invalid, "error.password.common");
    }
    const auto at = email.rfind('@');
    const std::string_view local_part = at == std::string_view::npos ? email : email.substr(0, at);
    if (contains_personal(password, local_part)) {
        return fail(ErrorCode::Invalid, "error.password.contains_email");
    }
    if (contains_personal(password, name)) {
        return fail(ErrorCode::Invalid, "error.password.contains_name");
    }
    return {};
}

} // namespace rundum::auth
