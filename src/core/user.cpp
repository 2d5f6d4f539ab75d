// SPDX-License-Identifier: EUPL-1.2
// Roles and email rules of member accounts.
#include "core/user.hpp"

#include <algorithm>

#include "core/text_input.hpp"

namespace rundum {

std::string_view role_name(Role role)
{
    return role == Role::Admin ? "admin" : "coordinator";
}

std::optional<Role> role_from_name(std::string_view name)
{
    if (name == "admin") {
        return Role::Admin;
    }
    if (name == "coordinator") {
        return Role::Coordinator;
    }
    return std::nullopt;
}

std::string normalised_email(std::string_view email)
{
    const auto first = email.find_first_not_of(" \t\r\n");
    const auto last = email.find_last_not_of(" \t\r\n");
    std::string out = first == std::string_view::npos ? "" : std::string(email.substr(first, last - first + 1));
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
        return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    });
    return out;
}

bool is_plausible_email(std::string_view email)
{
    const auto at = email.find('@');
    if (email.size() > 254 || at == std::string_view::npos || at == 0 ||
        email.find('@', at + 1) != std::string_view::npos) {
        return false;
    }
    const auto domain = email.substr(at + 1);
    const auto dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size()) {
        return false;
    }
    return std::none_of(email.begin(), email.end(),
                        [](unsigned char c) {
                            return c <= ' ' || c == '<' || c == '>' || c == '"' || c == ',' || c == ';';
                        }) &&
           check_line("email", email, 254).has_value(); // UTF-8, no C1 or bidi characters
}

} // namespace rundum
