// SPDX-License-Identifier: EUPL-1.2
// A synthetic network for the search benchmark: cities with German-sounding names and projects
// written from real German family-policy words, the same shape as the web layer's documents.
// Deterministic: the same seed gives the same network on every machine.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "search/search_index.hpp"

namespace rundum::search::bench {

struct NetworkSize {
    std::size_t cities{650};
    std::size_t projects{50000};
    std::uint64_t seed{20240611};
};

/// The documents of the network: one per city (kind "city") and one per project (kind
/// "project", 150–300 words of body, topic/city/status/year facets, about a fifth members-only).
std::vector<SearchDocument> synthetic_network(const NetworkSize& size);

} // namespace rundum::search::bench
