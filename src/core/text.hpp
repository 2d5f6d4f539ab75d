// SPDX-License-Identifier: EUPL-1.2
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

/// `c` in lower case when it is an ASCII capital; every other byte as it is (UTF-8 stays intact).
constexpr char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// The text with its ASCII capitals in lower case (header names, file extensions, keywords).
std::string ascii_lowercase(std::string_view text);

/// Whether two texts are equal when ASCII capitals count as small letters (header names,
/// MIME types and parameters, which are case-insensitive).
constexpr bool equals_ignoring_case(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ascii_lower(a[i]) != ascii_lower(b[i])) {
            return false;
        }
    }
    return true;
}

/// The lines of a text area: spaces and tabs trimmed, CR dropped, blank lines left out.
std::vector<std::string> non_blank_lines(std::string_view text);

/// Items one per line ("a\nb"), as a text area shows a list.
std::string joined_lines(const std::vector<std::string>& items);

} // namespace rundum
