// SPDX-License-Identifier: EUPL-1.2
// Weights: a word's exact stem counts fully, its title and summary terms add a boost, and all
// compound terms together (one OP_SYNONYM, as if one word) count half, so "Kita" ranks a text
// about a Kita above one that only mentions "Kitaausbau". Compound terms common enough to have a
// bitmap (hot_terms.hpp) join the query as one DocSetSource with a fixed weight instead: merging
// their long posting lists was the most expensive part of a broad search.
#include "search/query_builder.hpp"

#include <algorithm>
#include <memory>
#include <set>

#include "search/doc_set_source.hpp"
#include "search/folding.hpp"
#include "search/german_analyzer.hpp"
#include "search/index_terms.hpp"
#include "search/stop_words.hpp"
#include "search/typo_correction.hpp"
#include "search/word_expansion.hpp"

namespace rundum::search {

namespace {

constexpr double TITLE_BOOST = 2.0;
constexpr double SUMMARY_BOOST = 1.0;
constexpr double COMPOUND_WEIGHT = 0.5;
constexpr double SUGGESTION_TITLE_BOOST = 4.0;

struct QueryToken {
    std::string typed;
    std::string folded;
};

// The words of a text worth searching for: no stop words (unless there is nothing else), no
// repeats, nothing too long to be indexed, at most MAX_QUERY_WORDS.
std::vector<QueryToken> query_tokens(std::string_view text)
{
    std::vector<QueryToken> all;
    for (const Token& token : tokenize(text)) {
        if (token.folded.size() <= MAX_WORD_BYTES) {
            all.push_back(
                {std::string(text.substr(token.begin, token.end - token.begin)), token.folded});
        }
    }
    bool only_stop_words = std::all_of(all.begin(), all.end(),
                                       [](const QueryToken& t) { return is_stop_word(t.folded); });
    std::vector<QueryToken> kept;
    std::set<std::string> seen;
    for (QueryToken& token : all) {
        if ((only_stop_words || !is_stop_word(token.folded)) && seen.insert(token.folded).second &&
            kept.size() < MAX_QUERY_WORDS) {
            kept.push_back(std::move(token));
        }
    }
    return kept;
}

Xapian::Query synonym(const std::vector<std::string>& terms)
{
    return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

// Terms standing in for one word as part of a compound, weighted by `scale`: the cold ones as
// one synonym, the hot ones as one bitmap with the weight of one occurrence of their union.
Xapian::Query compound_query(const Xapian::Database& database, const HotTerms& hot,
                             const std::vector<std::string>& terms, double scale)
{
    std::vector<std::string> cold;
    auto hot_documents = std::make_shared<DocSet>();
    for (const std::string& term : terms) {
        if (const DocSet* documents = hot.documents(term)) {
            hot_documents->unite(*documents);
        } else {
            cold.push_back(term);
        }
    }
    std::vector<Xapian::Query> parts;
    if (!cold.empty()) {
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, synonym(cold), scale);
    }
    if (!hot_documents->empty()) {
        double weight =
            scale * one_occurrence_weight(database.get_doccount(),
                                          static_cast<Xapian::doccount>(hot_documents->count()));
        parts.emplace_back((new DocSetSource(std::move(hot_documents), weight))->release());
    }
    return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

PlannedWord plan_word(const Xapian::Database& database, const HotTerms& hot, std::string typed,
                      const WordTerms& terms)
{
    PlannedWord word;
    word.typed = std::move(typed);
    word.match_terms = terms.match_terms();
    word.stems = terms.matched_stems();
    std::vector<Xapian::Query> parts;
    if (terms.has_exact) {
        parts.emplace_back(terms.stem);
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                           Xapian::Query(std::string(TITLE_PREFIX) + terms.stem), TITLE_BOOST);
        parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                           Xapian::Query(std::string(SUMMARY_PREFIX) + terms.stem), SUMMARY_BOOST);
    }
    if (!terms.compound_terms.empty()) {
        parts.push_back(compound_query(database, hot, terms.compound_terms, COMPOUND_WEIGHT));
    }
    word.query = parts.empty() ? Xapian::Query::MatchNothing
                               : Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
    return word;
}

// The last word of a suggestion: any stem beginning with what was typed (or with its stem, so
// "Familien" still completes to "Familie"), weighted far higher where the word is in a title.
PlannedWord plan_prefix_word(const Xapian::Database& database, const HotTerms& hot,
                             std::string typed, const std::string& folded)
{
    std::set<std::string> patterns{folded, stem(folded)};
    std::set<std::string> stems;
    std::vector<std::string> title_terms;
    for (const std::string& pattern : patterns) {
        if (letter_count(pattern) < MIN_PREFIX_LETTERS) {
            continue;
        }
        for (std::string& term : terms_with_prefix(database, pattern, MAX_EXPANSIONS)) {
            stems.insert(std::move(term));
        }
        for (std::string& term :
             terms_with_prefix(database, std::string(TITLE_PREFIX) + pattern, MAX_EXPANSIONS)) {
            title_terms.push_back(std::move(term));
        }
    }
    PlannedWord word;
    word.typed = std::move(typed);
    word.match_terms.assign(stems.begin(), stems.end());
    word.stems = word.match_terms;
    if (word.match_terms.empty()) {
        word.query = Xapian::Query::MatchNothing;
        return word;
    }
    word.query =
        Xapian::Query(Xapian::Query::OP_OR, compound_query(database, hot, word.match_terms, 1.0),
                      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, synonym(title_terms),
                                    SUGGESTION_TITLE_BOOST));
    return word;
}

} // namespace

Xapian::Query TextPlan::query() const
{
    if (words.empty()) {
        return Xapian::Query::MatchNothing;
    }
    std::vector<Xapian::Query> parts;
    parts.reserve(words.size());
    for (const PlannedWord& word : words) {
        parts.push_back(word.query);
    }
    return Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
}

std::vector<std::vector<std::string>> TextPlan::stems_by_word() const
{
    std::vector<std::vector<std::string>> stems;
    stems.reserve(words.size());
    for (const PlannedWord& word : words) {
        stems.push_back(word.stems);
    }
    return stems;
}

TextPlan plan_search(const Xapian::Database& database, const HotTerms& hot, std::string_view text,
                     const DocSet* visible)
{
    TextPlan plan;
    const VisibleTerms seen(database, hot, visible);
    for (QueryToken& token : query_tokens(text)) {
        WordTerms terms = expand_word(database, token.folded);
        const bool matches_visible =
            terms.matches_anything() && (seen.sees_everything() || seen.any(terms.match_terms()));
        if (!matches_visible && may_correct(token.folded)) {
            if (std::optional<std::string> replacement = correct_typo(database, seen, token.typed)) {
                terms = expand_word(database, fold(*replacement));
                plan.corrections[token.typed] = *replacement;
            }
        }
        plan.words.push_back(plan_word(database, hot, std::move(token.typed), terms));
    }
    return plan;
}

TextPlan plan_suggestion(const Xapian::Database& database, const HotTerms& hot,
                         std::string_view typed)
{
    TextPlan plan;
    std::vector<Token> tokens = tokenize(typed);
    bool last_is_partial = !tokens.empty() && tokens.back().end == typed.size();
    if (!last_is_partial) {
        for (QueryToken& token : query_tokens(typed)) {
            plan.words.push_back(plan_word(database, hot, std::move(token.typed),
                                           expand_word(database, token.folded)));
        }
        return plan;
    }
    const Token& last = tokens.back();
    if (letter_count(last.folded) < MIN_PREFIX_LETTERS || last.folded.size() > MAX_WORD_BYTES) {
        return plan;
    }
    for (QueryToken& token : query_tokens(typed.substr(0, last.begin))) {
        plan.words.push_back(
            plan_word(database, hot, std::move(token.typed), expand_word(database, token.folded)));
    }
    if (plan.words.size() == MAX_QUERY_WORDS) {
        return plan; // the word being typed is one too many, ignored as in plan_search
    }
    plan.words.push_back(plan_prefix_word(
        database, hot, std::string(typed.substr(last.begin, last.end - last.begin)), last.folded));
    return plan;
}

DocSet text_matches(const Xapian::Database& database, const HotTerms& hot, const TextPlan& plan,
                    std::size_t capacity)
{
    DocSet matches;
    bool first = true;
    for (const PlannedWord& word : plan.words) {
        DocSet of_word(capacity);
        for (const std::string& term : word.match_terms) {
            if (const DocSet* hot_documents = hot.documents(term)) {
                of_word.unite(*hot_documents);
                continue;
            }
            for (auto it = database.postlist_begin(term); it != database.postlist_end(term); ++it) {
                of_word.insert(*it);
            }
        }
        if (first) {
            matches = std::move(of_word);
            first = false;
        } else {
            matches.intersect(of_word);
        }
        if (matches.empty()) {
            break;
        }
    }
    return first ? DocSet(capacity) : matches;
}

} // namespace rundum::search
