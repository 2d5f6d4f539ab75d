// SPDX-License-Identifier: EUPL-1.2
// The checks behind header writing: injection characters, plain text, UTF-8 character bounds.
#include "mail/header_writer.hpp"

#include <algorithm>

namespace rundum::mail {

namespace {

bool is_injection_character(char c)
{
    return c == '\r' || c == '\n' || c == '\0';
}

} // namespace

Result<void> check_header_value(std::string_view field, std::string_view value)
{
    if (std::any_of(value.begin(), value.end(), is_injection_character)) {
        return fail(ErrorCode::Invalid, "error.mail.invalid_header", {},
                    "mail header " + std::string(field) + " contains CR, LF or NUL");
    }
    return {};
}

// Printable ASCII or a space/tab: text a header can carry as it is.
bool is_plain_header_text(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte >= 0x20 && byte < 0x7F) || c == '\t';
    });
}

// Length of the UTF-8 character starting at text[0]: a lead byte and its continuation bytes.
// Invalid sequences count byte by byte, so nothing is lost, only not kept together.
std::size_t utf8_character_length(std::string_view text)
{
    std::size_t length = 1;
    while (length < text.size() && length < 4 &&
           (static_cast<unsigned char>(text[length]) & 0xC0U) == 0x80U) {
        ++length;
    }
    return length;
}

// Unstructured text (Subject): as it is when it is plain ASCII and foldable, else encoded words.
// Text containing "=?" is encoded too, so that no decoder mistakes it for an encoded word.
bool needs_encoding(std::string_view text)
{
    if (!is_plain_header_text(text) || text.find("=?") != std::string_view::npos) {
        return true;
    }
    std::size_t word = 0;
    for (char c : text) {
        word = is_blank(c) ? 0 : word + 1;
        if (word > MAX_UNFOLDABLE_WORD) {
            return true;
        }
    }
    return false;
}

} // namespace rundum::mail
