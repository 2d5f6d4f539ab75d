// SPDX-License-Identifier: EUPL-1.2
// The vocabulary of the index: which terms and values a document gets, with which prefix.
// Document building, queries and the in-memory document table all spell terms through here.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "search/search_index.hpp"

namespace rundum::search {

// Text terms: the stem of each word, unprefixed (lower case or digits), from every field.
/// Stems of title words again, so that a title hit can be weighted above a body hit.
constexpr std::string_view TITLE_PREFIX = "T";
/// Stems of summary words again, weighted between title and body.
constexpr std::string_view SUMMARY_PREFIX = "S";
/// Stems written backwards: "words ending in armut" becomes a prefix search for "tumra".
constexpr std::string_view REVERSED_PREFIX = "R";
/// kind:id, one per document (replace and delete go by it).
constexpr std::string_view ID_PREFIX = "Q";
/// The document's kind ("project").
constexpr std::string_view KIND_PREFIX = "XK";
/// Who may see the document.
constexpr std::string_view VISIBILITY_PREFIX = "XV";
/// A facet value: "XF" + facet + ":" + value.
constexpr std::string_view FACET_PREFIX = "XF";

/// Only stems at least this long get a reversed term: a compound that ends in a query word of
/// four or more letters is longer than that.
constexpr std::size_t MIN_REVERSED_STEM_LETTERS = 5;

/// Value slots.
constexpr Xapian::valueno DATE_SLOT = 0;  ///< sort_date as given (ISO 8601)
constexpr Xapian::valueno TITLE_SLOT = 1; ///< folded sort title
constexpr Xapian::valueno KEY_SLOT = 2;   ///< kind, NUL, id: breaks ties so results are stable

std::string id_term(std::string_view kind, std::string_view id);
std::string kind_term(std::string_view kind);
std::string visibility_term(Visibility visibility);
std::string facet_term(std::string_view facet, std::string_view value);
/// The tie-breaking key of KEY_SLOT.
std::string document_key(std::string_view kind, std::string_view id);

/// A stem written backwards, code point by code point.
std::string reversed(std::string_view stem);
/// The reversed-stem term of a stem.
std::string reversed_term(std::string_view stem);

} // namespace rundum::search
