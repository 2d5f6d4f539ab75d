// SPDX-License-Identifier: EUPL-1.2
// Case files (tests/*/cases/*.cases): behaviour as data, one case per line, `#` comments. Header
// only, so every test executable can read them without linking the test support library.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace rundum::testing {

/// One line of a case file that is neither empty nor a comment.
struct CaseLine {
    int number{0};    ///< in the file, for the failure message
    std::string text; ///< trimmed
};

inline std::string trimmed(const std::string& text)
{
    const std::size_t start = text.find_first_not_of(" \t");
    const std::size_t end = text.find_last_not_of(" \t");
    return start == std::string::npos ? "" : text.substr(start, end - start + 1);
}

/// "a | b | c" -> {"a", "b", "c"}
inline std::vector<std::string> case_fields(const std::string& text, char separator = '|')
{
    std::vector<std::string> fields;
    std::stringstream stream(text);
    for (std::string field; std::getline(stream, field, separator);) {
        fields.push_back(trimmed(field));
    }
    return fields;
}

/// The cases of a file; empty when it cannot be read.
inline std::vector<CaseLine> read_case_file(const std::string& path)
{
    std::ifstream file(path);
    std::vector<CaseLine> lines;
    int number = 0;
    for (std::string line; std::getline(file, line);) {
        ++number;
        line = trimmed(line);
        if (!line.empty() && !line.starts_with('#')) {
            lines.push_back(CaseLine{number, line});
        }
    }
    return lines;
}

} // namespace rundum::testing
