// SPDX-License-Identifier: EUPL-1.2
// Result pages: hits with highlighted snippets, facets with counts as toggle links, sort
// links and pages. The page is complete without JavaScript; static/search.js only adds
// suggestions to the search box.
#include "web/search/search_pages.hpp"

#include <algorithm>
#include <map>

#include <boost/json.hpp>

#include "core/permissions.hpp"
#include "search/documents.hpp"
#include "web/http/form.hpp"
#include "web/search/search_access.hpp"
#include "web/search/search_params.hpp"

namespace rundum::web {

namespace {

constexpr std::size_t FACET_VALUES_SHOWN = 12;
constexpr std::size_t SUGGESTIONS = 8;

struct ResultPage {
    std::string path;       ///< "/suche" or "/praxisbeispiele"
    std::string title_key;  ///< catalogue key of the page title
    bool projects_only{false};
};

std::string link(const std::string& path, const std::string& query)
{
    return query.empty() ? path : path + "?" + query;
}

TemplateData facet_value(const std::string& label, const std::string& count, const std::string& url, bool selected)
{
    TemplateData item{TemplateData::type::object};
    item.set("label", label);
    item.set("count", count);
    item.set("url", url);
    item.set("selected", selected);
    return item;
}

// The values of one facet as toggle links: years all, newest first; other values by count, the
// first FACET_VALUES_SHOWN and every selected one. A selected value with no matches left still
// needs its link to be unselected.
kainjow::mustache::list facet_values(const FacetParameter& facet, const std::vector<search::FacetCount>& counted,
                                     const SearchParams& params, const FacetLabels& labels, const ResultPage& page)
{
    const bool is_year = facet.facet == "year";
    std::vector<search::FacetCount> ordered = counted;
    if (is_year) {
        std::sort(ordered.begin(), ordered.end(),
                  [](const search::FacetCount& a, const search::FacetCount& b) { return a.value > b.value; });
    }
    kainjow::mustache::list values;
    std::size_t shown = 0;
    for (const search::FacetCount& value : ordered) {
        const bool selected = params.has_filter(facet.parameter, value.value);
        if (!is_year && shown >= FACET_VALUES_SHOWN && !selected) {
            continue;
        }
        ++shown;
        values.push_back(facet_value(labels.label(facet.facet, value.value), std::to_string(value.count),
                                     link(page.path, params.toggled(facet.parameter, value.value)), selected));
    }
    for (const auto& [parameter, value] : params.filters) {
        const bool listed = std::any_of(counted.begin(), counted.end(),
                                        [&](const search::FacetCount& count) { return count.value == value; });
        if (parameter == facet.parameter && !listed) {
            values.push_back(facet_value(labels.label(facet.facet, value), "0",
                                         link(page.path, params.toggled(facet.parameter, value)), true));
        }
    }
    return values;
}

TemplateData facet_views(const search::SearchResults& results, const SearchParams& params,
                         const FacetLabels& labels, const ResultPage& page, Services& services)
{
    kainjow::mustache::list facets;
    for (const FacetParameter& facet : project_facets()) {
        auto counted = results.facets.find(std::string(facet.facet));
        const kainjow::mustache::list values =
            facet_values(facet, counted != results.facets.end() ? counted->second : std::vector<search::FacetCount>{},
                         params, labels, page);
        if (values.empty()) {
            continue;
        }
        TemplateData view{TemplateData::type::object};
        view.set("id", std::string(facet.parameter));
        view.set("heading", services.catalogue.text("search.facet." + std::string(facet.facet)));
        view.set("values", values);
        facets.push_back(view);
    }
    return TemplateData(facets);
}

TemplateData sort_views(const SearchParams& params, const ResultPage& page, Services& services)
{
    kainjow::mustache::list sorts;
    for (const char* sort : {"relevanz", "neueste", "titel"}) {
        TemplateData item{TemplateData::type::object};
        item.set("label", services.catalogue.text(std::string("search.sort.") + sort));
        item.set("url", link(page.path, params.with_sort(sort)));
        item.set("current", params.sort == sort);
        sorts.push_back(item);
    }
    return TemplateData(sorts);
}

void set_paging(TemplateData& view, const SearchParams& params, std::size_t total, const ResultPage& page,
                Services& services)
{
    const std::size_t pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
    if (pages <= 1) {
        return;
    }
    TemplateData paging{TemplateData::type::object};
    paging.set("text", services.catalogue.text("search.page_of", {std::to_string(params.page), std::to_string(pages)}));
    if (params.page > 1) {
        paging.set("previous", link(page.path, params.with_page(params.page - 1)));
    }
    if (params.page < pages) {
        paging.set("next", link(page.path, params.with_page(params.page + 1)));
    }
    view.set("paging", paging);
}

TemplateData hit_views(const search::SearchResults& results, const FacetLabels& labels, Services& services)
{
    // City and status of the projects on the page, read in one go.
    std::map<std::string, std::string> meta;
    if (auto projects = services.store.find_projects(hit_ids(results))) {
        for (const Project& project : *projects) {
            const std::string status = services.catalogue.text("project.status." + std::string(status_key(project.status)));
            meta.emplace(project.id, labels.city_name_of_id(project.city_id) + " · " + status);
        }
    }
    kainjow::mustache::list hits;
    for (const search::SearchHit& hit : results.hits) {
        TemplateData item{TemplateData::type::object};
        item.set("title", hit.title);
        // The index escapes the passage and adds only <mark> (see search_index.hpp).
        item.set("snippet_html", hit.snippet_html);
        item.set("url", hit_path(hit));
        if (hit.kind == search::PROJECT_KIND) {
            item.set("kind", services.catalogue.text("search.kind.project"));
            if (auto found = meta.find(hit.id); found != meta.end()) {
                item.set("meta", found->second);
            }
        } else if (hit.kind == search::QUESTION_KIND) {
            item.set("kind", services.catalogue.text("search.kind.question"));
        } else {
            item.set("kind", services.catalogue.text("search.kind.city"));
        }
        hits.push_back(item);
    }
    return TemplateData(hits);
}

Result<Response> result_page(const Request& request, Services& services, const ResultPage& page)
{
    const SearchParams params = SearchParams::parse(request.query);
    search::SearchQuery query = params.to_query(PAGE_SIZE);
    if (page.projects_only) {
        query.kinds = {std::string(search::PROJECT_KIND)};
    }
    query.include_members_only = is_allowed(request.visitor.member(), Action::ViewMembersOnly);
    for (const FacetParameter& facet : project_facets()) {
        query.facets.emplace_back(facet.facet);
    }
    RUNDUM_TRY_ASSIGN(results, search_now(services, query));
    RUNDUM_TRY_ASSIGN(labels, FacetLabels::load(services));
    TemplateData view{TemplateData::type::object};
    view.set("action", page.path);
    view.set("q", params.text);
    view.set("heading", services.catalogue.text(page.title_key));
    view.set("hint", services.catalogue.text(page.projects_only ? "project.search_hint" : "search.hint"));
    view.set("is_project_list", page.projects_only);
    view.set("nav_projects", page.projects_only);
    view.set("nav_search", !page.projects_only);
    view.set("can_create", request.visitor.is_signed_in());
    view.set("total", services.catalogue.text(results.total == 1 ? "search.total_one" : "search.total",
                                              {std::to_string(results.total)}));
    view.set("has_hits", !results.hits.empty());
    view.set("hits", hit_views(results, labels, services));
    view.set("facets", facet_views(results, params, labels, page, services));
    view.set("sorts", sort_views(params, page, services));
    set_paging(view, params, results.total, page, services);
    for (const auto& [typed, used] : results.corrections) {
        view.set("correction", services.catalogue.text("search.corrected", {typed, used}));
    }
    const std::string current = params.query_string();
    view.set("csv_url", link("/praxisbeispiele.csv", current));
    view.set("xlsx_url", link("/praxisbeispiele.xlsx", current));
    Response response;
    // The window title names the search, so tabs and history tell searches apart.
    const std::string title = params.text.empty()
                                  ? services.catalogue.text(page.title_key)
                                  : services.catalogue.text("search.title_with_query",
                                                            {services.catalogue.text(page.title_key), params.text});
    response.body = services.templates.render_page("search", std::move(view), title, request.visitor);
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

} // namespace

Result<Response> search_page(const Request& request, Services& services)
{
    return result_page(request, services, ResultPage{"/suche", "search.title", false});
}

Result<Response> project_list_page(const Request& request, Services& services)
{
    return result_page(request, services, ResultPage{"/praxisbeispiele", "project.list_title", true});
}

Result<Response> search_suggestions(const Request& request, Services& services)
{
    const std::string typed = Form::parse(request.query).value("q").substr(0, 100);
    boost::json::array list;
    if (!typed.empty()) {
        const bool members = is_allowed(request.visitor.member(), Action::ViewMembersOnly);
        RUNDUM_TRY_ASSIGN(hits, suggest_now(services, typed, members, SUGGESTIONS));
        for (const search::SearchHit& hit : hits) {
            list.emplace_back(boost::json::object{
                {"title", hit.title},
                {"url", hit_path(hit)},
            });
        }
    }
    Response response;
    response.content_type = "application/json";
    response.body = boost::json::serialize(list);
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

} // namespace rundum::web
