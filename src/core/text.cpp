// SPDX-License-Identifier: EUPL-1.2
// Lists as lines of text: how forms, diffs and stored address lines hold them.
#include "core/text.hpp"

namespace rundum {

std::vector<std::string> non_blank_lines(std::string_view text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(start, end - start);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        line = trim_blanks(line);
        if (!line.empty()) {
            lines.emplace_back(line);
        }
        start = end + 1;
    }
    return lines;
}

std::string ascii_lowercase(std::string_view text)
{
    std::string lowered(text);
    for (char& c : lowered) {
        c = ascii_lower(c);
    }
    return lowered;
}

std::string joined_lines(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) {
            out += '\n';
        }
        out += item;
    }
    return out;
}

} // namespace rundum
