// SPDX-License-Identifier: EUPL-1.2
// Uploads are recognised by content (media/attachment.hpp), never by name or the browser's
// claim; files live in the database and go out only through attachment_download.
#include "web/http/attachment_upload.hpp"

#include "auth/tokens.hpp"
#include "core/text_input.hpp"
#include "media/attachment.hpp"
#include "media/image.hpp"
#include "media/multipart.hpp"
#include "web/http/clock.hpp"

namespace rundum::web {

Result<void> count_upload(const Request& request, Services& services)
{
    const User* member = request.visitor.member();
    if (member == nullptr) {
        return fail(ErrorCode::Unauthorised, "error.account.sign_in_needed");
    }
    const std::int64_t now = services.config.test_clock_file.empty()
                                 ? now_unix()
                                 : std::chrono::duration_cast<std::chrono::seconds>(
                                       FileClock(services.config.test_clock_file).now().time_since_epoch())
                                       .count();
    constexpr std::int64_t HOUR = 3600;
    RUNDUM_TRY_ASSIGN(counted, services.store.claim_upload(member->id, now, now - HOUR + 1, MAX_UPLOADS_PER_HOUR));
    if (!counted) {
        return fail(ErrorCode::Throttled, "error.upload.too_many", {std::to_string(MAX_UPLOADS_PER_HOUR)},
                    "member " + member->id + " reached the hourly upload limit");
    }
    return {};
}

Result<std::pair<AttachmentInfo, std::string>> checked_upload(const Request& request, Services& services)
{
    RUNDUM_TRY(count_upload(request, services));
    RUNDUM_TRY_ASSIGN(parts, media::parse_multipart(request.content_type, request.body));
    const media::FormPart* file = nullptr;
    std::string title;
    for (const media::FormPart& part : parts) {
        if (part.name == "file") {
            file = &part;
        } else if (part.name == "title") {
            RUNDUM_TRY(check_line("title", part.data, 200));
            title = part.data;
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

} // namespace rundum::web
