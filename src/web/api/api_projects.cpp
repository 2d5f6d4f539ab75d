// SPDX-License-Identifier: EUPL-1.2
// Project API reads and the search. The JSON shape of a project is api_project_json; the list
// and the search run on the index, with facets.
#include "web/api/api_projects.hpp"

#include <charconv>

#include <boost/json.hpp>

#include "core/permissions.hpp"
#include "format/project_json.hpp"
#include "search/documents.hpp"
#include "web/api/api_project_view.hpp"
#include "web/http/json_response.hpp"
#include "web/http/form.hpp"
#include "web/projects/project_access.hpp"
#include "web/search/search_access.hpp"

namespace rundum::web {

namespace json = boost::json;

namespace {

constexpr std::size_t API_PAGE_SIZE = 50;

bool sees_members_only(const Request& request)
{
    return is_allowed(request.visitor.member(), Action::ViewMembersOnly);
}

std::size_t page_of(const Form& form)
{
    const std::string text = form.value("page");
    std::size_t page = 1;
    if (std::from_chars(text.data(), text.data() + text.size(), page).ec != std::errc{} || page < 1 || page > 10'000) {
        page = 1;
    }
    return page;
}

json::array hit_list(const search::SearchResults& results)
{
    json::array hits;
    for (const search::SearchHit& hit : results.hits) {
        hits.emplace_back(json::object{{"kind", hit.kind},
                                       {"id", hit.id},
                                       {"title", hit.title},
                                       {"snippet_html", hit.snippet_html},
                                       {"path", hit_path(hit)}});
    }
    return hits;
}

json::object facet_json(const search::SearchResults& results)
{
    json::object facets;
    for (const auto& [name, values] : results.facets) {
        json::array list;
        for (const search::FacetCount& value : values) {
            list.emplace_back(json::object{{"value", value.value}, {"count", value.count}});
        }
        facets[name] = std::move(list);
    }
    return facets;
}

} // namespace

Result<Response> api_projects(const Request& request, Services& services)
{
    const Form form = Form::parse(request.query);
    search::SearchQuery query;
    query.text = form.value("q").substr(0, 200);
    query.kinds = {std::string(search::PROJECT_KIND)};
    for (const char* facet : {"topic", "city", "status", "year", "target"}) {
        for (const std::string& value : form.values(facet)) {
            query.filters[facet].push_back(value);
        }
    }
    query.include_members_only = sees_members_only(request);
    query.sort = query.text.empty() ? search::SortOrder::Newest : search::SortOrder::Relevance;
    const std::size_t page = page_of(form);
    query.offset = (page - 1) * API_PAGE_SIZE;
    query.limit = API_PAGE_SIZE;
    query.facets = {"topic", "city", "status", "year"};
    RUNDUM_TRY_ASSIGN(results, search_now(services, query));
    RUNDUM_TRY_ASSIGN(found, services.store.find_projects(hit_ids(results)));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    std::map<std::string, std::string> slugs;
    for (const City& city : cities) {
        slugs.emplace(city.id, city.slug);
    }
    json::array projects;
    for (const Project& project : found) {
        projects.emplace_back(
            api_project_json(services, as_seen_by(project, request.visitor.member()), slugs[project.city_id]));
    }
    Response response = json_response(json::object{{"total", results.total},
                                                   {"page", page},
                                                   {"page_size", API_PAGE_SIZE},
                                                   {"projects", std::move(projects)},
                                                   {"facets", facet_json(results)}});
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Result<Response> api_project(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, visible_project(services, request.visitor.member(), id));
    // The public's tag is of what it sees: a tag of the whole state would let a guess at an
    // unpublished address be checked.
    const Project seen = as_seen_by(found.project, request.visitor.member());
    Response response = json_response(json::object{{"project", api_project_json(services, seen, found.city.slug)}});
    response.with_header("ETag", api_project_tag(seen)); // for If-Match on PUT
    if (found.project.visibility != ProjectVisibility::Public) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Result<Response> api_search(const Request& request, Services& services)
{
    const Form form = Form::parse(request.query);
    search::SearchQuery query;
    query.text = form.value("q").substr(0, 200);
    query.include_members_only = sees_members_only(request);
    const std::size_t page = page_of(form);
    query.offset = (page - 1) * API_PAGE_SIZE;
    query.limit = API_PAGE_SIZE;
    query.facets = {"topic", "city", "status", "year"};
    RUNDUM_TRY_ASSIGN(results, search_now(services, query));
    json::object corrections;
    for (const auto& [typed, used] : results.corrections) {
        corrections[typed] = used;
    }
    Response response = json_response(json::object{{"total", results.total},
                                                   {"page", page},
                                                   {"hits", hit_list(results)},
                                                   {"facets", facet_json(results)},
                                                   {"corrections", std::move(corrections)}});
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Result<Response> api_topics(const Request& /*request*/, Services& services)
{
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    json::array list;
    for (const Topic& topic : topics) {
        list.emplace_back(format::topic_to_json(topic));
    }
    return json_response(json::object{{"topics", std::move(list)}});
}

} // namespace rundum::web
