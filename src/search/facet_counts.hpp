// SPDX-License-Identifier: EUPL-1.2
// Counts facet values over a set of matches: how many matches carry each value.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "search/doc_set.hpp"
#include "search/doc_table.hpp"
#include "search/search_index.hpp"

namespace rundum::search {

/// For each facet named, the values carried by members of `matches` with their counts: most
/// frequent first, ties by value, zero counts left out. An unknown facet gets an empty list.
std::map<std::string, std::vector<FacetCount>>
count_facets(const DocTable& table, const DocSet& matches, const std::vector<std::string>& facets);

} // namespace rundum::search
