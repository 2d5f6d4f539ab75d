// Attachment handlers. The type is decided from the bytes (media/attachment.hpp), never from
// the name or the browser's claim; files live in the database, apart from anything served
// as a static file, and go out only through download_attachment.
#include "web/projects/project_attachment_pages.hpp"

#include "web/http/attachment_upload.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"

namespace rundum::web {

Response upload_attachment(const Request& request, Services& services, std::string_view project_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), project_id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    auto upload = checked_upload(request, services);
    if (!upload) {
        return error_response(request, services, upload.error());
    }
    const auto& [info, bytes] = *upload;
    if (auto stored = services.store.add_attachment(found->project.id, info, bytes); !stored) {
        return error_response(request, services, stored.error());
    }
    audit(request, services, "attachment_added", found->project.title + ": " + info.file_name);
    return redirect_to("/praxisbeispiele/" + found->project.id + "?gespeichert=1");
}

Response download_attachment(const Request& request, Services& services, std::string_view project_id,
                             std::string_view attachment_id)
{
    auto found = visible_project(services, request.visitor.member(), project_id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    auto file = services.store.attachment(found->project.id, attachment_id);
    if (!file) {
        return error_response(request, services, file.error());
    }
    if (!*file) {
        return error_response(request, services, Error{ErrorCode::NotFound, "error.attachment.not_found", {}, {}});
    }
    return attachment_download((*file)->first, std::move((*file)->second),
                               found->project.visibility == ProjectVisibility::Public);
}

Response remove_attachment(const Request& request, Services& services, std::string_view project_id,
                           std::string_view attachment_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), project_id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    if (auto removed = services.store.remove_attachment(found->project.id, attachment_id); !removed) {
        return error_response(request, services, removed.error());
    }
    audit(request, services, "attachment_removed", found->project.title);
    return redirect_to("/praxisbeispiele/" + found->project.id + "/bearbeiten");
}

} // namespace rundum::web
