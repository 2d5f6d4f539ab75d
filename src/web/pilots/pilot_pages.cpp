// SPDX-License-Identifier: EUPL-1.2
// Pilot handlers. The overview and a pilot's page are public for public pilots (and cached for
// the public by the app); the forms belong to admins and the coordinators of a lead city. A
// failed save shows the form again as typed.
#include "web/pilots/pilot_pages.hpp"

#include "auth/tokens.hpp"
#include "core/pilot_rules.hpp"
#include "format/json_writer.hpp"
#include "format/pilot_json.hpp"
#include "web/http/clock.hpp"
#include "web/http/edit_token.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/pilots/pilot_access.hpp"
#include "web/pilots/pilot_form.hpp"
#include "web/pilots/pilot_view.hpp"
#include "web/projects/project_access.hpp"

namespace rundum::web {

namespace {

Result<CitiesById> cities_by_id(Services& services)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    CitiesById by_id;
    for (City& city : cities) {
        by_id.emplace(city.id, std::move(city));
    }
    return by_id;
}

// Public pages depend on who asks only for members: theirs are never kept.
Response page_response(const Request& request, std::string body)
{
    Response response;
    response.body = std::move(body);
    if (request.visitor.is_signed_in()) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

// The stored state of a pilot, which its edit form carries (edit_token.hpp).
std::string pilot_state(const PilotProject& pilot)
{
    return state_of(format::compact_json(format::pilot_to_json(pilot)));
}

Result<Response> form_page(const Request& request, Services& services, const PilotForm& form, bool is_new,
                           const FormRefusal& refusal = {}, const std::string& seen = {})
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    TemplateData page = pilot_form_view(form, is_new, cities, services.catalogue);
    page.set("seen", seen);
    return pilot_form_page(request, services, "pilot_edit", std::move(page),
                           is_new ? "pilot.new_title" : "pilot.edit_title", refusal);
}

// The checks of a typed pilot: its rules, and a coordinator keeps their own city among the leads,
// or could not manage it.
Result<void> checked_pilot(const PilotProject& pilot, const std::vector<PilotProject>& existing, bool is_new,
                           const std::map<std::string, std::string>& owners, const User& member)
{
    RUNDUM_TRY(validate_pilot(pilot, existing, is_new, owners));
    if (member.role != Role::Admin && !is_lead_city(pilot, member.city_id)) {
        return fail(ErrorCode::Invalid, "pilot.error.own_city_must_lead");
    }
    return {};
}

// Reads, checks and stores the form on top of `current`; the answer is the redirect or the
// form again as typed.
Result<Response> store_form(const Request& request, Services& services, const PilotProject& current, bool is_new)
{
    const Form form = Form::parse(request.body);
    if (!is_complete_pilot_form(form, is_new)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(existing, services.store.list_pilots());
    RUNDUM_TRY_ASSIGN(owners, project_cities(services));
    const std::string seen = form.value(SEEN_FIELD);
    PilotForm typed;
    auto refused = [&](const Error& error) {
        return form_page(request, services, typed, is_new,
                         refusal_at(pilot_field_of(error), error, services.catalogue), seen);
    };
    if (auto read = read_pilot_form(form, is_new, current, cities, typed); !read) {
        return refused(read.error());
    }
    if (!is_new && changed_since_opened(form, pilot_state(current))) {
        // Another lead saved meanwhile: nothing is overwritten, the input stays, and the form
        // now carries the newer state.
        return form_page(request, services, typed, false,
                         FormRefusal{{{"conflict", services.catalogue.text("pilot.error.changed_meanwhile")}}, 409},
                         pilot_state(current));
    }
    typed.pilot.updated_at = now_iso();
    const User& member = *request.visitor.member();
    if (auto valid = checked_pilot(typed.pilot, existing, is_new, owners, member); !valid) {
        return refused(valid.error());
    }
    if (!may_save_pilot_cities(&member, current, typed.pilot)) {
        return fail(ErrorCode::Forbidden, "pilot.error.leads_admins_only");
    }
    if (auto saved = services.store.save_pilot(typed.pilot); !saved) {
        return refused(saved.error());
    }
    tell_new_partners(services, typed.pilot, current, member);
    audit(request, services, is_new ? "pilot_created" : "pilot_edited", typed.pilot.title);
    return redirect_to("/pilotprojekte/" + typed.pilot.slug + "?gespeichert=1");
}

// The linked local projects of `pilot` that `member` may see (others are not named).
Result<std::map<std::string, Project>> visible_local_projects(Services& services, const User* member,
                                                              const PilotProject& pilot)
{
    std::vector<std::string> ids;
    for (const PilotPartner& partner : pilot.partners) {
        if (!partner.local_project_id.empty()) {
            ids.push_back(partner.local_project_id);
        }
    }
    RUNDUM_TRY_ASSIGN(projects, services.store.find_projects(ids));
    std::map<std::string, Project> local_projects;
    for (Project& project : projects) {
        if (is_visible(project, member)) {
            local_projects.emplace(project.id, std::move(project));
        }
    }
    return local_projects;
}

PilotPageRights page_rights(Services& services, const User* member, const PilotProject& pilot,
                            const CitiesById& cities)
{
    PilotPageRights rights;
    rights.manage = is_allowed(member, PilotAction::Manage, pilot);
    rights.see_documents = is_allowed(member, PilotAction::ViewDocuments, pilot);
    rights.upload = is_allowed(member, PilotAction::UploadDocuments, pilot);
    rights.is_admin = member != nullptr && member->role == Role::Admin;
    for (const AttachmentInfo& document : rights.see_documents ? pilot.documents : std::vector<AttachmentInfo>{}) {
        auto uploader = services.store.pilot_document_city(pilot.id, document.id);
        if (uploader && *uploader && may_remove_pilot_document(member, pilot, **uploader)) {
            rights.removable_documents.insert(document.id);
        }
    }
    if (member != nullptr && is_allowed(member, PilotAction::EditOwnEntry, pilot, member->city_id)) {
        if (auto own = cities.find(member->city_id); own != cities.end()) {
            rights.own_entry_city = own->second.slug;
        }
    }
    return rights;
}

} // namespace

Result<Response> pilot_list_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(pilots, services.store.list_pilots());
    RUNDUM_TRY_ASSIGN(cities, cities_by_id(services));
    const User* member = request.visitor.member();
    std::vector<PilotProject> visible;
    for (PilotProject& pilot : pilots) {
        if (is_allowed(member, PilotAction::View, pilot)) {
            visible.push_back(std::move(pilot));
        }
    }
    TemplateData page = pilot_list_view(visible, cities, today_text(), services.catalogue);
    page.set("nav_pilots", true);
    page.set("can_create", is_allowed(member, Action::CreatePilot));
    page.set("deleted", member != nullptr && request.query == "geloescht=1");
    return page_response(request, services.templates.render_page("pilots", std::move(page),
                                                                  services.catalogue.text("pilot.list_title"),
                                                                  request.visitor));
}

Result<Response> pilot_page(const Request& request, Services& services, std::string_view slug)
{
    const User* member = request.visitor.member();
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, member, slug, PilotAction::View));
    RUNDUM_TRY_ASSIGN(cities, cities_by_id(services));
    RUNDUM_TRY_ASSIGN(local_projects, visible_local_projects(services, member, pilot));
    const PilotPageRights rights = page_rights(services, member, pilot, cities);
    TemplateData page = pilot_page_view(pilot, cities, local_projects, rights, today_text(), services.catalogue);
    page.set("nav_pilots", true);
    page.set("saved", request.visitor.is_signed_in() && request.query == "gespeichert=1");
    Response response = page_response(
        request, services.templates.render_page("pilot", std::move(page), pilot.title, request.visitor));
    if (pilot.visibility != ProjectVisibility::Public) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Result<Response> new_pilot_page(const Request& request, Services& services)
{
    const User& member = *request.visitor.member();
    if (!is_allowed(&member, Action::CreatePilot)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    PilotForm form;
    if (!member.city_id.empty()) {
        form.roles[member.city_id] = std::string(pilot_role_key(PilotRole::Lead));
    }
    return form_page(request, services, form, true);
}

Result<Response> create_pilot(const Request& request, Services& services)
{
    if (!is_allowed(request.visitor.member(), Action::CreatePilot)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    PilotProject draft;
    draft.id = "pl-" + auth::random_token().substr(0, 16);
    draft.created_at = now_iso();
    return store_form(request, services, draft, true);
}

Result<Response> pilot_edit_page(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, request.visitor.member(), slug, PilotAction::Manage));
    return form_page(request, services, pilot_form_of(pilot), false, {}, pilot_state(pilot));
}

Result<Response> save_pilot(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, request.visitor.member(), slug, PilotAction::Manage));
    return store_form(request, services, pilot, false);
}

Result<Response> delete_pilot(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, request.visitor.member(), slug, PilotAction::Delete));
    if (!Form::parse(request.body).is_confirmed()) {
        return form_page(request, services, pilot_form_of(pilot), false,
                         unconfirmed("pilot.error.delete_unconfirmed", services.catalogue));
    }
    RUNDUM_TRY(services.store.delete_pilot(pilot.id));
    audit(request, services, "pilot_deleted", pilot.title);
    return redirect_to("/pilotprojekte?geloescht=1");
}

} // namespace rundum::web
