// A city's own entry in a pilot and the pilot's documents. Documents are handled like project
// attachments (recognised by content, images re-encoded, offered under a safe name) and never
// reach the public, not even of a public pilot.
#include "web/pilots/pilot_partner_pages.hpp"

#include "core/pilot_rules.hpp"
#include "core/text.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/pilots/pilot_access.hpp"
#include "web/pilots/pilot_view.hpp"
#include "web/http/attachment_upload.hpp"

namespace rundum::web {

namespace {

// The pilot and the city whose entry the member may edit.
Result<std::pair<PilotProject, City>> entry_for(Services& services, const User* member, std::string_view slug,
                                                std::string_view city_slug)
{
    RUNDUM_TRY_ASSIGN(city, services.store.find_city(city_slug));
    if (!city) {
        return fail(ErrorCode::NotFound, "error.city.not_found", {std::string(city_slug)});
    }
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, member, slug, PilotAction::View));
    if (partner_of(pilot, city->id) == nullptr) {
        return fail(ErrorCode::NotFound, "error.pilot.partner_not_found");
    }
    if (!is_allowed(member, PilotAction::EditOwnEntry, pilot, city->id)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return std::pair<PilotProject, City>(std::move(pilot), std::move(*city));
}

Result<std::vector<Project>> projects_of(Services& services, const City& city)
{
    RUNDUM_TRY_ASSIGN(projects, services.store.list_projects());
    std::vector<Project> own;
    for (Project& project : projects) {
        if (project.city_id == city.id) {
            own.push_back(std::move(project));
        }
    }
    return own;
}

Response form_page(const Request& request, Services& services, const PilotProject& pilot, const City& city,
                   const PilotPartner& typed, const FieldErrors& errors, int status)
{
    auto projects = projects_of(services, city);
    if (!projects) {
        return error_response(request, services, projects.error());
    }
    TemplateData page = partner_form_view(pilot, city, typed, *projects);
    page.set("nav_pilots", true);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response = html_page(request, services, "pilot_partner", std::move(page), "pilot.partner.title");
    response.status = status;
    return response;
}

} // namespace

Response partner_entry_page(const Request& request, Services& services, std::string_view slug,
                            std::string_view city_slug)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto entry = entry_for(services, request.visitor.member(), slug, city_slug);
    if (!entry) {
        return error_response(request, services, entry.error());
    }
    const auto& [pilot, city] = *entry;
    return form_page(request, services, pilot, city, *partner_of(pilot, city.id), {}, 200);
}

Response save_partner_entry(const Request& request, Services& services, std::string_view slug,
                            std::string_view city_slug)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto entry = entry_for(services, request.visitor.member(), slug, city_slug);
    if (!entry) {
        return error_response(request, services, entry.error());
    }
    const auto& [pilot, city] = *entry;
    const Form form = Form::parse(request.body);
    if (!form.has("local_project") || !form.has("note")) {
        return error_response(request, services, Error{ErrorCode::Invalid, "error.form.incomplete", {}, {}});
    }
    PilotPartner typed = *partner_of(pilot, city.id);
    typed.local_project_id = form.value("local_project");
    typed.note = std::string(trim_blanks(form.value("note")));
    auto owners = project_cities(services);
    if (!owners) {
        return error_response(request, services, owners.error());
    }
    if (auto valid = validate_partner_entry(typed, *owners); !valid) {
        return form_page(request, services, pilot, city, typed,
                         {{partner_field_of(valid.error()), services.catalogue.text(valid.error())}},
                         http_status(valid.error().code));
    }
    if (auto saved = services.store.save_pilot_partner(pilot.id, typed); !saved) {
        return error_response(request, services, saved.error());
    }
    audit(request, services, "pilot_entry_edited", pilot.title + ": " + city.name);
    return redirect_to("/pilotprojekte/" + pilot.slug + "?gespeichert=1");
}

Response upload_pilot_document(const Request& request, Services& services, std::string_view slug)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto pilot = pilot_for(services, request.visitor.member(), slug, PilotAction::UploadDocuments);
    if (!pilot) {
        return error_response(request, services, pilot.error());
    }
    auto upload = checked_upload(request, services);
    if (!upload) {
        return error_response(request, services, upload.error());
    }
    const auto& [info, bytes] = *upload;
    if (auto stored = services.store.add_pilot_document(pilot->id, info, bytes, request.visitor.member()->city_id);
        !stored) {
        return error_response(request, services, stored.error());
    }
    audit(request, services, "pilot_document_added", pilot->title + ": " + info.file_name);
    return redirect_to("/pilotprojekte/" + pilot->slug + "?gespeichert=1#dokumente");
}

Response download_pilot_document(const Request& request, Services& services, std::string_view slug,
                                 std::string_view document_id)
{
    auto pilot = pilot_for(services, request.visitor.member(), slug, PilotAction::ViewDocuments);
    if (!pilot) {
        return error_response(request, services, pilot.error());
    }
    auto file = services.store.pilot_document(pilot->id, document_id);
    if (!file) {
        return error_response(request, services, file.error());
    }
    if (!*file) {
        return error_response(request, services, Error{ErrorCode::NotFound, "error.attachment.not_found", {}, {}});
    }
    return attachment_download((*file)->first, std::move((*file)->second), false);
}

Response remove_pilot_document(const Request& request, Services& services, std::string_view slug,
                               std::string_view document_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto pilot = pilot_for(services, request.visitor.member(), slug, PilotAction::UploadDocuments);
    if (!pilot) {
        return error_response(request, services, pilot.error());
    }
    auto uploader = services.store.pilot_document_city(pilot->id, document_id);
    if (!uploader) {
        return error_response(request, services, uploader.error());
    }
    if (!*uploader) {
        return error_response(request, services, Error{ErrorCode::NotFound, "error.attachment.not_found", {}, {}});
    }
    if (!may_remove_pilot_document(request.visitor.member(), *pilot, **uploader)) {
        return error_response(request, services,
                              Error{ErrorCode::Forbidden, "pilot.error.document_of_another_city", {}, {}});
    }
    if (auto removed = services.store.remove_pilot_document(pilot->id, document_id); !removed) {
        return error_response(request, services, removed.error());
    }
    audit(request, services, "pilot_document_removed", pilot->title);
    return redirect_to("/pilotprojekte/" + pilot->slug + "#dokumente");
}

} // namespace rundum::web
