// The safe handling every uploaded file gets, wherever it is attached (Praxisbeispiele, agenda
// items): the type decided from the bytes, images re-encoded, a clean download name; and the
// download answer with its type, disposition and cache rule.
#pragma once

#include <string>
#include <utility>

#include "core/project.hpp"
#include "core/result.hpp"
#include "web/http_types.hpp"

namespace rundum::web {

/// The largest attachment accepted, in bytes.
inline constexpr std::size_t MAX_ATTACHMENT_BYTES = 6 * 1024 * 1024;

/// The file of a multipart upload (fields `file` and `title`), checked by its content: its
/// description (with a new id) and its bytes (images re-encoded, so no metadata or payload
/// survives). Invalid for a missing, unknown or too large file.
Result<std::pair<AttachmentInfo, std::string>> checked_upload(const Request& request);

/// The answer to a download: the stored type, inline for PDFs and images, kept by shared
/// caches only when `is_public`.
Response attachment_download(const AttachmentInfo& info, std::string bytes, bool is_public);

} // namespace rundum::web
