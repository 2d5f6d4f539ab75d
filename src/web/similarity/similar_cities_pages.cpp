// SPDX-License-Identifier: EUPL-1.2
// The cities-like-mine page. It is a GET form, so every comparison is a plain link that works
// without JavaScript and is cached like other public pages.
#include "web/similarity/similar_cities_pages.hpp"

#include <algorithm>
#include <set>

#include "format/german_number.hpp"
#include "web/http/form.hpp"
#include "web/similarity/recommendation_view.hpp"
#include "web/similarity/similarity_access.hpp"

namespace rundum::web {

namespace {

std::string indicator_name(Services& services, std::string_view key)
{
    return services.catalogue.text("indicator." + std::string(key) + ".name");
}

std::string likeness_word(Services& services, double distance)
{
    if (distance <= 0.5) {
        return services.catalogue.text("similar.level.very_close");
    }
    if (distance <= 1.0) {
        return services.catalogue.text("similar.level.close");
    }
    if (distance <= 1.5) {
        return services.catalogue.text("similar.level.partly");
    }
    return services.catalogue.text("similar.level.far");
}

// "ähnlich bei Kinderarmut und Mietniveau; verschieden bei Einwohnerzahl".
std::string likeness_sentence(Services& services, const SimilarCity& city)
{
    const Likeness likeness = likeness_indicators(city, 3);
    std::string sentence;
    if (!likeness.alike.empty()) {
        sentence = services.catalogue.text("similar.alike_on", {indicator_names(services, likeness.alike)});
    } else if (!city.gaps.empty() && city.gaps.front().gap < DIFFERENT_ABOVE) {
        sentence = services.catalogue.text("similar.closest_on", {indicator_name(services, city.gaps.front().indicator)});
    }
    if (!likeness.different.empty()) {
        if (!sentence.empty()) {
            sentence += "; ";
        }
        sentence += services.catalogue.text("similar.different_on", {indicator_names(services, likeness.different)});
    }
    return sentence;
}

std::string figure_text(const IndicatorValue* figure, const IndicatorDefinition& definition, Services& services)
{
    if (figure == nullptr) {
        return services.catalogue.text("similar.missing");
    }
    std::string text = format::german_number(figure->value, definition.decimals);
    if (!definition.unit.empty()) {
        text += ' '; // g++ 12 -O3 warns falsely (-Wrestrict) on " " + std::string(...)
        text += definition.unit;
    }
    return text;
}

TemplateData form_view(Services& services, const std::vector<City>& cities, const std::string& chosen_slug,
                       const std::vector<std::string>& indicators)
{
    TemplateData form{TemplateData::type::object};
    kainjow::mustache::list city_options;
    for (const City& city : cities) {
        TemplateData option{TemplateData::type::object};
        option.set("slug", city.slug);
        option.set("name", city.name);
        option.set("selected", city.slug == chosen_slug);
        city_options.push_back(option);
    }
    form.set("cities", city_options);
    kainjow::mustache::list indicator_options;
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        TemplateData option{TemplateData::type::object};
        option.set("key", std::string(definition.key));
        option.set("name", indicator_name(services, definition.key));
        option.set("help", services.catalogue.text("indicator." + std::string(definition.key) + ".help"));
        option.set("checked", std::find(indicators.begin(), indicators.end(), definition.key) != indicators.end());
        indicator_options.push_back(option);
    }
    form.set("indicators", indicator_options);
    return form;
}

kainjow::mustache::list ranking_view(Services& services, const CityComparison& comparison)
{
    kainjow::mustache::list ranking;
    for (const SimilarCity& similar : comparison.ranking) {
        const City* city = city_with_id(comparison.cities, similar.city_id);
        if (city == nullptr) {
            continue;
        }
        TemplateData item{TemplateData::type::object};
        item.set("slug", city->slug);
        item.set("name", city->name);
        item.set("level", likeness_word(services, similar.distance));
        item.set("distance", format::german_number(similar.distance, 2));
        item.set("sentence", likeness_sentence(services, similar));
        if (!similar.missing.empty()) {
            item.set("missing", services.catalogue.text("similar.not_compared", {indicator_names(services, similar.missing)}));
        }
        ranking.push_back(item);
    }
    return ranking;
}

// The figures of every city on the compared indicators; the chosen city first, then by rank.
TemplateData table_view(Services& services, const CityComparison& comparison)
{
    TemplateData table{TemplateData::type::object};
    kainjow::mustache::list headers;
    std::vector<const IndicatorDefinition*> definitions;
    for (const std::string& key : comparison.indicators) {
        if (const IndicatorDefinition* definition = find_indicator(key)) {
            definitions.push_back(definition);
            TemplateData header{TemplateData::type::object};
            header.set("name", indicator_name(services, key));
            headers.push_back(header);
        }
    }
    table.set("headers", headers);
    std::vector<const City*> order = {&comparison.city};
    for (const SimilarCity& similar : comparison.ranking) {
        if (const City* city = city_with_id(comparison.cities, similar.city_id)) {
            order.push_back(city);
        }
    }
    for (const City& city : comparison.cities) { // cities sharing no figure come last
        if (std::find(order.begin(), order.end(), &city) == order.end() && city.id != comparison.city.id) {
            order.push_back(&city);
        }
    }
    std::set<std::string> sources;
    kainjow::mustache::list rows;
    for (const City* city : order) {
        TemplateData row{TemplateData::type::object};
        row.set("slug", city->slug);
        row.set("name", city->name);
        row.set("is_chosen", city->id == comparison.city.id);
        kainjow::mustache::list cells;
        for (const IndicatorDefinition* definition : definitions) {
            const IndicatorValue* figure = figure_of(comparison.values, city->id, definition->key);
            TemplateData cell{TemplateData::type::object};
            cell.set("text", figure_text(figure, *definition, services));
            cell.set("is_missing", figure == nullptr);
            if (figure != nullptr) {
                cell.set("year", std::to_string(figure->year));
                sources.insert(figure->source);
            }
            cells.push_back(cell);
        }
        row.set("cells", cells);
        rows.push_back(row);
    }
    table.set("rows", rows);
    kainjow::mustache::list source_list;
    for (const std::string& source : sources) {
        TemplateData item{TemplateData::type::object};
        item.set("source", source);
        source_list.push_back(item);
    }
    table.set("sources", source_list);
    return table;
}

kainjow::mustache::list recommendation_view(Services& services, const CityComparison& comparison,
                                            const LearningRecords& records)
{
    kainjow::mustache::list list;
    for (const Recommendation& recommendation : recommendations_for(comparison, records)) {
        const Project* project = project_by_id(records.projects, recommendation.project_id);
        if (project == nullptr) {
            continue;
        }
        TemplateData item{TemplateData::type::object};
        item.set("id", project->id);
        item.set("title", project->title);
        item.set("summary", project->summary);
        if (const City* city = city_with_id(records.cities, project->city_id)) {
            item.set("city", city->name);
        }
        kainjow::mustache::list reasons;
        for (std::size_t i = 0; i < recommendation.reasons.size(); ++i) {
            TemplateData text{TemplateData::type::object};
            text.set("text", reason_text(services, records.cities, recommendation.reasons[i]));
            text.set("is_last", i + 1 == recommendation.reasons.size());
            reasons.push_back(text);
        }
        item.set("reasons", reasons);
        list.push_back(item);
    }
    return list;
}

// The chosen city's comparison and recommendations on the page; an unknown city is said above
// the form (false) instead of a dead end.
Result<bool> show_comparison(const Request& request, Services& services, TemplateData& page, const std::string& slug,
                             const std::vector<std::string>& indicators)
{
    auto comparison = compare_city(services, slug, indicators);
    if (!comparison) {
        if (comparison.error().code != ErrorCode::NotFound) {
            return fail(comparison.error());
        }
        page.set("unknown_city", services.catalogue.text("error.city.not_found", {slug}));
        return false;
    }
    page.set("has_result", true);
    page.set("city_name", comparison->city.name);
    page.set("ranking_heading", services.catalogue.text("similar.ranking_heading", {comparison->city.name}));
    page.set("city_slug", comparison->city.slug);
    page.set("compared", indicator_names(services, comparison->indicators));
    page.set("ranking", ranking_view(services, *comparison));
    page.set("has_ranking", !comparison->ranking.empty());
    page.set("table", table_view(services, *comparison));
    RUNDUM_TRY_ASSIGN(records, visible_learning(request, services));
    kainjow::mustache::list recommended = recommendation_view(services, *comparison, records);
    page.set("has_recommendations", !recommended.empty());
    page.set("recommendations", recommended);
    page.set("recommendations_lead", services.catalogue.text("recommendation.lead", {comparison->city.name}));
    return true;
}

} // namespace

Result<Response> similar_cities_page(const Request& request, Services& services)
{
    const Form query = Form::parse(request.query);
    std::string slug = query.value("stadt");
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    if (slug.empty() && request.visitor.member() != nullptr) {
        // A coordinator's first look is at their own city.
        if (const City* city = city_with_id(cities, request.visitor.member()->city_id)) {
            slug = city->slug;
        }
    }
    const std::vector<std::string> indicators = chosen_indicators(query.values("merkmal"));
    TemplateData page{TemplateData::type::object};
    page.set("form", form_view(services, cities, slug, indicators));
    page.set("nav_similar", true);
    bool city_known = true;
    if (!slug.empty()) {
        RUNDUM_TRY_ASSIGN(shown, show_comparison(request, services, page, slug, indicators));
        city_known = shown;
    }
    Response response;
    response.status = city_known ? 200 : 404;
    response.body = services.templates.render_page("similar_cities", std::move(page),
                                                   services.catalogue.text("similar.title"), request.visitor);
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

} // namespace rundum::web
