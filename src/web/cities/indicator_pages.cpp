// SPDX-License-Identifier: EUPL-1.2
// The indicator page and form. Figures are never guessed: a missing one is shown as missing,
// and the form refuses a value without year and source.
#include "web/cities/indicator_pages.hpp"

#include <map>
#include <optional>

#include "core/permissions.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"
#include "format/german_number.hpp"
#include "web/cities/city_view.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/cities/indicator_view.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

constexpr const char* PARTS[] = {"value", "year", "source", "note"};

std::string field_name(const IndicatorDefinition& definition, std::string_view part)
{
    std::string name(definition.key);
    name += '_';
    name += part;
    return name;
}

// The city's stored figures by indicator key.
Result<std::map<std::string, IndicatorValue>> figures_of(Services& services, const City& city)
{
    RUNDUM_TRY_ASSIGN(values, services.store.list_indicator_values());
    std::map<std::string, IndicatorValue> figures;
    for (IndicatorValue& value : values) {
        if (value.city_id == city.id) {
            figures.emplace(value.indicator, std::move(value));
        }
    }
    return figures;
}

// One indicator's row of the form, as typed or as stored, with its errors by part.
struct FigureRow {
    const IndicatorDefinition* definition{nullptr};
    std::map<std::string, std::string> typed;  ///< part -> text
    std::map<std::string, std::string> errors; ///< part -> message
};

std::vector<FigureRow> rows_from_store(const std::map<std::string, IndicatorValue>& figures)
{
    std::vector<FigureRow> rows;
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        FigureRow row{&definition, {}, {}};
        if (auto figure = figures.find(std::string(definition.key)); figure != figures.end()) {
            row.typed["value"] = format::german_number_exact(figure->second.value);
            row.typed["year"] = std::to_string(figure->second.year);
            row.typed["source"] = figure->second.source;
            row.typed["note"] = figure->second.note;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<FigureRow> rows_from_form(const Form& form)
{
    std::vector<FigureRow> rows;
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        FigureRow row{&definition, {}, {}};
        for (const char* part : PARTS) {
            row.typed[part] = std::string(trim_blanks(form.value(field_name(definition, part))));
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

bool form_is_complete(const Form& form)
{
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        for (const char* part : PARTS) {
            if (!form.has(field_name(definition, part))) {
                return false;
            }
        }
    }
    return true;
}

// The figure a valid, non-empty row describes; records the row's errors otherwise.
std::optional<IndicatorValue> checked_figure(FigureRow& row, const City& city, const i18n::Catalogue& catalogue)
{
    const IndicatorDefinition& definition = *row.definition;
    const std::string name = indicator_name(catalogue, definition);
    IndicatorValue figure{city.id, std::string(definition.key), 0, 0, row.typed["source"], row.typed["note"], "", ""};
    const std::optional<double> value = format::parse_german_number(row.typed["value"]);
    if (!value) {
        row.errors["value"] = catalogue.text("error.indicators.form_value_invalid", {name, row.typed["value"]});
    } else if (!is_valid_indicator_value(definition, *value)) {
        row.errors["value"] = catalogue.text("error.indicators.form_value_negative", {name});
    } else {
        figure.value = *value;
    }
    const std::string& year = row.typed["year"];
    int year_number = 0;
    if (year.size() == 4 && year.find_first_not_of("0123456789") == std::string::npos) {
        year_number = std::stoi(year);
    }
    if (!is_valid_indicator_year(year_number)) {
        row.errors["year"] = catalogue.text("error.indicators.form_year_invalid", {name});
    }
    figure.year = year_number;
    if (figure.source.empty()) {
        row.errors["source"] = catalogue.text("error.indicators.form_source_missing", {name});
    }
    for (const char* part : {"source", "note"}) {
        if (character_count(row.typed[part]) > MAX_INDICATOR_TEXT) {
            row.errors[part] =
                catalogue.text("error.indicators.form_text_too_long", {name, std::to_string(MAX_INDICATOR_TEXT)});
        }
    }
    if (!row.errors.empty()) {
        return std::nullopt;
    }
    return figure;
}

bool same_figure(const IndicatorValue& a, const IndicatorValue& b)
{
    return a.value == b.value && a.year == b.year && a.source == b.source && a.note == b.note;
}

TemplateData form_view(const City& city, const std::vector<FigureRow>& rows,
                       const std::map<std::string, IndicatorValue>& stored, const i18n::Catalogue& catalogue)
{
    TemplateData page{TemplateData::type::object};
    page.set("slug", city.slug);
    page.set("name", city.name);
    page.set("heading", catalogue.text("indicator.edit.heading", {city.name}));
    kainjow::mustache::list list;
    FieldErrors summary;
    for (const FigureRow& row : rows) {
        const IndicatorDefinition& definition = *row.definition;
        TemplateData item{TemplateData::type::object};
        item.set("key", std::string(definition.key));
        item.set("indicator_name", indicator_name(catalogue, definition));
        item.set("help", indicator_help(catalogue, definition));
        if (!definition.unit.empty()) {
            item.set("unit", catalogue.text("indicator.edit.unit", {std::string(definition.unit)}));
        }
        for (const char* part : PARTS) {
            auto typed = row.typed.find(part);
            std::string typed_key = "typed_";
            typed_key += part;
            item.set(typed_key, typed == row.typed.end() ? std::string() : typed->second);
            if (auto error = row.errors.find(part); error != row.errors.end()) {
                item.set(std::string(part) + "_error", error->second);
                item.set(std::string(part) + "_invalid", true);
                summary.emplace_back(field_name(definition, part), error->second);
            }
        }
        if (auto figure = stored.find(std::string(definition.key)); figure != stored.end()) {
            item.set("stored_by", catalogue.text("indicator.edit.stored_by",
                                                 {readable_time(figure->second.updated_at), figure->second.updated_by}));
        }
        list.push_back(item);
    }
    page.set("rows", list);
    set_field_errors(page, summary);
    return page;
}

// The city whose figures the visitor may change: NotFound, then Forbidden (admins only).
Result<City> indicator_city(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, services.store.find_city(slug));
    if (!city) {
        return fail(ErrorCode::NotFound, "error.city.not_found", {std::string(slug)});
    }
    if (!is_allowed(request.visitor.member(), Action::ManageIndicators, &*city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return std::move(*city);
}

Response form_page(const Request& request, Services& services, TemplateData page, int status)
{
    Response response = html_page(request, services, "city_indicators_edit", std::move(page), "indicator.edit.title");
    response.status = status;
    return response;
}

std::string editor_name(const Request& request)
{
    const User& user = *request.visitor.user;
    return user.name.empty() ? user.email : user.name;
}

// What a valid form changes: the figures new or different from the stored ones, and the keys
// whose value was emptied.
struct FigureChanges {
    std::vector<IndicatorValue> changed;
    std::vector<std::string> removed;
    bool has_errors{false}; ///< a row is invalid: its errors are in the row
};

FigureChanges changes_of(std::vector<FigureRow>& rows, const City& city,
                         const std::map<std::string, IndicatorValue>& figures, const Request& request,
                         const i18n::Catalogue& catalogue)
{
    FigureChanges changes;
    const std::string now = now_iso();
    for (FigureRow& row : rows) {
        const std::string key(row.definition->key);
        if (row.typed["value"].empty()) {
            if (figures.count(key) > 0) {
                changes.removed.push_back(key); // an empty value removes the figure
            }
            continue;
        }
        std::optional<IndicatorValue> figure = checked_figure(row, city, catalogue);
        if (!figure) {
            changes.has_errors = true;
            continue;
        }
        auto stored = figures.find(key);
        if (stored == figures.end() || !same_figure(stored->second, *figure)) {
            figure->updated_at = now;
            figure->updated_by = editor_name(request);
            changes.changed.push_back(std::move(*figure));
        }
    }
    return changes;
}

Result<void> store_changes(Services& services, const City& city, const FigureChanges& changes)
{
    if (!changes.changed.empty()) {
        RUNDUM_TRY(services.store.save_indicator_values(changes.changed));
    }
    for (const std::string& key : changes.removed) {
        RUNDUM_TRY(services.store.remove_indicator_value(city.id, key));
    }
    return {};
}

// The public page's table: every indicator, a stored figure with year, source and note.
kainjow::mustache::list figure_rows(const std::map<std::string, IndicatorValue>& figures,
                                    const i18n::Catalogue& catalogue, bool& has_missing)
{
    kainjow::mustache::list rows;
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        TemplateData row{TemplateData::type::object};
        row.set("key", std::string(definition.key));
        row.set("indicator_name", indicator_name(catalogue, definition));
        row.set("help", indicator_help(catalogue, definition));
        if (auto figure = figures.find(std::string(definition.key)); figure != figures.end()) {
            row.set("has_value", true);
            row.set("value_text", indicator_value_text(definition, figure->second.value));
            row.set("year", std::to_string(figure->second.year));
            row.set("source", figure->second.source);
            set_if_not_empty(row, "note", figure->second.note);
        } else {
            has_missing = true;
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace

Result<Response> city_indicators_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(found, services.store.find_city(slug));
    if (!found) {
        return fail(ErrorCode::NotFound, "error.city.not_found", {std::string(slug)});
    }
    const City& city = *found;
    RUNDUM_TRY_ASSIGN(figures, figures_of(services, city));
    const i18n::Catalogue& catalogue = services.catalogue;
    TemplateData page{TemplateData::type::object};
    page.set("slug", city.slug);
    page.set("name", city.name);
    page.set("heading", catalogue.text("indicator.page.heading", {city.name}));
    page.set("caption", catalogue.text("indicator.page.table_caption", {city.name}));
    bool has_missing = false;
    page.set("rows", figure_rows(figures, catalogue, has_missing));
    page.set("has_missing", has_missing);
    page.set("nav_directory", true);
    page.set("can_edit", is_allowed(request.visitor.member(), Action::ManageIndicators, &city));
    page.set("saved", request.visitor.is_signed_in() && request.query == "gespeichert=1");
    Response response;
    response.body = services.templates.render_page("city_indicators", std::move(page),
                                                   catalogue.text("indicator.page.heading", {city.name}),
                                                   request.visitor);
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Result<Response> indicators_edit_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, indicator_city(request, services, slug));
    RUNDUM_TRY_ASSIGN(figures, figures_of(services, city));
    return form_page(request, services, form_view(city, rows_from_store(figures), figures, services.catalogue), 200);
}

Result<Response> save_indicators(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, indicator_city(request, services, slug));
    const Form form = Form::parse(request.body);
    // A request without the form's fields is a broken client, not "remove every figure".
    if (!form_is_complete(form)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    RUNDUM_TRY_ASSIGN(figures, figures_of(services, city));
    std::vector<FigureRow> rows = rows_from_form(form);
    const FigureChanges changes = changes_of(rows, city, figures, request, services.catalogue);
    if (changes.has_errors) {
        return form_page(request, services, form_view(city, rows, figures, services.catalogue), 400);
    }
    if (auto saved = store_changes(services, city, changes); !saved) {
        TemplateData page = form_view(city, rows, figures, services.catalogue);
        set_field_errors(page, {{std::string(indicator_definitions().front().key) + "_value",
                                 services.catalogue.text(saved.error())}});
        return form_page(request, services, std::move(page), http_status(saved.error().code));
    }
    if (!changes.changed.empty() || !changes.removed.empty()) {
        audit(request, services, "indicators_edited", city.name);
    }
    return redirect_to("/staedte/" + city.slug + "/kennzahlen?gespeichert=1");
}

} // namespace rundum::web
