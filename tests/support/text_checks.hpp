// Checks on answer bodies that HTTP tests share.
#pragma once

#include <cstddef>
#include <regex>
#include <string>

namespace rundum::testing {

inline bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

/// How often `part` occurs in `text`, without overlaps.
inline std::size_t count_of(const std::string& text, const std::string& part)
{
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
        ++count;
    }
    return count;
}

/// The state an edit form was opened on (its hidden `seen` field), or "" when it has none.
inline std::string form_state(const std::string& form)
{
    std::smatch match;
    return std::regex_search(form, match, std::regex("name=\"seen\" value=\"([^\"]+)\"")) ? match[1].str()
                                                                                            : std::string();
}

} // namespace rundum::testing
