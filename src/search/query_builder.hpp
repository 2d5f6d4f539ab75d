// SPDX-License-Identifier: EUPL-1.2
// Turns query text into a plan: the words that must match (stop words dropped, typos corrected),
// for each the terms it matches and a weighted Xapian query, so that exact words rank above
// compound parts and title hits above summary hits above body hits.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "search/doc_set.hpp"
#include "search/hot_terms.hpp"

namespace rundum::search {

/// Query words beyond this many are ignored (a pasted paragraph is not a search).
constexpr std::size_t MAX_QUERY_WORDS = 12;

/// Shortest last word that suggest() completes: one letter would expand to half the index.
constexpr std::size_t MIN_PREFIX_LETTERS = 2;

/// A query word and what it matches.
struct PlannedWord {
    std::string typed;                    ///< as written in the query
    std::vector<std::string> match_terms; ///< a document matches the word if it has any of these
    std::vector<std::string> stems;       ///< stems of the words it matches, for highlighting
    Xapian::Query query;                  ///< the word's weighted query
};

/// What a text asks for: every word must match.
struct TextPlan {
    std::vector<PlannedWord> words;
    /// Words that matched nothing and were replaced: typed → replacement.
    std::map<std::string, std::string> corrections;

    bool has_text() const { return !words.empty(); }
    /// The weighted query: all words (OP_AND), or MatchNothing without words.
    Xapian::Query query() const;
    /// Stems per word, for the Highlighter.
    std::vector<std::vector<std::string>> stems_by_word() const;
};

/// The plan of a search text. Stop words are dropped unless the text has nothing else; a word
/// of six letters or more that matches nothing the visitor sees is replaced by its best one-typo
/// neighbour among the words of the documents in `visible` (nullptr: every document).
/// `hot` must describe the same revision as `database`.
TextPlan plan_search(const Xapian::Database& database, const HotTerms& hot, std::string_view text,
                     const DocSet* visible);

/// The plan of a text being typed: all words but the last as in plan_search (without
/// corrections); the last, unless followed by a space, as the beginning of a word, matched
/// above all in titles. Without words (or with a last word shorter than MIN_PREFIX_LETTERS)
/// the plan has no text.
TextPlan plan_suggestion(const Xapian::Database& database, const HotTerms& hot,
                         std::string_view typed);

/// The documents matching every word of the plan, from the bitmaps of hot terms and the
/// postings of the others.
DocSet text_matches(const Xapian::Database& database, const HotTerms& hot, const TextPlan& plan,
                    std::size_t capacity);

} // namespace rundum::search
