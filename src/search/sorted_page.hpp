// SPDX-License-Identifier: EUPL-1.2
// Orders matches by date or title from the in-memory table and cuts out one page, without
// sorting every match: a bounded heap keeps only the first offset + limit.
#pragma once

#include <cstddef>
#include <vector>

#include "search/doc_set.hpp"
#include "search/doc_table.hpp"
#include "search/search_index.hpp"

namespace rundum::search {

/// The ids of `matches` at positions [offset, offset + limit) in the order: Newest (date
/// descending) or Title (title ascending); Relevance counts as Newest here (a search without
/// text). Ties go by kind, then id, so the same search always gives the same page.
std::vector<Xapian::docid> sorted_page(const DocTable& table, const DocSet& matches,
                                       SortOrder order, std::size_t offset, std::size_t limit);

} // namespace rundum::search
