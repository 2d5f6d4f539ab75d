// SPDX-License-Identifier: EUPL-1.2
// Answers one search or suggestion on one reader handle and the in-memory table: what a search
// does, without the locking and error mapping around it (xapian_index.cpp).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "core/result.hpp"
#include "search/doc_table.hpp"
#include "search/hot_terms.hpp"
#include "search/search_index.hpp"

namespace rundum::search {

/// Longest query text accepted, in bytes.
constexpr std::size_t MAX_QUERY_BYTES = 1000;
/// Most hits one page may ask for.
constexpr std::size_t MAX_PAGE_SIZE = 1000;

/// Checks the limits of a query: `error.search.query_too_long`, `error.search.page_too_large`.
Result<void> check_query(const SearchQuery& query);

/// Runs a search. `table` and `hot` must describe the same revision as `database`. Throws
/// Xapian::Error.
SearchResults run_search(const Xapian::Database& database, const DocTable& table,
                         const HotTerms& hot, const SearchQuery& query);

/// Runs a suggestion (SearchIndex::suggest). Throws Xapian::Error.
std::vector<SearchHit> run_suggest(const Xapian::Database& database, const DocTable& table,
                                   const HotTerms& hot, std::string_view typed,
                                   bool include_members_only, std::size_t limit);

} // namespace rundum::search
