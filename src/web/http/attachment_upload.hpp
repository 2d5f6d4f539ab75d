// SPDX-License-Identifier: EUPL-1.2
// The safe handling every uploaded file gets, wherever it is attached (Praxisbeispiele, agenda
// items): the type decided from the bytes, images re-encoded, a clean download name; and the
// download answer with its type, disposition and cache rule.
#pragma once

#include <string>
#include <utility>

#include "core/project.hpp"
#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// The largest attachment accepted, in bytes.
inline constexpr std::size_t MAX_ATTACHMENT_BYTES = 6 * 1024 * 1024;
/// The most uploads (attachments, documents, slides, city images) one member makes in an hour.
inline constexpr std::size_t MAX_UPLOADS_PER_HOUR = 60;

/// Counts an upload of the signed-in member, in the store so that every instance agrees;
/// Throttled (`error.upload.too_many`, 429) once they made MAX_UPLOADS_PER_HOUR in the last hour
/// (by the test clock when the server has one). Call it before reading the upload.
Result<void> count_upload(const Request& request, Services& services);

/// The file of a multipart upload (fields `file` and `title`), counted by count_upload and
/// checked by its content: its description (with a new id) and its bytes (images re-encoded, so
/// no metadata or payload survives). Invalid for a missing, unknown or too large file.
Result<std::pair<AttachmentInfo, std::string>> checked_upload(const Request& request, Services& services);

/// The answer to a download: the stored type, inline for PDFs and images, kept by shared
/// caches only when `is_public`.
Response attachment_download(const AttachmentInfo& info, std::string bytes, bool is_public);

} // namespace rundum::web
