// SPDX-License-Identifier: EUPL-1.2
// Quantile classes (core/indicator_classes) turned into marker classes, a legend and a table.
#include "web/cities/indicator_map.hpp"

#include "core/indicator_classes.hpp"
#include "format/german_number.hpp"
#include "web/cities/city_view.hpp"
#include "web/cities/indicator_view.hpp"

namespace rundum::web {

namespace {

// Radii of the classes, lowest first; a missing figure keeps the radius of the plain map.
constexpr const char* CLASS_RADII[MAP_CLASSES] = {"5", "7", "9", "11"};
constexpr const char* MISSING_RADIUS = "7";

// "8,6 – 9,9 %", or "9,9 %" for a class of one value (or whose ends round alike).
std::string range_text(const IndicatorDefinition& definition, const IndicatorClass& range)
{
    const std::string lower = format::german_number(range.lower, definition.decimals);
    if (lower == format::german_number(range.upper, definition.decimals)) {
        return indicator_value_text(definition, range.upper);
    }
    std::string text = lower;
    text += " – ";
    text += indicator_value_text(definition, range.upper);
    return text;
}

std::string shade_class(std::size_t index)
{
    std::string name = "shade-";
    name += std::to_string(index + 1);
    return name;
}

// One entry per class: its shade, its range of values and its number.
kainjow::mustache::list legend_of(const std::vector<IndicatorClass>& classes, const IndicatorDefinition& definition,
                                  const i18n::Catalogue& catalogue)
{
    const std::string class_count = std::to_string(classes.size());
    kainjow::mustache::list legend;
    for (std::size_t index = 0; index < classes.size(); ++index) {
        TemplateData entry{TemplateData::type::object};
        entry.set("css_class", shade_class(index));
        entry.set("range", range_text(definition, classes[index]));
        entry.set("class_text", catalogue.text("indicator.map.class", {std::to_string(index + 1), class_count}));
        legend.push_back(entry);
    }
    return legend;
}

} // namespace

IndicatorShading shade_by_indicator(const std::vector<City>& cities, const std::vector<IndicatorValue>& values,
                                    const IndicatorDefinition& definition, const i18n::Catalogue& catalogue)
{
    std::map<std::string, const IndicatorValue*> figures; // by city id
    std::vector<double> numbers;
    for (const IndicatorValue& value : values) {
        if (value.indicator == definition.key) {
            figures[value.city_id] = &value;
        }
    }
    for (const City& city : cities) {
        if (auto figure = figures.find(city.id); figure != figures.end()) {
            numbers.push_back(figure->second->value);
        }
    }
    const std::vector<IndicatorClass> classes = quantile_classes(numbers, MAP_CLASSES);
    const std::string class_count = std::to_string(classes.size());
    const std::string name = indicator_name(catalogue, definition);

    IndicatorShading shading;
    kainjow::mustache::list rows;
    bool has_missing = false;
    for (const City& city : cities) {
        TemplateData row{TemplateData::type::object};
        row.set("slug", city.slug);
        row.set("city_name", city.name);
        auto figure = figures.find(city.id);
        if (figure == figures.end()) {
            has_missing = true;
            shading.markers[city.id] =
                MarkerShade{"missing", MISSING_RADIUS, catalogue.text("indicator.map.marker_missing", {city.name})};
            rows.push_back(row);
            continue;
        }
        const IndicatorValue& value = *figure->second;
        const std::size_t index = class_of(classes, value.value);
        const std::string value_text = indicator_value_text(definition, value.value);
        const std::string class_text =
            catalogue.text("indicator.map.class", {std::to_string(index + 1), class_count});
        shading.markers[city.id] = MarkerShade{shade_class(index), CLASS_RADII[index],
                                               catalogue.text("indicator.map.marker_value",
                                                              {city.name, value_text, class_text})};
        row.set("has_value", true);
        row.set("value_text", value_text);
        row.set("class_text", class_text);
        row.set("year", std::to_string(value.year));
        row.set("source", value.source);
        rows.push_back(row);
    }
    TemplateData& view = shading.view;
    view.set("key", std::string(definition.key));
    view.set("indicator_name", name);
    view.set("legend_heading", catalogue.text("indicator.map.legend", {name}));
    view.set("caption", catalogue.text("indicator.map.table_caption", {name}));
    view.set("legend", legend_of(classes, definition, catalogue));
    view.set("has_missing", has_missing);
    view.set("rows", rows);
    return shading;
}

kainjow::mustache::list indicator_choices(const i18n::Catalogue& catalogue, std::string_view chosen)
{
    kainjow::mustache::list choices;
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        TemplateData choice{TemplateData::type::object};
        choice.set("key", std::string(definition.key));
        choice.set("indicator_name", indicator_name(catalogue, definition));
        choice.set("selected", definition.key == chosen);
        choices.push_back(choice);
    }
    return choices;
}

} // namespace rundum::web
