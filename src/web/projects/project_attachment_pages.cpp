// SPDX-License-Identifier: EUPL-1.2
// Attachment handlers. The type is decided from the bytes (media/attachment.hpp), never from
// the name or the browser's claim; files live in the database, apart from anything served
// as a static file, and go out only through download_attachment.
#include "web/projects/project_attachment_pages.hpp"

#include "web/http/attachment_upload.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"

namespace rundum::web {

Result<Response> upload_attachment(const Request& request, Services& services, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(found, editable_project(services, request.visitor.member(), project_id));
    RUNDUM_TRY_ASSIGN(upload, checked_upload(request, services));
    const auto& [info, bytes] = upload;
    RUNDUM_TRY(services.store.add_attachment(found.project.id, info, bytes));
    audit(request, services, "attachment_added", found.project.title + ": " + info.file_name);
    return redirect_to("/praxisbeispiele/" + found.project.id + "?gespeichert=1");
}

Result<Response> download_attachment(const Request& request, Services& services, std::string_view project_id,
                                     std::string_view attachment_id)
{
    RUNDUM_TRY_ASSIGN(found, visible_project(services, request.visitor.member(), project_id));
    RUNDUM_TRY_ASSIGN(file, services.store.attachment(found.project.id, attachment_id));
    if (!file) {
        return fail(ErrorCode::NotFound, "error.attachment.not_found");
    }
    return attachment_download(file->first, std::move(file->second),
                               found.project.visibility == ProjectVisibility::Public);
}

Result<Response> remove_attachment(const Request& request, Services& services, std::string_view project_id,
                                   std::string_view attachment_id)
{
    RUNDUM_TRY_ASSIGN(found, editable_project(services, request.visitor.member(), project_id));
    RUNDUM_TRY(services.store.remove_attachment(found.project.id, attachment_id));
    audit(request, services, "attachment_removed", found.project.title);
    return redirect_to("/praxisbeispiele/" + found.project.id + "/bearbeiten");
}

} // namespace rundum::web
