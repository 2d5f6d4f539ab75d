// Small text helpers that several layers need (headers, form parts, addresses, lists as lines).
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

/// Whether a text is empty or only white space (spaces, tabs, line breaks): a required field
/// that was left blank.
constexpr bool is_blank_text(std::string_view text)
{
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// The lines of a text area: spaces and tabs trimmed, CR dropped, blank lines left out.
std::vector<std::string> non_blank_lines(std::string_view text);

/// Items one per line ("a\nb"), as a text area shows a list.
std::string joined_lines(const std::vector<std::string>& items);

} // namespace rundum
