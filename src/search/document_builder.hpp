// SPDX-License-Identifier: EUPL-1.2
// Turns a SearchDocument into a Xapian document: stems (with field weights), reversed stems for
// compound matching, boolean terms for filters, values for sorting, and the stored texts.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "core/result.hpp"
#include "search/search_index.hpp"

namespace rundum::search {

/// What searches keep in memory about a document (doc_table.hpp), besides its terms.
struct DocumentAttributes {
    std::string kind;
    std::string key; ///< kind, NUL, id (see index_terms.hpp)
    bool is_public{true};
    std::vector<std::pair<std::string, std::string>> facet_values; ///< (facet, value), no repeats
    std::uint64_t date_key{0};                                     ///< see date_key()
    std::string title_key;                                         ///< see title_key()
};

/// A document ready to be written.
struct BuiltDocument {
    Xapian::Document document;
    std::string id_term;
    DocumentAttributes attributes;
};

/// Builds the Xapian document, or fails with `error.search.invalid_document` when the kind, id
/// or a facet breaks the limits of the index: kind and facet names 1–64 characters of a–z, 0–9,
/// "-", "_"; ids 1–160 bytes; facet values at most 160 bytes (empty values are left out).
Result<BuiltDocument> build_document(const SearchDocument& document);

/// The first 14 digits of an ISO 8601 date or time as a number (YYYYMMDDhhmmss, missing digits
/// zero), so that dates compare as integers; 0 for an empty or digit-less date.
std::uint64_t date_key(std::string_view iso_date);

/// The sort title as compared: folded words joined by single spaces, so quotes and case do not
/// decide the order and "Ä" sorts as "A" (DIN 5007, variant 1).
std::string title_key(std::string_view sort_title);

} // namespace rundum::search
