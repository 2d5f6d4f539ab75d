// Small text helpers that several layers need (headers, form parts, addresses).
#pragma once

#include <string_view>

namespace rundum {

/// A space or a tab: the white space inside header lines.
constexpr bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/// The text without spaces and tabs at either end.
constexpr std::string_view trim_blanks(std::string_view text)
{
    while (!text.empty() && is_blank(text.front())) {
        text.remove_prefix(1);
    }
    while (!text.empty() && is_blank(text.back())) {
        text.remove_suffix(1);
    }
    return text;
}

} // namespace rundum
