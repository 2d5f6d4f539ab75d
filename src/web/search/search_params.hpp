// SPDX-License-Identifier: EUPL-1.2
// The search and list pages' state in the query string (?q=kita&thema=bildung&seite=2): read
// into a SearchQuery, and written back into links that change one thing, so every facet, sort
// and page is a plain link that works without JavaScript.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "search/search_index.hpp"

namespace rundum::web {

/// A facet: its name in the index and its parameter in URLs.
struct FacetParameter {
    std::string_view facet;     ///< "topic"
    std::string_view parameter; ///< "thema"
};

/// The facets of project lists, in the order pages show them.
const std::vector<FacetParameter>& project_facets();

/// Results per page on HTML pages.
inline constexpr std::size_t PAGE_SIZE = 20;

/// What a visitor asked for, as read from the query string.
struct SearchParams {
    std::string text;                                      ///< q
    std::vector<std::pair<std::string, std::string>> filters; ///< (parameter, value), in order
    std::string sort;                                       ///< "relevanz" (default), "neueste", "titel"
    std::size_t page{1};                                    ///< 1-based

    /// Parses a raw query string; unknown parameters are ignored, a bad page number is page 1.
    static SearchParams parse(std::string_view query);

    /// The query for the index (kinds and visibility are the caller's).
    search::SearchQuery to_query(std::size_t page_size) const;

    /// Whether (parameter, value) is one of the filters.
    bool has_filter(std::string_view parameter, std::string_view value) const;

    /// The query string ("q=kita&thema=bildung") with the filter toggled, page reset to 1.
    std::string toggled(std::string_view parameter, std::string_view value) const;
    /// ... with another sort order, page reset to 1.
    std::string with_sort(std::string_view sort) const;
    /// ... with another page.
    std::string with_page(std::size_t page) const;
    /// ... as it is (for export links of the current filter).
    std::string query_string() const;
};

/// Percent-encodes a query parameter value (space as %20).
std::string encode_query_value(std::string_view value);

} // namespace rundum::web
