// Project handlers. Every save goes through validate_project and stores a version; a failed
// save shows the form again with what the member typed, so nothing typed is lost.
#include "web/project_pages.hpp"

#include <algorithm>

#include "core/permissions.hpp"
#include "core/project_diff.hpp"
#include "core/project_rules.hpp"
#include "format/json_writer.hpp"
#include "format/project_json.hpp"
#include "web/adoptions/adoption_view.hpp"
#include "web/city_consent.hpp"
#include "web/meeting_access.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/pilot_access.hpp"
#include "web/pilot_view.hpp"
#include "web/http/edit_token.hpp"
#include "web/project_access.hpp"
#include "web/project_form.hpp"
#include "web/project_view.hpp"
#include "web/question_view.hpp"
#include "web/version_view.hpp"

namespace rundum::web {

namespace {

std::string editor_name(const Request& request)
{
    const User& user = *request.visitor.user;
    return user.name.empty() ? user.email : user.name;
}

std::string version_content(const Project& project)
{
    return project_version_content(project);
}

// What the form says about the contact's consent besides the checkboxes.
ContactConsentInput consent_input_of(const Form& form)
{
    return ContactConsentInput{form.value("consent_basis"), form.value("consent_inform") == "ja"};
}

Result<void> save_with_version(Services& services, const Request& request, const std::optional<Project>& before,
                               const Project& after, const ContactConsentInput& input = {})
{
    return save_project_version(request, services, before, after, input, editor_name(request));
}

// The form page, filled with `project`, possibly with errors. `seen`: the state of the stored
// project the member is changing (state_of its stored JSON), sent back with the form.
Response form_page(const Request& request, Services& services, const Project& project, bool is_new,
                   const FieldErrors& errors, int status, const std::string& seen = {},
                   const ContactConsentInput& consent = {})
{
    auto topics = services.store.list_topics();
    auto cities = services.store.list_cities();
    if (!topics || !cities) {
        return error_response(request, services, !topics ? topics.error() : cities.error());
    }
    const bool choose_city = is_new && request.visitor.user->role == Role::Admin;
    TemplateData page = project_form_view(project, *topics, *cities, choose_city, services.catalogue);
    page.set("is_new", is_new);
    page.set("nav_projects", true);
    page.set("action", is_new ? std::string("/praxisbeispiele/neu") : "/praxisbeispiele/" + project.id + "/bearbeiten");
    page.set("seen", seen);
    page.set("consent_bases", consent_basis_options(consent.basis, services.catalogue));
    page.set("consent_inform", consent.inform); // what was chosen stays when the form comes back
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response =
        html_page(request, services, "project_edit", std::move(page), is_new ? "project.new_title" : "project.edit_title");
    response.status = status;
    return response;
}

Response invalid_form(const Request& request, Services& services, const Project& project, bool is_new,
                      const Error& error, const std::string& seen = {}, const ContactConsentInput& consent = {})
{
    return form_page(request, services, project, is_new, {{project_field_of(error), services.catalogue.text(error)}},
                     http_status(error.code), seen, consent);
}

// "Vorgestellt bei": the meetings where the project was an accepted presentation.
Result<void> add_presentations(TemplateData& page, Services& services, const std::string& project_id)
{
    RUNDUM_TRY_ASSIGN(mentions, meetings_with_accepted_item(services, AgendaKind::ProjectPresentation, project_id));
    kainjow::mustache::list list;
    for (const MeetingMention& mention : mentions) {
        TemplateData entry{TemplateData::type::object};
        entry.set("title", mention.title);
        entry.set("url", mention.url);
        entry.set("date", mention.date);
        list.push_back(entry);
    }
    page.set("presentations", list);
    page.set("has_presentations", !mentions.empty());
    return {};
}

} // namespace

Response project_page(const Request& request, Services& services, std::string_view id)
{
    auto found = visible_project(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    auto topics = services.store.list_topics();
    if (!topics) {
        return error_response(request, services, topics.error());
    }
    TemplateData page = project_view(as_seen_by(found->project, request.visitor.member()), found->city, *topics,
                                     services.catalogue);
    page.set("nav_projects", true);
    page.set("source_url", services.config.base_url + "/praxisbeispiele/" + found->project.id);
    page.set("can_edit", is_allowed(request.visitor.member(), Action::EditProject, &found->city));
    page.set("saved", request.visitor.is_signed_in() && request.query == "gespeichert=1");
    page.set("interest_sent", request.visitor.is_signed_in() && request.query == "interesse=1");
    if (auto learning = add_learning_view(page, services, *found, request.visitor.member()); !learning) {
        return error_response(request, services, learning.error());
    }
    if (auto questions = add_linked_questions(page, services, request.visitor.member(), found->project.id, "");
        !questions) {
        return error_response(request, services, questions.error());
    }
    auto pilots = pilots_linking(services, request.visitor.member(), found->project.id);
    if (!pilots) {
        return error_response(request, services, pilots.error());
    }
    set_pilot_links(page, *pilots);
    if (auto presented = add_presentations(page, services, found->project.id); !presented) {
        return error_response(request, services, presented.error());
    }
    Response response;
    response.body = services.templates.render_page("project", std::move(page), found->project.title, request.visitor);
    if (request.visitor.is_signed_in() || found->project.visibility != ProjectVisibility::Public) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Response new_project_page(const Request& request, Services& services)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    Project project;
    project.city_id = request.visitor.user->city_id;
    return form_page(request, services, project, true, {}, 200);
}

Response create_project(const Request& request, Services& services)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    const Form form = Form::parse(request.body);
    if (!is_complete_project_form(form)) {
        return error_response(request, services, Error{ErrorCode::Invalid, "error.form.incomplete", {}, {}});
    }
    Project draft;
    draft.id = new_project_id();
    draft.created_at = now_iso();
    draft.updated_at = draft.created_at;
    Project project = project_from_form(draft, form);
    const ContactConsentInput consent = consent_input_of(form);
    project.city_id = form.value("city_id");
    auto city = city_for_new_project(services, *request.visitor.user, project.city_id);
    if (!city) {
        return invalid_form(request, services, project, true, city.error(), {}, consent);
    }
    project.city_id = city->id;
    auto topics = services.store.list_topics();
    if (!topics) {
        return error_response(request, services, topics.error());
    }
    if (auto valid = validate_project(project, *topics); !valid) {
        return invalid_form(request, services, project, true, valid.error(), {}, consent);
    }
    if (auto saved = save_with_version(services, request, std::nullopt, project, consent); !saved) {
        return invalid_form(request, services, project, true, saved.error(), {}, consent);
    }
    audit(request, services, "project_created", project.title);
    return redirect_to("/praxisbeispiele/" + project.id + "?gespeichert=1");
}

Response project_edit_page(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    Response response =
        form_page(request, services, found->project, false, {}, 200, state_of(version_content(found->project)));
    return response;
}

Response save_project(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    const Form form = Form::parse(request.body);
    if (!is_complete_project_form(form)) {
        return error_response(request, services, Error{ErrorCode::Invalid, "error.form.incomplete", {}, {}});
    }
    Project changed = project_from_form(found->project, form);
    const ContactConsentInput consent = consent_input_of(form);
    const std::string seen = form.value(SEEN_FIELD);
    const std::string current_state = state_of(version_content(found->project));
    if (!seen.empty() && seen != current_state) {
        // Someone saved since this form was opened: nothing is overwritten, the member's input
        // stays in the form, and the form now carries the newer state (a second save is a
        // decision, after comparing in the versions).
        return form_page(request, services, changed, false,
                         {{"conflict", services.catalogue.text("error.project.changed_meanwhile")}}, 409,
                         current_state, consent);
    }
    changed.updated_at = now_iso();
    auto topics = services.store.list_topics();
    if (!topics) {
        return error_response(request, services, topics.error());
    }
    if (auto valid = validate_project(changed, *topics); !valid) {
        return invalid_form(request, services, changed, false, valid.error(), seen, consent);
    }
    if (auto saved = save_with_version(services, request, found->project, changed, consent); !saved) {
        return invalid_form(request, services, changed, false, saved.error(), seen, consent);
    }
    audit(request, services, "project_edited", changed.title);
    return redirect_to("/praxisbeispiele/" + changed.id + "?gespeichert=1");
}

Response project_versions_page(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    auto versions = services.store.project_versions(found->project.id);
    if (!versions) {
        return error_response(request, services, versions.error());
    }
    TemplateData page{TemplateData::type::object};
    page.set("id", found->project.id);
    page.set("project_title", found->project.title);
    const i18n::Catalogue& catalogue = services.catalogue;
    const VersionDiff diff = [&catalogue](const std::string& older, const std::string& newer) {
        auto before = format::project_from_json_text(older);
        auto after = format::project_from_json_text(newer);
        std::vector<FieldChange> changes = before && after ? diff_projects(*before, *after) : std::vector<FieldChange>{};
        // Status, visibility and consent are stored as keys; people read their names.
        for (FieldChange& change : changes) {
            if (change.field == "status" || change.field == "visibility" || change.field.starts_with("publish_")) {
                const std::string prefix =
                    change.field.starts_with("publish_") ? std::string("project.consent.") : "project." + change.field + ".";
                change.before = catalogue.text(prefix + change.before);
                change.after = catalogue.text(prefix + change.after);
            }
        }
        return changes;
    };
    const kainjow::mustache::list list = version_rows(*versions, diff, "project.field.", services.catalogue);
    page.set("versions", list);
    page.set("has_versions", !versions->empty());
    auto records = services.store.consent_records(PROJECT_CONTACT, found->project.id);
    if (!records) {
        return error_response(request, services, records.error());
    }
    page.set("consent_records", consent_record_rows(*records, services.catalogue));
    page.set("has_consent_records", !records->empty());
    page.set("nav_projects", true);
    return html_page(request, services, "project_versions", std::move(page), "project.versions.title");
}

Response restore_project_version(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    const std::string wanted = Form::parse(request.body).value("version");
    auto versions = services.store.project_versions(found->project.id);
    if (!versions) {
        return error_response(request, services, versions.error());
    }
    auto topics = services.store.list_topics();
    if (!topics) {
        return error_response(request, services, topics.error());
    }
    if (const Version* version = find_version(*versions, wanted)) {
        auto state = format::project_from_json_text(version->content);
        if (!state) {
            return error_response(request, services, state.error());
        }
        // A version restores content, never identity, ownership or consent.
        state = with_current_consent(std::move(*state), found->project);
        state->id = found->project.id;
        state->city_id = found->project.city_id;
        state->created_at = found->project.created_at;
        state->updated_at = now_iso();
        // Topics removed from the taxonomy since then are dropped rather than refused.
        std::erase_if(state->topics, [&](const std::string& slug) {
            return std::none_of(topics->begin(), topics->end(), [&](const Topic& topic) { return topic.slug == slug; });
        });
        if (auto valid = validate_project(*state, *topics); !valid) {
            return error_response(request, services, valid.error());
        }
        if (auto saved = save_with_version(services, request, found->project, *state); !saved) {
            return error_response(request, services, saved.error());
        }
        audit(request, services, "project_restored", found->project.title + " #" + wanted);
        return redirect_to("/praxisbeispiele/" + found->project.id + "/versionen");
    }
    return error_response(request, services, Error{ErrorCode::NotFound, "error.project.version_missing", {wanted}, {}});
}

Response delete_project(const Request& request, Services& services, std::string_view id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    if (!Form::parse(request.body).is_confirmed()) {
        return error_response(request, services, Error{ErrorCode::Invalid, "error.project.delete_unconfirmed", {}, {}});
    }
    if (auto removed = services.store.delete_project(found->project.id); !removed) {
        return error_response(request, services, removed.error());
    }
    audit(request, services, "project_deleted", found->project.title);
    return redirect_to("/praxisbeispiele");
}

} // namespace rundum::web
