// Checks on answer bodies that HTTP tests share.
#pragma once

#include <cstddef>
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

} // namespace rundum::testing
