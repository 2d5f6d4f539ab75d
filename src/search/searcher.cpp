// SPDX-License-Identifier: EUPL-1.2
// A search in four steps: the plan of the text (query_builder), the set of matches as a bitmap
// (postings of the planned terms, intersected with visibility and filters from the table), the
// facet counts on bitmaps, and one page: ranked by Xapian when there is text to rank by, else
// ordered from the table. Xapian's matcher is restricted to the bitmap by a MatchDecider, so its
// hits and the counted total always agree.
#include "search/searcher.hpp"

#include <algorithm>
#include <limits>
#include <map>
#include <utility>

#include <xapian.h>

#include "search/facet_counts.hpp"
#include "search/highlighter.hpp"
#include "search/index_terms.hpp"
#include "search/query_builder.hpp"
#include "search/snippet.hpp"
#include "search/sorted_page.hpp"
#include "search/stored_fields.hpp"

namespace rundum::search {

namespace {

/// Lets Xapian rank only documents of a set computed beforehand.
class InSet final : public Xapian::MatchDecider {
public:
    explicit InSet(const DocSet& set) : m_set(set) {}
    bool operator()(const Xapian::Document& document) const override
    {
        return m_set.contains(document.get_docid());
    }

private:
    const DocSet& m_set;
};

struct PageEntry {
    Xapian::docid id{0};
    double weight{0};
};

Xapian::doccount clamp_count(std::size_t count)
{
    return static_cast<Xapian::doccount>(
        std::min<std::size_t>(count, std::numeric_limits<Xapian::doccount>::max()));
}

// The page [offset, offset + limit) by Xapian's weight, equal weights by kind and id. Xapian
// could break ties by a value slot itself, but that reads the slot for every candidate and made
// broad queries a third slower; instead its default order (by document id) is fetched with a
// margin and re-sorted, fetching more only when a run of equal weights crosses the page's end.
std::vector<PageEntry> ranked_page(const Xapian::Database& database, const Xapian::Query& query,
                                   const DocSet& matches, const DocTable& table, std::size_t offset,
                                   std::size_t limit)
{
    constexpr std::size_t MARGIN = 8;
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    InSet decider(matches);
    std::size_t page_end = offset + limit;
    std::size_t fetch = page_end + MARGIN;
    Xapian::MSet mset;
    while (true) {
        mset = enquire.get_mset(0, clamp_count(fetch), 0, nullptr, &decider);
        bool exhausted = mset.size() < fetch;
        if (exhausted || mset.size() < page_end ||
            mset[clamp_count(mset.size() - 1)].get_weight() <
                mset[clamp_count(page_end - 1)].get_weight()) {
            break;
        }
        fetch *= 2; // the tie may go on past what was fetched
    }
    std::vector<PageEntry> entries;
    entries.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
        entries.push_back({*it, it.get_weight()});
    }
    std::stable_sort(entries.begin(), entries.end(), [&](const PageEntry& a, const PageEntry& b) {
        return a.weight != b.weight ? a.weight > b.weight : table.key(a.id) < table.key(b.id);
    });
    if (offset >= entries.size()) {
        return {};
    }
    entries.erase(entries.begin(), entries.begin() + static_cast<std::ptrdiff_t>(offset));
    entries.resize(std::min(entries.size(), limit));
    return entries;
}

// The text query restricted by the kind and facet filters as boolean terms. The MatchDecider
// alone would give the same hits, but Xapian would weigh every text match before asking it; a
// filter lets it skip straight to the documents of a selective filter ("city": one of 650).
// Visibility is left to the decider: most documents are public, so it would skip nothing.
Xapian::Query filtered(const Xapian::Query& text, const SearchQuery& query)
{
    std::vector<Xapian::Query> filters;
    auto any_of = [](const std::vector<std::string>& terms) {
        return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    };
    if (!query.kinds.empty()) {
        std::vector<std::string> terms;
        for (const std::string& kind : query.kinds) {
            terms.push_back(kind_term(kind));
        }
        filters.push_back(any_of(terms));
    }
    for (const auto& [facet, values] : query.filters) {
        if (!values.empty()) {
            std::vector<std::string> terms;
            for (const std::string& value : values) {
                terms.push_back(facet_term(facet, value));
            }
            filters.push_back(any_of(terms));
        }
    }
    if (filters.empty()) {
        return text;
    }
    return Xapian::Query(Xapian::Query::OP_FILTER, text,
                         Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
}

// A hit for a document whose stored data cannot be read (written by another version): kind and
// id from the table, so the page still links to it rather than failing.
SearchHit hit_from_key(const DocTable& table, Xapian::docid id)
{
    SearchHit hit;
    const std::string& key = table.key(id);
    std::size_t nul = key.find('\0');
    hit.kind = key.substr(0, nul);
    hit.id = nul == std::string::npos ? std::string() : key.substr(nul + 1);
    return hit;
}

// The documents matching everything but the filter of `skipped` (the facet being counted).
DocSet without_filter(const DocSet& candidates, const std::map<std::string, DocSet>& filters,
                      const std::string& skipped)
{
    DocSet result = candidates;
    for (const auto& [facet, filter] : filters) {
        if (facet != skipped) {
            result.intersect(filter);
        }
    }
    return result;
}

std::map<std::string, std::vector<FacetCount>>
facet_counts(const DocTable& table, const DocSet& candidates, const DocSet& matches,
             const std::map<std::string, DocSet>& filters, const std::vector<std::string>& facets)
{
    // Facets without a filter of their own are counted together over the matches; each facet
    // with a filter is counted over the matches of all the other filters ("disjunctive").
    std::vector<std::string> unfiltered;
    std::map<std::string, std::vector<FacetCount>> result;
    for (const std::string& facet : facets) {
        if (filters.count(facet) == 0) {
            unfiltered.push_back(facet);
        } else {
            auto counted = count_facets(table, without_filter(candidates, filters, facet), {facet});
            result[facet] = std::move(counted[facet]);
        }
    }
    if (!unfiltered.empty()) {
        result.merge(count_facets(table, matches, unfiltered));
    }
    return result;
}

} // namespace

Result<void> check_query(const SearchQuery& query)
{
    if (query.text.size() > MAX_QUERY_BYTES) {
        return fail(ErrorCode::Invalid, "error.search.query_too_long", {},
                    "query text of " + std::to_string(query.text.size()) + " bytes");
    }
    if (query.limit > MAX_PAGE_SIZE) {
        return fail(ErrorCode::Invalid, "error.search.page_too_large", {},
                    "limit " + std::to_string(query.limit));
    }
    return {};
}

SearchResults run_search(const Xapian::Database& database, const DocTable& table,
                         const HotTerms& hot, const SearchQuery& query)
{
    SearchResults results;
    // Corrections come only from what the visitor may see (kinds aside: they are no secret).
    const DocSet withheld = table.with_keys(query.withheld);
    DocSet visible_to_visitor = table.visible(query.include_members_only, {});
    withheld.for_each([&](Xapian::docid id) { visible_to_visitor.erase(id); });
    TextPlan plan = plan_search(database, hot, query.text,
                                query.include_members_only && withheld.empty() ? nullptr : &visible_to_visitor);
    results.corrections = plan.corrections;

    DocSet candidates =
        plan.has_text() ? text_matches(database, hot, plan, table.capacity()) : table.documents();
    candidates.intersect(table.visible(query.include_members_only, query.kinds));
    withheld.for_each([&](Xapian::docid id) { candidates.erase(id); });
    std::map<std::string, DocSet> filters;
    for (const auto& [facet, values] : query.filters) {
        if (!values.empty()) { // an empty list filters nothing, as if the facet were not named
            filters.emplace(facet, table.with_any_value(facet, values));
        }
    }
    DocSet matches = without_filter(candidates, filters, {});
    results.total = matches.count();
    if (!query.facets.empty()) {
        results.facets = facet_counts(table, candidates, matches, filters, query.facets);
    }
    if (query.limit == 0 || query.offset >= results.total) {
        return results;
    }

    std::vector<PageEntry> page;
    if (plan.has_text() && query.sort == SortOrder::Relevance) {
        page = ranked_page(database, filtered(plan.query(), query), matches, table, query.offset,
                           query.limit);
    } else {
        for (Xapian::docid id :
             sorted_page(table, matches, query.sort, query.offset, query.limit)) {
            page.push_back({id, 0});
        }
    }

    Highlighter highlighter(plan.stems_by_word());
    for (const PageEntry& entry : page) {
        std::optional<StoredFields> fields =
            decode_stored_fields(database.get_document(entry.id).get_data());
        SearchHit hit;
        if (fields) {
            hit.kind = std::move(fields->kind);
            hit.id = std::move(fields->id);
            hit.title = std::move(fields->title);
            hit.snippet_html = snippet_html(fields->summary, fields->body, highlighter);
        } else {
            hit = hit_from_key(table, entry.id);
        }
        hit.relevance = entry.weight;
        results.hits.push_back(std::move(hit));
    }
    return results;
}

std::vector<SearchHit> run_suggest(const Xapian::Database& database, const DocTable& table,
                                   const HotTerms& hot, std::string_view typed,
                                   bool include_members_only, std::size_t limit)
{
    std::vector<SearchHit> hits;
    TextPlan plan = plan_suggestion(database, hot, typed);
    if (!plan.has_text() || limit == 0) {
        return hits;
    }
    DocSet visible = table.visible(include_members_only, {});
    Highlighter highlighter(plan.stems_by_word());
    for (const PageEntry& entry : ranked_page(database, plan.query(), visible, table, 0, limit)) {
        std::optional<StoredFields> fields =
            decode_stored_fields(database.get_document(entry.id).get_data());
        if (!fields) {
            continue;
        }
        SearchHit hit;
        hit.kind = std::move(fields->kind);
        hit.id = std::move(fields->id);
        hit.title = std::move(fields->title);
        hit.snippet_html = highlighted_html(hit.title, highlighter);
        hit.relevance = entry.weight;
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace rundum::search
