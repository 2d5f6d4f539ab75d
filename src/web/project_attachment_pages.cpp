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

Response upload_attachment(const Request& request, Services& services, std::string_view project_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    auto found = editable_project(services, request.visitor.member(), project_id);
    if (!found) {
        return error_response(request, services, found.error());
    }
    auto parts = media::parse_multipart(request.content_type, request.body);
    if (!parts) {
        return error_response(request, services, parts.error());
    }
    const media::FormPart* file = nullptr;
    std::string title;
    for (const media::FormPart& part : *parts) {
        if (part.name == "file") {
            file = &part;
        } else if (part.name == "title") {
            title = part.data.substr(0, 200);
        }
    }
    if (file == nullptr) {
        return error_response(request, services, Error{ErrorCode::Invalid, "error.attachment.empty", {}, {}});
    }
    auto type = media::identify_attachment(file->data, MAX_ATTACHMENT_BYTES);
    if (!type) {
        return error_response(request, services, type.error());
    }
    std::string bytes = file->data;
    if (type->content_type.starts_with("image/")) {
        // Images are re-encoded like a city's photo: no EXIF (GPS positions), no smuggled payload.
        auto image = media::reencode_image(bytes, media::ImageLimits{MAX_ATTACHMENT_BYTES, 2400});
        if (!image) {
            return error_response(request, services, image.error());
        }
        type->content_type = image->content_type;
        type->extension = image->content_type == "image/png" ? "png" : "jpg";
        bytes = std::move(image->bytes);
    }
    AttachmentInfo info{"a-" + auth::random_token().substr(0, 16), media::safe_file_name(file->filename, type->extension),
                        type->content_type, bytes.size(), title};
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
    const AttachmentInfo& info = (*file)->first;
    const bool shown_inline = info.content_type == "application/pdf" || info.content_type.starts_with("image/");
    Response response;
    response.content_type = info.content_type;
    response.body = std::move((*file)->second);
    response.with_header("Content-Disposition", media::content_disposition(info.file_name, shown_inline));
    // Members-only files must not stay in shared caches.
    response.with_header("Cache-Control", found->project.visibility == ProjectVisibility::Public
                                              ? "public, max-age=300"
                                              : "private, no-store");
    return response;
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
