// SPDX-License-Identifier: EUPL-1.2
// Advice handlers: the project's city records who advised it, or a city records that it
// advised; a failed save shows the form again with what was typed.
#include "web/adoptions/advice_pages.hpp"

#include <algorithm>

#include "auth/tokens.hpp"
#include "core/learning_permissions.hpp"
#include "core/learning_rules.hpp"
#include "core/text.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"

namespace rundum::web {

namespace {

Response form_page(const Request& request, Services& services, const ProjectWithCity& project,
                   const std::vector<City>& choices, const Advice& advice, const FieldErrors& errors, int status)
{
    TemplateData page{TemplateData::type::object};
    page.set("id", project.project.id);
    page.set("project_title", project.project.title);
    page.set("city_name", project.city.name);
    kainjow::mustache::list cities;
    for (const City& city : choices) {
        TemplateData item{TemplateData::type::object};
        item.set("id", city.id);
        item.set("name", city.name);
        item.set("selected", city.id == advice.advising_city_id);
        cities.push_back(item);
    }
    page.set("cities", cities);
    page.set("note", advice.note);
    page.set("year", advice.year);
    page.set("nav_projects", true);
    set_field_errors(page, errors);
    Response response = html_page(request, services, "advice_edit", std::move(page), "advice.title");
    response.status = status;
    return response;
}

std::string advice_field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    if (error.key == "advice.error.note_too_long") {
        return "note";
    }
    if (error.key == "advice.error.year_invalid") {
        return "year";
    }
    return "advising_city_id";
}

// What both the form and its saving need: the visible project, all cities, and the cities the
// member may record advice for (none: Forbidden).
struct AdviceContext {
    ProjectWithCity project;
    std::vector<City> cities;
    std::vector<City> choices;
};

Result<AdviceContext> advice_context(const Request& request, Services& services, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(project, visible_project(services, request.visitor.member(), project_id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    std::vector<City> choices = advising_cities_for(*request.visitor.user, project.city, cities);
    if (choices.empty()) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return AdviceContext{std::move(project), std::move(cities), std::move(choices)};
}

} // namespace

Result<Response> advice_page(const Request& request, Services& services, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(context, advice_context(request, services, project_id));
    Advice advice;
    advice.advising_city_id = context.choices.size() == 1 ? context.choices.front().id : "";
    return form_page(request, services, context.project, context.choices, advice, {}, 200);
}

Result<Response> record_advice(const Request& request, Services& services, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(context, advice_context(request, services, project_id));
    const ProjectWithCity& project = context.project;
    const Form form = Form::parse(request.body);
    Advice advice{"ad-" + auth::random_token().substr(0, 16), project.project.id, form.value("advising_city_id"),
                  project.city.id, form.value("note"), std::string(trim_blanks(form.value("year"))), now_iso()};
    auto invalid = [&](const Error& error) {
        return form_page(request, services, project, context.choices, advice,
                         {{advice_field_of(error), services.catalogue.text(error)}}, http_status(error.code));
    };
    if (auto valid = validate_advice(advice); !valid) {
        return invalid(valid.error());
    }
    const City* advising = city_with_id(context.cities, advice.advising_city_id);
    if (advising == nullptr) {
        return invalid(Error{ErrorCode::Invalid, "advice.error.city_missing", {}, {}});
    }
    if (!may_record_advice(request.visitor.member(), project.city, advising)) {
        return invalid(Error{ErrorCode::Forbidden, "advice.error.city_not_allowed", {}, {}});
    }
    RUNDUM_TRY(services.store.add_advice(advice));
    audit(request, services, "advice_recorded", advising->name + " → " + project.city.name + ": " + project.project.title);
    return redirect_to("/praxisbeispiele/" + project.project.id + "#beraten");
}

Result<Response> delete_advice(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(all, services.store.list_advice());
    const auto advice = std::find_if(all.begin(), all.end(), [&](const Advice& candidate) { return candidate.id == id; });
    if (advice == all.end()) {
        return fail(ErrorCode::NotFound, "error.advice.not_found");
    }
    RUNDUM_TRY_ASSIGN(project, visible_project(services, request.visitor.member(), advice->project_id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const City* advising = city_with_id(cities, advice->advising_city_id);
    if (!may_record_advice(request.visitor.member(), project.city, advising)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    RUNDUM_TRY(services.store.delete_advice(advice->id));
    const std::string advising_name = advising != nullptr ? advising->name : advice->advising_city_id;
    audit(request, services, "advice_deleted", advising_name + " → " + project.city.name + ": " + project.project.title);
    return redirect_to("/praxisbeispiele/" + project.project.id + "#beraten");
}

} // namespace rundum::web
