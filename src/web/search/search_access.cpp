// SPDX-License-Identifier: EUPL-1.2
// Search with catch-up (and without, safely, when the index cannot be written), and the names of
// facet values.
#include "web/search/search_access.hpp"

#include <algorithm>
#include <chrono>

#include <spdlog/spdlog.h>

#include "search/documents.hpp"

namespace rundum::web {

namespace {

using DocumentKeys = std::vector<std::pair<std::string, std::string>>;

// Brings the index up to the store. When that fails (a full disk under the index) reading goes
// on with the index as it is; the answer is what a public search must leave out, because the
// stale index may still call public what has since become members-only: the records changed
// since the index's position. An error when even that cannot be told.
Result<DocumentKeys> catch_up_or_stale(Services& services, bool for_members)
{
    RUNDUM_TRY_ASSIGN(version, services.store.data_version());
    auto caught_up = services.search_follower.catch_up(version);
    if (caught_up) {
        return DocumentKeys{};
    }
    if (services.search_follower.should_report_failure(std::chrono::steady_clock::now())) {
        spdlog::warn("search index: cannot catch up with the database ({}: {}); searching the index as it is",
                     caught_up.error().key, caught_up.error().detail);
    }
    if (for_members) {
        return DocumentKeys{}; // members may see all the index holds; at worst a link is outdated
    }
    RUNDUM_TRY_ASSIGN(changed, services.search_follower.changed_since_indexed(version));
    if (!changed) {
        return fail(caught_up.error()); // what is stale cannot be told: show nothing rather than too much
    }
    return std::move(*changed);
}

} // namespace

Result<search::SearchResults> search_now(Services& services, const search::SearchQuery& query)
{
    RUNDUM_TRY_ASSIGN(stale, catch_up_or_stale(services, query.include_members_only));
    if (stale.empty()) {
        return services.search_index.search(query);
    }
    search::SearchQuery narrowed = query;
    narrowed.withheld.insert(narrowed.withheld.end(), stale.begin(), stale.end());
    return services.search_index.search(narrowed);
}

Result<std::vector<search::SearchHit>> suggest_now(Services& services, const std::string& typed,
                                                   bool include_members_only, std::size_t limit)
{
    RUNDUM_TRY_ASSIGN(stale, catch_up_or_stale(services, include_members_only));
    // Suggestions carry no counts: leaving out the stale ones afterwards reveals nothing.
    RUNDUM_TRY_ASSIGN(hits, services.search_index.suggest(typed, include_members_only, limit + stale.size()));
    std::erase_if(hits, [&](const search::SearchHit& hit) {
        return std::find(stale.begin(), stale.end(), std::pair(hit.kind, hit.id)) != stale.end();
    });
    if (hits.size() > limit) {
        hits.resize(limit);
    }
    return hits;
}

std::string hit_path(const search::SearchHit& hit)
{
    if (hit.kind == search::PROJECT_KIND) {
        return "/praxisbeispiele/" + hit.id;
    }
    if (hit.kind == search::QUESTION_KIND) {
        return "/fragen/" + hit.id;
    }
    return "/staedte/" + hit.id;
}

std::vector<std::string> hit_ids(const search::SearchResults& results)
{
    std::vector<std::string> ids;
    for (const search::SearchHit& hit : results.hits) {
        if (hit.kind == search::PROJECT_KIND) {
            ids.push_back(hit.id);
        }
    }
    return ids;
}

Result<FacetLabels> FacetLabels::load(Services& services)
{
    FacetLabels labels;
    labels.m_catalogue = &services.catalogue;
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    for (const Topic& topic : topics) {
        labels.m_topics.emplace(topic.slug, topic.name);
    }
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    for (const City& city : cities) {
        labels.m_cities.emplace(city.slug, city.name);
        labels.m_cities_by_id.emplace(city.id, city.name);
    }
    return labels;
}

std::string FacetLabels::label(std::string_view facet, const std::string& value) const
{
    const std::map<std::string, std::string>* names = facet == "topic" ? &m_topics
                                                      : facet == "city" ? &m_cities
                                                                        : nullptr;
    if (names != nullptr) {
        auto found = names->find(value);
        return found != names->end() ? found->second : value;
    }
    if (facet == "status" && m_catalogue != nullptr) {
        return m_catalogue->text("project.status." + value);
    }
    return value;
}

std::string FacetLabels::city_name_of_id(const std::string& id) const
{
    auto found = m_cities_by_id.find(id);
    return found != m_cities_by_id.end() ? found->second : std::string();
}

} // namespace rundum::web
