// Pilot handlers. The overview and a pilot's page are public for public pilots (and cached for
// the public by the app); the forms belong to admins and the coordinators of a lead city. A
// failed save shows the form again as typed.
#include "web/pilot_pages.hpp"

#include "auth/tokens.hpp"
#include "core/pilot_rules.hpp"
#include "format/json_writer.hpp"
#include "format/pilot_json.hpp"
#include "web/http/clock.hpp"
#include "web/http/edit_token.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/pilot_access.hpp"
#include "web/pilot_form.hpp"
#include "web/pilot_view.hpp"
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

Response form_page(const Request& request, Services& services, const PilotForm& form, bool is_new,
                   const FieldErrors& errors, int status, const std::string& seen = {})
{
    auto cities = services.store.list_cities();
    if (!cities) {
        return error_response(request, services, cities.error());
    }
    TemplateData page = pilot_form_view(form, is_new, *cities, services.catalogue);
    page.set("nav_pilots", true);
    page.set("seen", seen);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response =
        html_page(request, services, "pilot_edit", std::move(page), is_new ? "pilot.new_title" : "pilot.edit_title");
    response.status = status;
    return response;
}

Response invalid_form(const Request& request, Services& services, const PilotForm& form, bool is_new,
                      const Error& error, const std::string& seen = {})
{
    return form_page(request, services, form, is_new, {{pilot_field_of(error), services.catalogue.text(error)}},
                     http_status(error.code), seen);
}

// Reads, checks and stores the form on top of `current`; the answer is the redirect or the
// form again. A coordinator keeps their own city among the leads, or could not manage it.
Response store_form(const Request& request, Services& services, const PilotProject& current, bool is_new)
{
    const Form form = Form::parse(request.body);
    if (!is_complete_pilot_form(form, is_new)) {
        return error_response(request, services, Error{ErrorCode::Invalid, "error.form.incomplete", {}, {}});
    }
    auto cities = services.store.list_cities();
    auto existing = services.store.list_pilots();
    auto owners = project_cities(services);
    if (!cities || !existing || !owners) {
        return error_response(request, services,
                              !cities ? cities.error() : !existing ? existing.error() : owners.error());
    }
    PilotForm typed;
    const std::string seen = form.value(SEEN_FIELD);
    if (auto read = read_pilot_form(form, is_new, current, *cities, typed); !read) {
        return invalid_form(request, services, typed, is_new, read.error(), seen);
    }
    if (!is_new && changed_since_opened(form, pilot_state(current))) {
        // Another lead saved meanwhile: nothing is overwritten, the input stays, and the form
        // now carries the newer state.
        return form_page(request, services, typed, false,
                         {{"conflict", services.catalogue.text("pilot.error.changed_meanwhile")}}, 409,
                         pilot_state(current));
    }
    typed.pilot.updated_at = now_iso();
    if (auto valid = validate_pilot(typed.pilot, *existing, is_new, *owners); !valid) {
        return invalid_form(request, services, typed, is_new, valid.error(), seen);
    }
    const User& member = *request.visitor.member();
    if (member.role != Role::Admin && !is_lead_city(typed.pilot, member.city_id)) {
        return invalid_form(request, services, typed, is_new,
                            Error{ErrorCode::Invalid, "pilot.error.own_city_must_lead", {}, {}}, seen);
    }
    if (!may_save_pilot_cities(&member, current, typed.pilot)) {
        return error_response(request, services, Error{ErrorCode::Forbidden, "pilot.error.leads_admins_only", {}, {}});
    }
    if (auto saved = services.store.save_pilot(typed.pilot); !saved) {
        return invalid_form(request, services, typed, is_new, saved.error(), seen);
    }
    tell_new_partners(services, typed.pilot, current, member);
    audit(request, services, is_new ? "pilot_created" : "pilot_edited", typed.pilot.title);
    return redirect_to("/pilotprojekte/" + typed.pilot.slug + "?gespeichert=1");
}

} // namespace

Response pilot_list_page(const Request& request, Services& services)
{
    auto pilots = services.store.list_pilots();
    auto cities = cities_by_id(services);
    if (!pilots || !cities) {
        return error_response(request, services, !pilots ? pilots.error() : cities.error());
    }
    const User* member = request.visitor.member();
    std::vector<PilotProject> visible;
    for (PilotProject& pilot : *pilots) {
        if (is_allowed(member, PilotAction::View, pilot)) {
            visible.push_back(std::move(pilot));
        }
    }
    TemplateData page = pilot_list_view(visible, *cities, today_text(), services.catalogue);
    page.set("nav_pilots", true);
    page.set("can_create", is_allowed(member, Action::CreatePilot));
    page.set("deleted", member != nullptr && request.query == "geloescht=1");
    return page_response(request, services.templates.render_page("pilots", std::move(page),
                                                                  services.catalogue.text("pilot.list_title"),
                                                                  request.visitor));
}

Response pilot_page(const Request& request, Services& services, std::string_view slug)
{
    const User* member = request.visitor.member();
    auto pilot = pilot_for(services, member, slug, PilotAction::View);
    auto cities = cities_by_id(services);
    if (!pilot || !cities) {
        return error_response(request, services, !pilot ? pilot.error() : cities.error());
    }
    std::vector<std::string> ids;
    for (const PilotPartner& partner : pilot->partners) {
        if (!partner.local_project_id.empty()) {
            ids.push_back(partner.local_project_id);
        }
    }
    auto projects = services.store.find_projects(ids);
    if (!projects) {
        return error_response(request, services, projects.error());
    }
    std::map<std::string, Project> local_projects;
    for (Project& project : *projects) {
        if (is_visible(project, member)) {
            local_projects.emplace(project.id, std::move(project));
        }
    }
    PilotPageRights rights;
    rights.manage = is_allowed(member, PilotAction::Manage, *pilot);
    rights.see_documents = is_allowed(member, PilotAction::ViewDocuments, *pilot);
    rights.upload = is_allowed(member, PilotAction::UploadDocuments, *pilot);
    rights.is_admin = member != nullptr && member->role == Role::Admin;
    for (const AttachmentInfo& document : rights.see_documents ? pilot->documents : std::vector<AttachmentInfo>{}) {
        auto uploader = services.store.pilot_document_city(pilot->id, document.id);
        if (uploader && *uploader && may_remove_pilot_document(member, *pilot, **uploader)) {
            rights.removable_documents.insert(document.id);
        }
    }
    if (member != nullptr && is_allowed(member, PilotAction::EditOwnEntry, *pilot, member->city_id)) {
        if (auto own = cities->find(member->city_id); own != cities->end()) {
            rights.own_entry_city = own->second.slug;
        }
    }
    TemplateData page = pilot_page_view(*pilot, *cities, local_projects, rights, today_text(), services.catalogue);
    page.set("nav_pilots", true);
    page.set("saved", request.visitor.is_signed_in() && request.query == "gespeichert=1");
    Response response = page_response(
        request, services.templates.render_page("pilot", std::move(page), pilot->title, request.visitor));
    if (pilot->visibility != ProjectVisibility::Public) {
        response.with_header("Cache-Control", "no-store");
    }
    return response;
}

Response new_pilot_page(const Request& request, Services& services)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    const User& member = *request.visitor.member();
    if (!is_allowed(&member, Action::CreatePilot)) {
        return forbidden(request, services);
    }
    PilotForm form;
    if (!member.city_id.empty()) {
        form.roles[member.city_id] = std::string(pilot_role_key(PilotRole::Lead));
    }
    return form_page(request, services, form, true, {}, 200);
}

Response create_pilot(const Request& request, Services& services)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    if (!is_allowed(request.visitor.member(), Action::CreatePilot)) {
        return forbidden(request, services);
    }
    PilotProject draft;
    draft.id = "pl-" + auth::random_token().substr(0, 16);
    draft.created_at = now_iso();
    return store_form(request, services, draft, true);
}

Response pilot_edit_page(const Request& request, Services& services, std::string_view slug)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto pilot = pilot_for(services, request.visitor.member(), slug, PilotAction::Manage);
    if (!pilot) {
        return error_response(request, services, pilot.error());
    }
    return form_page(request, services, pilot_form_of(*pilot), false, {}, 200, pilot_state(*pilot));
}

Response save_pilot(const Request& request, Services& services, std::string_view slug)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto pilot = pilot_for(services, request.visitor.member(), slug, PilotAction::Manage);
    if (!pilot) {
        return error_response(request, services, pilot.error());
    }
    return store_form(request, services, *pilot, false);
}

Response delete_pilot(const Request& request, Services& services, std::string_view slug)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto pilot = pilot_for(services, request.visitor.member(), slug, PilotAction::Delete);
    if (!pilot) {
        return error_response(request, services, pilot.error());
    }
    if (!Form::parse(request.body).is_confirmed()) {
        return form_page(request, services, pilot_form_of(*pilot), false,
                         {{"confirm", services.catalogue.text("pilot.error.delete_unconfirmed")}}, 400);
    }
    if (auto removed = services.store.delete_pilot(pilot->id); !removed) {
        return error_response(request, services, removed.error());
    }
    audit(request, services, "pilot_deleted", pilot->title);
    return redirect_to("/pilotprojekte?geloescht=1");
}

} // namespace rundum::web
