// SPDX-License-Identifier: EUPL-1.2
// Forgives one typo in a longer query word that matches nothing: tries every word one edit away
// (a letter left out, added, changed, or two swapped) and takes the one the index knows best.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "search/visible_terms.hpp"

namespace rundum::search {

/// Words shorter than this (in letters) are not corrected: short words have too many neighbours.
constexpr std::size_t MIN_CORRECTED_LETTERS = 6;

/// Whether a query word may be corrected at all (long enough, not a number, not a stop word).
bool may_correct(std::string_view folded_word);

/// The replacement for a word that matches nothing, written as the user wrote it (lower case,
/// with a capital first letter if the typed word had one): the candidate whose stem is in most
/// documents the visitor sees, or if no candidate's stem is, the first that matches one of those
/// documents as a compound part. Ties go to the first candidate in a fixed order (deletions,
/// swaps, changes, insertions). Documents the visitor may not see never suggest a word.
std::optional<std::string> correct_typo(const Xapian::Database& database,
                                        const VisibleTerms& visible, std::string_view typed_word);

} // namespace rundum::search
