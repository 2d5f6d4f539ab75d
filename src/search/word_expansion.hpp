// SPDX-License-Identifier: EUPL-1.2
// Finds the index terms a query word stands for: its own stem, and for compound matching the
// stems that begin with it ("Kita" → "kitaausbau") and, through the reversed terms, those that end
// in it ("Armut" → "kinderarmut"). The caller gets explicit lists, so the bitmap of matches and the
// weighted Xapian query are built from exactly the same terms.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace rundum::search {

/// Most terms one wildcard expands to. Like Xapian's WILDCARD_LIMIT_MOST_FREQUENT: the most
/// frequent are kept, so a short prefix stays fast and still finds what most documents say.
constexpr std::size_t MAX_EXPANSIONS = 40;

/// Query words shorter than this (in letters) only match whole words: "Kita" is the shortest
/// word that still finds compounds.
constexpr std::size_t MIN_COMPOUND_LETTERS = 4;

/// Up to `limit` terms of the index beginning with `prefix`, the most frequent first (ties by
/// term).
std::vector<std::string> terms_with_prefix(const Xapian::Database& database,
                                           std::string_view prefix, std::size_t limit);

/// Whether the index has any term beginning with `prefix`.
bool has_term_with_prefix(const Xapian::Database& database, std::string_view prefix);

/// The terms of one query word.
struct WordTerms {
    std::string stem;      ///< the word's stem
    bool has_exact{false}; ///< the stem itself is in the index
    /// Stems that begin with the word's stem, and reversed terms (index_terms.hpp) of stems that
    /// end in it; the stem itself is not among them.
    std::vector<std::string> compound_terms;

    bool matches_anything() const { return has_exact || !compound_terms.empty(); }
    /// Every term a document may have to match the word.
    std::vector<std::string> match_terms() const;
    /// The stems of the words it matches (reversed terms turned back), for highlighting.
    std::vector<std::string> matched_stems() const;
};

/// The terms of a folded query word.
WordTerms expand_word(const Xapian::Database& database, std::string_view folded_word);

/// Whether expand_word would find anything, without collecting the lists (typo correction
/// checks many candidates this way).
bool word_matches_anything(const Xapian::Database& database, std::string_view folded_word);

} // namespace rundum::search
