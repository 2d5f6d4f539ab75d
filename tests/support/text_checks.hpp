// SPDX-License-Identifier: EUPL-1.2
// Checks on answer bodies that HTTP tests share.
#pragma once

#include <cstddef>
#include <regex>
#include <string>
#include <utility>
#include <vector>

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

/// The text inputs of a form page as the browser sends them back unchanged (entities decoded).
inline std::vector<std::pair<std::string, std::string>> text_inputs_of(const std::string& page)
{
    std::vector<std::pair<std::string, std::string>> fields;
    const std::regex input(R"re(<input id="[^"]+" name="([a-z0-9_]+)" type="text"[^>]*value="([^"]*)")re");
    for (std::sregex_iterator match(page.begin(), page.end(), input), end; match != end; ++match) {
        std::string value = (*match)[2];
        for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
                 {"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
            for (std::size_t at = value.find(entity); at != std::string::npos; at = value.find(entity, at + 1)) {
                value.replace(at, entity.size(), character);
            }
        }
        fields.emplace_back((*match)[1], value);
    }
    return fields;
}

} // namespace rundum::testing
