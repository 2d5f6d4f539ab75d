// SPDX-License-Identifier: EUPL-1.2
// Project writes. Every save goes through validate_project and stores a version; a failed save
// shows the form again with what the member typed, so nothing typed is lost.
#include "web/projects/project_forms.hpp"

#include <algorithm>

#include "core/project_rules.hpp"
#include "format/project_json.hpp"
#include "web/cities/contact_consent_writes.hpp"
#include "web/http/clock.hpp"
#include "web/http/edit_token.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"
#include "web/projects/project_form.hpp"
#include "web/projects/project_view.hpp"
#include "web/projects/version_view.hpp"

namespace rundum::web {

namespace {

// What the form page shows: the project as typed, whether it is new, the state of the stored
// project the member is changing (state_of its stored JSON, sent back with the form) and what
// the form says about the contact's consent besides the checkboxes.
struct ProjectFormState {
    Project project;
    bool is_new{false};
    std::string seen;
    ContactConsentInput consent;
};

std::string editor_name(const Request& request)
{
    const User& user = *request.visitor.user;
    return user.name.empty() ? user.email : user.name;
}

std::string stored_state(const Project& project)
{
    return state_of(project_version_content(project));
}

ContactConsentInput consent_input_of(const Form& form)
{
    return ContactConsentInput{form.value("consent_basis"), form.value("consent_inform") == "ja"};
}

Result<Form> complete_form(const Request& request)
{
    Form form = Form::parse(request.body);
    if (!is_complete_project_form(form)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    return form;
}

// The form page filled with `state`, possibly with errors.
Result<Response> form_page(const Request& request, Services& services, const ProjectFormState& state,
                           const FieldErrors& errors = {}, int status = 200)
{
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const bool choose_city = state.is_new && request.visitor.user->role == Role::Admin;
    TemplateData page = project_form_view(state.project, topics, cities, choose_city, services.catalogue);
    page.set("is_new", state.is_new);
    page.set("nav_projects", true);
    page.set("action", state.is_new ? std::string("/praxisbeispiele/neu")
                                    : "/praxisbeispiele/" + state.project.id + "/bearbeiten");
    page.set("seen", state.seen);
    page.set("consent_bases", consent_basis_options(state.consent.basis, services.catalogue));
    page.set("consent_inform", state.consent.inform); // what was chosen stays when the form comes back
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response = html_page(request, services, "project_edit", std::move(page),
                                  state.is_new ? "project.new_title" : "project.edit_title");
    response.status = status;
    return response;
}

Result<Response> invalid_form(const Request& request, Services& services, const ProjectFormState& state,
                              const Error& error)
{
    return form_page(request, services, state, {{project_field_of(error), services.catalogue.text(error)}},
                     http_status(error.code));
}

// Checks and stores the project of `state` (`before`: the stored one when editing); a refusal
// shows the form again.
Result<Response> save_from_form(const Request& request, Services& services, const ProjectFormState& state,
                                const std::optional<Project>& before)
{
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    if (auto valid = validate_project(state.project, topics); !valid) {
        return invalid_form(request, services, state, valid.error());
    }
    if (auto saved = save_project_version(request, services, before, state.project, state.consent, editor_name(request));
        !saved) {
        return invalid_form(request, services, state, saved.error());
    }
    audit(request, services, before ? "project_edited" : "project_created", state.project.title);
    return redirect_to("/praxisbeispiele/" + state.project.id + "?gespeichert=1");
}

// A version restores content, never identity, ownership or consent; topics removed from the
// taxonomy since then are dropped rather than refused.
Result<Project> restored_project(const Version& version, const Project& current, const std::vector<Topic>& topics)
{
    RUNDUM_TRY_ASSIGN(state, format::project_from_json_text(version.content));
    Project restored = with_current_consent(std::move(state), current);
    restored.id = current.id;
    restored.city_id = current.city_id;
    restored.created_at = current.created_at;
    restored.updated_at = now_iso();
    std::erase_if(restored.topics, [&](const std::string& slug) {
        return std::none_of(topics.begin(), topics.end(), [&](const Topic& topic) { return topic.slug == slug; });
    });
    RUNDUM_TRY(validate_project(restored, topics));
    return restored;
}

} // namespace

Result<Response> new_project_page(const Request& request, Services& services)
{
    ProjectFormState state{Project{}, true, {}, {}};
    state.project.city_id = request.visitor.user->city_id;
    return form_page(request, services, state);
}

Result<Response> create_project(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(form, complete_form(request));
    Project draft;
    draft.id = new_project_id();
    draft.created_at = now_iso();
    draft.updated_at = draft.created_at;
    ProjectFormState state{project_from_form(draft, form), true, {}, consent_input_of(form)};
    state.project.city_id = form.value("city_id");
    auto city = city_for_new_project(services, *request.visitor.user, state.project.city_id);
    if (!city) {
        return invalid_form(request, services, state, city.error());
    }
    state.project.city_id = city->id;
    return save_from_form(request, services, state, std::nullopt);
}

Result<Response> project_edit_page(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_project(services, request.visitor.member(), id));
    return form_page(request, services, ProjectFormState{found.project, false, stored_state(found.project), {}});
}

Result<Response> save_project(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_project(services, request.visitor.member(), id));
    RUNDUM_TRY_ASSIGN(form, complete_form(request));
    ProjectFormState state{project_from_form(found.project, form), false, form.value(SEEN_FIELD), consent_input_of(form)};
    const std::string current_state = stored_state(found.project);
    if (!state.seen.empty() && state.seen != current_state) {
        // Someone saved since this form was opened: nothing is overwritten, the member's input
        // stays in the form, and the form now carries the newer state (a second save is a
        // decision, after comparing in the versions).
        state.seen = current_state;
        return form_page(request, services, state,
                         {{"conflict", services.catalogue.text("error.project.changed_meanwhile")}}, 409);
    }
    state.project.updated_at = now_iso();
    return save_from_form(request, services, state, found.project);
}

Result<Response> restore_project_version(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_project(services, request.visitor.member(), id));
    const std::string wanted = Form::parse(request.body).value("version");
    RUNDUM_TRY_ASSIGN(versions, services.store.project_versions(found.project.id));
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    const Version* version = find_version(versions, wanted);
    if (version == nullptr) {
        return fail(ErrorCode::NotFound, "error.project.version_missing", {wanted});
    }
    RUNDUM_TRY_ASSIGN(restored, restored_project(*version, found.project, topics));
    RUNDUM_TRY(save_project_version(request, services, found.project, restored, {}, editor_name(request)));
    audit(request, services, "project_restored", found.project.title + " #" + wanted);
    return redirect_to("/praxisbeispiele/" + found.project.id + "/versionen");
}

Result<Response> delete_project(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, editable_project(services, request.visitor.member(), id));
    if (!Form::parse(request.body).is_confirmed()) {
        return fail(ErrorCode::Invalid, "error.project.delete_unconfirmed");
    }
    RUNDUM_TRY(services.store.delete_project(found.project.id));
    audit(request, services, "project_deleted", found.project.title);
    return redirect_to("/praxisbeispiele");
}

} // namespace rundum::web
