// SPDX-License-Identifier: EUPL-1.2
// Directory, city page and vCard handlers.
#include "web/cities/city_pages.hpp"

#include <cstdio>

#include "core/permissions.hpp"
#include "format/vcard.hpp"
#include "web/cities/city_view.hpp"
#include "web/http/form.hpp"
#include "web/cities/indicator_map.hpp"
#include "search/documents.hpp"
#include "web/http/error_pages.hpp"
#include "web/search/search_access.hpp"

namespace rundum::web {

namespace {

constexpr std::size_t CITY_PROJECTS_SHOWN = 10;

std::string one_decimal(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    return buffer;
}

// `shades` (by city id) colours and sizes the markers by an indicator; nullptr: plain markers.
TemplateData map_view(const geo::GermanyMap& map, const std::vector<City>& cities,
                      const std::map<std::string, MarkerShade>* shades = nullptr)
{
    TemplateData view{TemplateData::type::object};
    view.set("width", one_decimal(map.width()));
    view.set("height", one_decimal(map.height()));
    kainjow::mustache::list states;
    for (const geo::StateShape& state : map.states()) {
        TemplateData shape{TemplateData::type::object};
        shape.set("name", state.name);
        shape.set("path", state.path_data);
        states.push_back(shape);
    }
    view.set("states", states);
    kainjow::mustache::list markers;
    for (const City& city : cities) {
        geo::MapPoint point = map.project(city.location.latitude, city.location.longitude);
        TemplateData marker{TemplateData::type::object};
        marker.set("slug", city.slug);
        marker.set("name", city.name);
        marker.set("x", one_decimal(point.x));
        marker.set("y", one_decimal(point.y));
        marker.set("r", "7");
        marker.set("label", city.name);
        if (shades != nullptr) {
            if (auto shade = shades->find(city.id); shade != shades->end()) {
                marker.set("shade", shade->second.css_class);
                marker.set("r", shade->second.radius);
                marker.set("label", shade->second.label);
            }
        }
        markers.push_back(marker);
    }
    view.set("markers", markers);
    return view;
}

Result<City> find_city_or_fail(Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, services.store.find_city(slug));
    if (!city) {
        return fail(ErrorCode::NotFound, "error.city.not_found", {std::string(slug)});
    }
    return std::move(*city);
}

// The city's Praxisbeispiele the visitor may see, by title, for a section of the city's page:
// has_projects, projects (id, title), more_projects (a link to all when there are more).
void set_city_projects(TemplateData& page, const Request& request, Services& services, const City& city)
{
    search::SearchQuery query;
    query.kinds = {std::string(search::PROJECT_KIND)};
    query.filters["city"] = {city.slug};
    query.include_members_only = is_allowed(request.visitor.member(), Action::ViewMembersOnly);
    query.sort = search::SortOrder::Title;
    query.limit = CITY_PROJECTS_SHOWN;
    auto results = search_now(services, query);
    if (!results || results->hits.empty()) {
        return; // the section is left out; the city's page works without the index
    }
    kainjow::mustache::list list;
    for (const search::SearchHit& hit : results->hits) {
        TemplateData item{TemplateData::type::object};
        item.set("id", hit.id);
        item.set("title", hit.title);
        list.push_back(item);
    }
    page.set("has_projects", true);
    page.set("projects", list);
    if (results->total > results->hits.size()) {
        page.set("more_projects", "/praxisbeispiele?stadt=" + city.slug);
    }
}

} // namespace

Result<Response> directory_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    TemplateData page{TemplateData::type::object};
    kainjow::mustache::list list;
    for (const City& city : cities) {
        list.push_back(city_view(public_view(city)));
    }
    page.set("cities", list);
    page.set("lead", services.catalogue.text("directory.lead", {std::to_string(cities.size())}));
    page.set("nav_directory", true);
    // ?merkmal=child_poverty shades the map by that indicator (a plain GET form chooses it).
    const std::string chosen = Form::parse(request.query).value("merkmal");
    const IndicatorDefinition* definition = find_indicator(chosen);
    page.set("choices", indicator_choices(services.catalogue, chosen));
    Response response;
    if (definition != nullptr) {
        RUNDUM_TRY_ASSIGN(values, services.store.list_indicator_values());
        IndicatorShading shading = shade_by_indicator(cities, values, *definition, services.catalogue);
        page.set("map", map_view(services.map, cities, &shading.markers));
        page.set("shading", shading.view);
    } else {
        page.set("map", map_view(services.map, cities));
        if (!chosen.empty()) {
            // An unknown key (an old link, a typo): say so and show the plain map.
            page.set("choice_error", services.catalogue.text("error.indicators.unknown_merkmal", {chosen}));
            response.status = 400;
        }
    }
    response.body = services.templates.render_page(
        "directory", std::move(page), services.catalogue.text("directory.title"), request.visitor);
    return response;
}

Result<Response> city_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, find_city_or_fail(services, slug));
    TemplateData page = city_view(public_view(city));
    page.set("nav_directory", true);
    page.set("can_edit", is_allowed(request.visitor.member(), Action::EditCity, &city));
    page.set("saved", request.visitor.is_signed_in() && request.query == "gespeichert=1");
    if (auto image = services.store.city_image(city.id); image && *image) {
        page.set("image_alt", (*image)->alt_text);
        page.set("has_image", true);
    }
    set_city_projects(page, request, services, city);
    Response response;
    response.body = services.templates.render_page("city", std::move(page), city.name, request.visitor);
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Result<Response> city_vcard(const Request& /*request*/, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, find_city_or_fail(services, slug));
    Response response;
    response.content_type = "text/vcard; charset=utf-8";
    response.body = format::city_vcard(public_view(city));
    response.with_header("Content-Disposition",
                         "attachment; filename=\"" + std::string(slug) + ".vcf\"");
    return response;
}

} // namespace rundum::web
