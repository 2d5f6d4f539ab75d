// SPDX-License-Identifier: EUPL-1.2
// A city's own entry in a pilot and the pilot's documents. Documents are handled like project
// attachments (recognised by content, images re-encoded, offered under a safe name) and never
// reach the public, not even of a public pilot.
#include "web/pilots/pilot_partner_pages.hpp"

#include "core/pilot_rules.hpp"
#include "core/text.hpp"
#include "web/http/attachment_upload.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/pilots/pilot_access.hpp"
#include "web/pilots/pilot_view.hpp"

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

Result<Response> form_page(const Request& request, Services& services, const PilotProject& pilot, const City& city,
                           const PilotPartner& typed, const FormRefusal& refusal = {})
{
    RUNDUM_TRY_ASSIGN(projects, projects_of(services, city));
    return pilot_form_page(request, services, "pilot_partner", partner_form_view(pilot, city, typed, projects),
                           "pilot.partner.title", refusal);
}

} // namespace

Result<Response> partner_entry_page(const Request& request, Services& services, std::string_view slug,
                                    std::string_view city_slug)
{
    RUNDUM_TRY_ASSIGN(entry, entry_for(services, request.visitor.member(), slug, city_slug));
    const auto& [pilot, city] = entry;
    return form_page(request, services, pilot, city, *partner_of(pilot, city.id));
}

Result<Response> save_partner_entry(const Request& request, Services& services, std::string_view slug,
                                    std::string_view city_slug)
{
    RUNDUM_TRY_ASSIGN(entry, entry_for(services, request.visitor.member(), slug, city_slug));
    const auto& [pilot, city] = entry;
    const Form form = Form::parse(request.body);
    if (!form.has("local_project") || !form.has("note")) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    PilotPartner typed = *partner_of(pilot, city.id);
    typed.local_project_id = form.value("local_project");
    typed.note = std::string(trim_blanks(form.value("note")));
    RUNDUM_TRY_ASSIGN(owners, project_cities(services));
    if (auto valid = validate_partner_entry(typed, owners); !valid) {
        return form_page(request, services, pilot, city, typed,
                         refusal_at(partner_field_of(valid.error()), valid.error(), services.catalogue));
    }
    RUNDUM_TRY(services.store.save_pilot_partner(pilot.id, typed));
    audit(request, services, "pilot_entry_edited", pilot.title + ": " + city.name);
    return redirect_to("/pilotprojekte/" + pilot.slug + "?gespeichert=1");
}

Result<Response> upload_pilot_document(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, request.visitor.member(), slug, PilotAction::UploadDocuments));
    RUNDUM_TRY_ASSIGN(upload, checked_upload(request, services));
    const auto& [info, bytes] = upload;
    RUNDUM_TRY(services.store.add_pilot_document(pilot.id, info, bytes, request.visitor.member()->city_id));
    audit(request, services, "pilot_document_added", pilot.title + ": " + info.file_name);
    return redirect_to("/pilotprojekte/" + pilot.slug + "?gespeichert=1#dokumente");
}

Result<Response> download_pilot_document(const Request& request, Services& services, std::string_view slug,
                                         std::string_view document_id)
{
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, request.visitor.member(), slug, PilotAction::ViewDocuments));
    RUNDUM_TRY_ASSIGN(file, services.store.pilot_document(pilot.id, document_id));
    if (!file) {
        return fail(ErrorCode::NotFound, "error.attachment.not_found");
    }
    return attachment_download(file->first, std::move(file->second), false);
}

Result<Response> remove_pilot_document(const Request& request, Services& services, std::string_view slug,
                                       std::string_view document_id)
{
    RUNDUM_TRY_ASSIGN(pilot, pilot_for(services, request.visitor.member(), slug, PilotAction::UploadDocuments));
    RUNDUM_TRY_ASSIGN(uploader, services.store.pilot_document_city(pilot.id, document_id));
    if (!uploader) {
        return fail(ErrorCode::NotFound, "error.attachment.not_found");
    }
    if (!may_remove_pilot_document(request.visitor.member(), pilot, *uploader)) {
        return fail(ErrorCode::Forbidden, "pilot.error.document_of_another_city");
    }
    RUNDUM_TRY(services.store.remove_pilot_document(pilot.id, document_id));
    audit(request, services, "pilot_document_removed", pilot.title);
    return redirect_to("/pilotprojekte/" + pilot.slug + "#dokumente");
}

} // namespace rundum::web
