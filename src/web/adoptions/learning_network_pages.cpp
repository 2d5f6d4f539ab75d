// SPDX-License-Identifier: EUPL-1.2
// The learning network page and the adoptions API. The picture and the table are built from the
// same edges, so what the picture shows can always be read in the table as well.
#include "web/adoptions/learning_network_pages.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "format/json_writer.hpp"
#include "format/learning_network_svg.hpp"
#include "format/learning_timeline_svg.hpp"
#include "web/http/json_response.hpp"
#include "web/http/form.hpp"
#include "web/adoptions/learning_access.hpp"
#include "web/similarity/similarity_access.hpp"

namespace rundum::web {

namespace {

std::string name_of(const std::vector<City>& cities, std::string_view id)
{
    const City* city = city_with_id(cities, id);
    return city == nullptr ? std::string(id) : city->name;
}

std::string slug_of(const std::vector<City>& cities, std::string_view id)
{
    const City* city = city_with_id(cities, id);
    return city == nullptr ? std::string() : city->slug;
}

// "1 Übernahme", "3 Übernahmen".
std::string count_text(Services& services, int count, const char* one_key, const char* many_key)
{
    return services.catalogue.text(count == 1 ? one_key : many_key, {std::to_string(count)});
}

// "Leipzig → München: 1 Übernahme, 2 Beratungen".
std::string pair_label(Services& services, const std::vector<City>& cities, const LearningPair& pair)
{
    std::string label = name_of(cities, pair.from_city_id) + " → " + name_of(cities, pair.to_city_id) + ": ";
    std::string counts;
    if (pair.adoptions > 0) {
        counts += count_text(services, pair.adoptions, "learning.one_adoption", "learning.adoptions");
    }
    if (pair.advice > 0) {
        if (!counts.empty()) {
            counts += ", ";
        }
        counts += count_text(services, pair.advice, "learning.one_advice", "learning.advice");
    }
    return label + counts;
}

format::LearningLegend legend(Services& services)
{
    return format::LearningLegend{services.catalogue.text("learning.legend.adoption"),
                                  services.catalogue.text("learning.legend.advice"),
                                  services.catalogue.text("learning.legend.direction")};
}

std::string network_svg(Services& services, const LearningRecords& records, const std::vector<LearningEdge>& edges,
                        const City* chosen)
{
    format::NetworkPicture picture;
    picture.width = services.map.width();
    picture.height = services.map.height();
    for (const geo::StateShape& state : services.map.states()) {
        picture.background_paths.push_back(state.path_data);
    }
    picture.title = chosen == nullptr ? services.catalogue.text("learning.picture_title")
                                      : services.catalogue.text("learning.picture_title_city", {chosen->name});
    picture.description = services.catalogue.text("learning.picture_description");
    picture.empty_description = services.catalogue.text("learning.picture_empty");
    picture.legend = legend(services);
    for (const City& city : records.cities) {
        const geo::MapPoint point = services.map.project(city.location.latitude, city.location.longitude);
        picture.nodes.push_back(format::NetworkNode{city.id, city.name, point.x, point.y,
                                                    chosen != nullptr && chosen->id == city.id});
    }
    for (const LearningPair& pair : learning_pairs(edges)) {
        picture.links.push_back(format::NetworkLink{pair.from_city_id, pair.to_city_id, pair.adoptions, pair.advice,
                                                    pair_label(services, records.cities, pair)});
    }
    return format::learning_network_svg(picture);
}

std::string timeline_svg(Services& services, const LearningTimeline& timeline)
{
    format::TimelinePicture picture;
    picture.title = services.catalogue.text("learning.timeline_title");
    picture.description = services.catalogue.text("learning.timeline_description");
    picture.empty_description = services.catalogue.text("learning.timeline_empty");
    picture.legend = legend(services);
    picture.years = timeline.years;
    return format::learning_timeline_svg(picture);
}

kainjow::mustache::list edge_rows(Services& services, const LearningRecords& records,
                                  const std::vector<LearningEdge>& edges)
{
    kainjow::mustache::list rows;
    for (const LearningEdge& edge : edges) {
        TemplateData row{TemplateData::type::object};
        row.set("from_name", name_of(records.cities, edge.from_city_id));
        row.set("from_slug", slug_of(records.cities, edge.from_city_id));
        row.set("to_name", name_of(records.cities, edge.to_city_id));
        row.set("to_slug", slug_of(records.cities, edge.to_city_id));
        row.set("kind", services.catalogue.text(edge.kind == LearningKind::Adoption ? "learning.kind.adoption"
                                                                                     : "learning.kind.advice"));
        if (const Project* project = project_by_id(records.projects, edge.project_id)) {
            row.set("project_id", project->id);
            row.set("project_title", project->title);
        }
        row.set("year", edge.year > 0 ? std::to_string(edge.year) : services.catalogue.text("learning.no_year"));
        rows.push_back(row);
    }
    return rows;
}

kainjow::mustache::list year_rows(const LearningTimeline& timeline)
{
    kainjow::mustache::list rows;
    for (const LearningYearCount& year : timeline.years) {
        TemplateData row{TemplateData::type::object};
        row.set("year", std::to_string(year.year));
        row.set("adoptions", std::to_string(year.adoptions));
        row.set("advice", std::to_string(year.advice));
        rows.push_back(row);
    }
    return rows;
}

// The city of ?stadt= among the cities; an unknown one is said above the picture (404).
const City* chosen_city(Services& services, const std::vector<City>& cities, const std::string& slug, TemplateData& page)
{
    if (slug.empty()) {
        return nullptr;
    }
    auto found = std::find_if(cities.begin(), cities.end(), [&](const City& city) { return city.slug == slug; });
    if (found == cities.end()) {
        page.set("unknown_city", services.catalogue.text("error.city.not_found", {slug}));
        return nullptr;
    }
    return &*found;
}

std::string edge_summary(Services& services, const std::vector<LearningEdge>& edges)
{
    std::size_t adoptions = 0;
    for (const LearningEdge& edge : edges) {
        adoptions += edge.kind == LearningKind::Adoption ? 1 : 0;
    }
    const int advice = static_cast<int>(edges.size() - adoptions);
    return services.catalogue.text(
        "learning.summary",
        {count_text(services, static_cast<int>(adoptions), "learning.one_adoption", "learning.adoptions"),
         count_text(services, advice, "learning.one_advice", "learning.advice")});
}

kainjow::mustache::list city_options(const std::vector<City>& cities, const City* chosen)
{
    kainjow::mustache::list options;
    for (const City& city : cities) {
        TemplateData option{TemplateData::type::object};
        option.set("slug", city.slug);
        option.set("name", city.name);
        option.set("selected", chosen != nullptr && chosen->id == city.id);
        options.push_back(option);
    }
    return options;
}

boost::json::object adoption_json(const Adoption& adoption, const std::string& original_city, const std::string& city)
{
    boost::json::array updates;
    for (const AdoptionUpdate& update : adoption.updates) {
        updates.emplace_back(boost::json::object{{"date", update.date}, {"text", update.text}});
    }
    return boost::json::object{
        {"id", adoption.id},
        {"original_project", adoption.original_project_id},
        {"original_city", original_city},
        {"city", city},
        {"project", adoption.project_id},
        {"adaptations", adoption.adaptations},
        {"experience", adoption.experience},
        {"outcome", std::string(outcome_key(adoption.outcome))},
        {"started", adoption.started},
        {"updates", std::move(updates)},
        {"created_at", adoption.created_at},
        {"updated_at", adoption.updated_at},
    };
}

boost::json::object advice_json(const Advice& record, const std::vector<City>& cities)
{
    return boost::json::object{
        {"id", record.id},
        {"project", record.project_id},
        {"advising_city", slug_of(cities, record.advising_city_id)},
        {"advised_city", slug_of(cities, record.advised_city_id)},
        {"note", record.note},
        {"year", record.year},
        {"created_at", record.created_at},
    };
}

} // namespace

Result<Response> learning_network_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(records, visible_learning(request, services));
    const std::string slug = Form::parse(request.query).value("stadt");
    TemplateData page{TemplateData::type::object};
    const City* chosen = chosen_city(services, records.cities, slug, page);
    std::vector<LearningEdge> edges =
        learning_edges(records.adoptions, records.advice, records.projects, records.members_may_see);
    if (chosen != nullptr) {
        edges = edges_of_city(edges, chosen->id);
        page.set("city_name", chosen->name);
        page.set("heading", services.catalogue.text("learning.heading_city", {chosen->name}));
    } else {
        page.set("heading", services.catalogue.text("learning.heading"));
    }
    const LearningTimeline timeline = learning_timeline(edges);
    page.set("summary", edge_summary(services, edges));
    page.set("cities", city_options(records.cities, chosen));
    page.set("network_svg", network_svg(services, records, edges, chosen));
    page.set("timeline_svg", timeline_svg(services, timeline));
    page.set("edges", edge_rows(services, records, edges));
    page.set("has_edges", !edges.empty());
    page.set("years", year_rows(timeline));
    page.set("has_years", !timeline.years.empty());
    if (timeline.undated_adoptions + timeline.undated_advice > 0) {
        page.set("undated", services.catalogue.text("learning.undated", {std::to_string(timeline.undated_adoptions),
                                                                         std::to_string(timeline.undated_advice)}));
    }
    page.set("nav_learning", true);
    Response response;
    response.status = !slug.empty() && chosen == nullptr ? 404 : 200;
    response.body = services.templates.render_page("learning_network", std::move(page),
                                                   services.catalogue.text("learning.title"), request.visitor);
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Result<Response> api_adoptions(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(records, visible_learning(request, services));
    const std::string city_slug = Form::parse(request.query).value("city");
    std::string city_id;
    if (!city_slug.empty()) {
        auto found = std::find_if(records.cities.begin(), records.cities.end(),
                                  [&](const City& city) { return city.slug == city_slug; });
        if (found == records.cities.end()) {
            return fail(ErrorCode::NotFound, "error.city.not_found", {city_slug});
        }
        city_id = found->id;
    }
    const auto original_city = [&](std::string_view project_id) {
        const Project* project = project_by_id(records.projects, project_id);
        return project == nullptr ? std::string() : slug_of(records.cities, project->city_id);
    };
    boost::json::array adoptions;
    for (const Adoption& adoption : records.adoptions) {
        const std::string teacher = original_city(adoption.original_project_id);
        if (city_id.empty() || adoption.city_id == city_id || teacher == city_slug) {
            adoptions.emplace_back(adoption_json(adoption, teacher, slug_of(records.cities, adoption.city_id)));
        }
    }
    boost::json::array advice;
    for (const Advice& record : records.advice) {
        if (city_id.empty() || record.advising_city_id == city_id || record.advised_city_id == city_id) {
            advice.emplace_back(advice_json(record, records.cities));
        }
    }
    return json_response(boost::json::object{{"adoptions", std::move(adoptions)}, {"advice", std::move(advice)}});
}

} // namespace rundum::web
