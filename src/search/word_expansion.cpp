// SPDX-License-Identifier: EUPL-1.2
// The prefix side uses the stem when it has four letters or more, else the folded word ("Eltern"
// stems to "elt", which would find "Eltville"; "eltern…" does not). The suffix side needs a stem
// of four letters, or "Eltern" would find "Umwelt".
#include "search/word_expansion.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

#include "search/german_analyzer.hpp"
#include "search/index_terms.hpp"

namespace rundum::search {

namespace {

struct Patterns {
    std::string prefix; ///< empty: no compounds beginning with the word
    std::string suffix; ///< reversed-term prefix; empty: no compounds ending in it
};

Patterns compound_patterns(std::string_view folded_word, const std::string& word_stem)
{
    Patterns patterns;
    if (is_number(folded_word) || letter_count(folded_word) < MIN_COMPOUND_LETTERS) {
        return patterns;
    }
    bool stem_long_enough = letter_count(word_stem) >= MIN_COMPOUND_LETTERS;
    patterns.prefix = stem_long_enough ? word_stem : std::string(folded_word);
    if (stem_long_enough) {
        patterns.suffix = reversed_term(word_stem);
    }
    return patterns;
}

} // namespace

std::vector<std::string> terms_with_prefix(const Xapian::Database& database,
                                           std::string_view prefix, std::size_t limit)
{
    std::vector<std::pair<Xapian::doccount, std::string>> found;
    const std::string start(prefix);
    for (auto it = database.allterms_begin(start); it != database.allterms_end(start); ++it) {
        found.emplace_back(it.get_termfreq(), *it);
    }
    auto more_frequent = [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    };
    if (found.size() > limit) {
        std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(limit),
                          found.end(), more_frequent);
        found.resize(limit);
    } else {
        std::sort(found.begin(), found.end(), more_frequent);
    }
    std::vector<std::string> terms;
    terms.reserve(found.size());
    for (auto& [frequency, term] : found) {
        terms.push_back(std::move(term));
    }
    return terms;
}

bool has_term_with_prefix(const Xapian::Database& database, std::string_view prefix)
{
    const std::string start(prefix);
    return database.allterms_begin(start) != database.allterms_end(start);
}

std::vector<std::string> WordTerms::match_terms() const
{
    std::vector<std::string> terms;
    terms.reserve(compound_terms.size() + 1);
    if (has_exact) {
        terms.push_back(stem);
    }
    terms.insert(terms.end(), compound_terms.begin(), compound_terms.end());
    return terms;
}

std::vector<std::string> WordTerms::matched_stems() const
{
    std::vector<std::string> stems{stem};
    for (const std::string& term : compound_terms) {
        if (term.starts_with(REVERSED_PREFIX)) {
            stems.push_back(reversed(std::string_view(term).substr(REVERSED_PREFIX.size())));
        } else {
            stems.push_back(term);
        }
    }
    return stems;
}

WordTerms expand_word(const Xapian::Database& database, std::string_view folded_word)
{
    WordTerms terms;
    terms.stem = stem(folded_word);
    terms.has_exact = database.term_exists(terms.stem);
    Patterns patterns = compound_patterns(folded_word, terms.stem);
    const std::string own_reversed = reversed_term(terms.stem);
    for (const std::string* pattern : {&patterns.prefix, &patterns.suffix}) {
        if (pattern->empty()) {
            continue;
        }
        // One more than the limit, as the word's own term may be among them.
        std::vector<std::string> found = terms_with_prefix(database, *pattern, MAX_EXPANSIONS + 1);
        std::erase_if(found, [&](const std::string& term) {
            return term == terms.stem || term == own_reversed;
        });
        found.resize(std::min(found.size(), MAX_EXPANSIONS));
        std::move(found.begin(), found.end(), std::back_inserter(terms.compound_terms));
    }
    return terms;
}

bool word_matches_anything(const Xapian::Database& database, std::string_view folded_word)
{
    std::string word_stem = stem(folded_word);
    if (database.term_exists(word_stem)) {
        return true;
    }
    Patterns patterns = compound_patterns(folded_word, word_stem);
    return (!patterns.prefix.empty() && has_term_with_prefix(database, patterns.prefix)) ||
           (!patterns.suffix.empty() && has_term_with_prefix(database, patterns.suffix));
}

} // namespace rundum::search
