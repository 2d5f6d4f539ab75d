// Search with catch-up, and the names of facet values.
#include "web/search_access.hpp"

#include "search/documents.hpp"

namespace rundum::web {

Result<search::SearchResults> search_now(Services& services, const search::SearchQuery& query)
{
    RUNDUM_TRY_ASSIGN(version, services.store.data_version());
    RUNDUM_TRY(services.search_follower.catch_up(version));
    return services.search_index.search(query);
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
