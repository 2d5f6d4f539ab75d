// Files attached to Praxisbeispiele: upload (checked by content, size-limited), download
// with the right type and a Content-Disposition, removal.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "core/project.hpp"
#include "web/http_types.hpp"
#include "web/services.hpp"

namespace rundum::web {

/// The largest attachment accepted, in bytes.
inline constexpr std::size_t MAX_ATTACHMENT_BYTES = 6 * 1024 * 1024;

/// The file of an upload form (multipart, fields `file` and `title`), recognised by its content
/// (images re-encoded), with its description under a new random id ("a-…"). Errors as
/// media::identify_attachment, or `error.attachment.empty` when no file was sent.
Result<std::pair<AttachmentInfo, std::string>> read_uploaded_attachment(const Request& request);

/// A stored file as a download under its safe name (PDFs and images shown inline); kept in
/// shared caches only when `is_public`.
Response attachment_download(const AttachmentInfo& info, std::string bytes, bool is_public);

Response upload_attachment(const Request& request, Services& services, std::string_view project_id); ///< POST /praxisbeispiele/{id}/anhaenge
Response download_attachment(const Request& request, Services& services, std::string_view project_id,
                             std::string_view attachment_id); ///< GET /praxisbeispiele/{id}/anhaenge/{file}
Response remove_attachment(const Request& request, Services& services, std::string_view project_id,
                           std::string_view attachment_id); ///< POST /praxisbeispiele/{id}/anhaenge/{file}/entfernen

} // namespace rundum::web
