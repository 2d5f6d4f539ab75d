// SPDX-License-Identifier: EUPL-1.2
// Project writes through the API: the same rules and versions as the form. The router lets only
// programs with a personal API token here (no browser session, so no CSRF on the API).
#include "web/api/api_project_writes.hpp"

#include <boost/json.hpp>

#include "core/project_rules.hpp"
#include "format/project_json.hpp"
#include "web/api/api_project_view.hpp"
#include "web/cities/contact_consent_writes.hpp"
#include "web/http/clock.hpp"
#include "web/http/edit_token.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/json_response.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"

namespace rundum::web {

namespace json = boost::json;

namespace {

Result<std::string> city_slug_of(Services& services, const std::string& city_id)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    for (const City& city : cities) {
        if (city.id == city_id) {
            return city.slug;
        }
    }
    return std::string();
}

std::string changed_by(const Request& request)
{
    const User& user = *request.visitor.user;
    return (user.name.empty() ? user.email : user.name) + " (API)";
}

// What a project's JSON says about its contact's consent besides `publish`: the `basis` a new
// consent is recorded on (required for one, as on the form) and `inform` (mail the person).
ContactConsentInput consent_input_of(std::string_view body)
{
    boost::system::error_code parse_error;
    const json::value root = json::parse(body, parse_error);
    ContactConsentInput input;
    const json::object* project = parse_error ? nullptr : root.if_object();
    const json::value* contact = project != nullptr ? project->if_contains("contact") : nullptr;
    if (contact != nullptr && contact->is_object()) {
        if (const json::value* basis = contact->as_object().if_contains("basis"); basis && basis->is_string()) {
            input.basis = std::string(basis->as_string());
        }
        if (const json::value* inform = contact->as_object().if_contains("inform"); inform && inform->is_bool()) {
            input.inform = inform->as_bool();
        }
    }
    return input;
}

// The sent project in its place: the URL names a stored project (the body cannot move it
// elsewhere), a new one gets an id and the member's city.
Result<Project> placed_project(Project project, const Request& request, Services& services,
                               const std::optional<Project>& current)
{
    const std::string now = now_iso();
    if (current) {
        project.id = current->id;
        project.city_id = current->city_id;
        project.created_at = current->created_at;
    } else {
        RUNDUM_TRY_ASSIGN(city, city_for_new_project(services, *request.visitor.user, project.city_id));
        project.id = new_project_id();
        project.city_id = city.id;
        project.created_at = now;
    }
    project.updated_at = now;
    project.is_example = current ? current->is_example : false;
    return project;
}

// The answer to a stored write: the project as a GET shows it, tagged as a GET will tag it.
Response stored_answer(Services& services, const Project& project, bool is_new)
{
    auto slug = city_slug_of(services, project.city_id);
    Response response =
        json_response(json::object{{"project", api_project_json(services, project, slug.value_or(""))}}, is_new ? 201 : 200);
    if (is_new) {
        response.with_header("Location", "/api/v1/projects/" + project.id);
    }
    if (auto stored = services.store.find_project(project.id); stored && *stored) {
        response.with_header("ETag", api_project_tag(**stored));
    }
    return response;
}

// Reads, checks and stores a project sent as JSON; `current` is the stored one for PUT.
Result<Response> store_from_body(const Request& request, Services& services, const std::optional<Project>& current)
{
    RUNDUM_TRY_ASSIGN(sent, format::project_from_json_text(request.body));
    if (current && !if_match_allows(request.if_match, api_project_tag(*current))) {
        // Changed since the client read it: nothing is overwritten (RFC 9110 13.1.1).
        Response refused =
            error_response(request, services, Error{ErrorCode::Conflict, "error.project.changed_meanwhile", {}, {}});
        refused.status = 412;
        refused.with_header("ETag", api_project_tag(*current));
        return refused;
    }
    RUNDUM_TRY_ASSIGN(project, placed_project(std::move(sent), request, services, current));
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    RUNDUM_TRY(validate_project(project, topics));
    RUNDUM_TRY(save_project_version(request, services, current, project, consent_input_of(request.body),
                                    changed_by(request)));
    audit(request, services, current ? "project_edited" : "project_created", project.title);
    return stored_answer(services, project, !current);
}

} // namespace

Result<Response> api_create_project(const Request& request, Services& services)
{
    return store_from_body(request, services, std::nullopt);
}

Result<Response> api_replace_project(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_project(services, request.visitor.member(), id));
    return store_from_body(request, services, found.project);
}

Result<Response> api_delete_project(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_project(services, request.visitor.member(), id));
    RUNDUM_TRY(services.store.delete_project(found.project.id));
    audit(request, services, "project_deleted", found.project.title);
    return Response{204, "application/json", "", {}};
}

} // namespace rundum::web
