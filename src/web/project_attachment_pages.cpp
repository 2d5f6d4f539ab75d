// Attachment handlers. The type is decided from the bytes (media/attachment.hpp), never from
// the name or the browser's claim; files live in the database, apart from anything served
// as a static file, and go out only through download_attachment.
#include "web/project_attachment_pages.hpp"

#include "auth/tokens.hpp"
#include "media/attachment.hpp"
#include "media/image.hpp"
#include "media/multipart.hpp"
#include "web/error_pages.hpp"
#include "web/page_helpers.hpp"
#include "web/project_access.hpp"

namespace rundum::web {

Result<std::pair<AttachmentInfo, std::string>> read_uploaded_attachment(const Request& request)
{
    RUNDUM_TRY_ASSIGN(parts, media::parse_multipart(request.content_type, request.body));
    const media::FormPart* file = nullptr;
    std::string title;
    for (const media::FormPart& part : parts) {
        if (part.name == "file") {
            file = &part;
        } else if (part.name == "title") {
            title = part.data.substr(0, 200);
        }
    }
    if (file == nullptr) {
        return fail(ErrorCode::Invalid, "error.attachment.empty");
    }
    RUNDUM_TRY_ASSIGN(type, media::identify_attachment(file->data, MAX_ATTACHMENT_BYTES));
    std::string bytes = file->data;
    if (type.content_type.starts_with("image/")) {
        // Images are re-encoded like a city's photo: no EXIF (GPS positions), no smuggled payload.
        RUNDUM_TRY_ASSIGN(image, media::reencode_image(bytes, media::ImageLimits{MAX_ATTACHMENT_BYTES, 2400}));
        type.content_type = image.content_type;
        type.extension = image.content_type == "image/png" ? "png" : "jpg";
        bytes = std::move(image.bytes);
    }
    AttachmentInfo info{"a-" + auth::random_token().substr(0, 16), media::safe_file_name(file->filename, type.extension),
                        type.content_type, bytes.size(), title};
    return std::pair<AttachmentInfo, std::string>(std::move(info), std::move(bytes));
}

Response attachment_download(const AttachmentInfo& info, std::string bytes, bool is_public)
{
    const bool shown_inline = info.content_type == "application/pdf" || info.content_type.starts_with("image/");
    Response response;
    response.content_type = info.content_type;
    response.body = std::move(bytes);
    response.with_header("Content-Disposition", media::content_disposition(info.file_name, shown_inline));
    // Members-only files must not stay in shared caches.
    response.with_header("Cache-Control", is_public ? "public, max-age=300" : "private, no-store");
    return response;
}

Response upload_attachment(const Request& request, Services& services, std::string_view project_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), project_id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    auto upload = read_uploaded_attachment(request);
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
