// SPDX-License-Identifier: EUPL-1.2
// Form states and entity tags from a record's stored state, and RFC 9110's strong comparison for If-Match.
#include "web/http/edit_token.hpp"

#include "auth/tokens.hpp"
#include "core/text.hpp"

namespace rundum::web {

std::string state_of(std::string_view stored_state)
{
    return auth::token_hash(stored_state).substr(0, 32);
}

bool changed_since_opened(const Form& form, std::string_view current_state)
{
    const std::string seen = form.value(SEEN_FIELD);
    return !seen.empty() && seen != current_state;
}

std::string entity_tag(std::string_view state)
{
    std::string tag = "\"";
    tag += state;
    tag += '"';
    return tag;
}

bool if_match_allows(std::string_view if_match, std::string_view tag)
{
    if_match = trim_blanks(if_match);
    if (if_match.empty() || if_match == "*") {
        return true;
    }
    std::size_t start = 0;
    while (start <= if_match.size()) {
        std::size_t comma = if_match.find(',', start);
        if (comma == std::string_view::npos) {
            comma = if_match.size();
        }
        if (trim_blanks(if_match.substr(start, comma - start)) == tag) {
            return true;
        }
        start = comma + 1;
    }
    return false;
}

} // namespace rundum::web
