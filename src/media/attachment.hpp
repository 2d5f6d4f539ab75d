// SPDX-License-Identifier: EUPL-1.2
// Files attached to projects (reports, flyers, tables, photos): recognised by their content, never
// by the name or Content-Type a client claims, and offered for download under a safe name.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace rundum::media {

/// The most entries read from a ZIP's central directory; office files have a few dozen to a few
/// thousand, more is refused rather than walked.
inline constexpr std::size_t MAX_ZIP_ENTRIES = 20'000;
/// The most entries read from a compound file's (legacy Office) directory.
inline constexpr std::size_t MAX_CFB_DIRECTORY_ENTRIES = 20'000;
/// The longest file name offered for a download, in bytes.
inline constexpr std::size_t MAX_FILE_NAME_BYTES = 100;

/// What an attachment is, by its content.
struct AttachmentType {
    std::string content_type; ///< e.g. "application/pdf"
    std::string extension;    ///< without the dot, e.g. "pdf"

    /// Whether browsers may show it in the page rather than download it (PDF and images).
    bool is_inline_safe() const;
};

/// Recognises an uploaded attachment by its bytes: PDF (`%PDF-`), PNG, JPEG, GIF, WebP; Word,
/// Excel and PowerPoint files (DOCX/XLSX/PPTX by the one main content type their
/// `[Content_Types].xml` declares); OpenDocument text, spreadsheets and presentations (a stored
/// first entry `mimetype` naming the type); legacy DOC/XLS/PPT (a compound file whose root holds
/// a WordDocument, Workbook or Book, or PowerPoint Document stream). ZIP files are read by libzip
/// and their XML by libxml2 (media/office_zip.hpp). Refused as `error.attachment.type`: anything
/// else, a plain, damaged or inconsistent ZIP, macros found by what the file declares — VBA,
/// macro-enabled or ActiveX content types and relationships under any part name, remote
/// templates and objects, OpenDocument Basic and scripts, event listeners and macro links; a
/// Macros, _VBA_PROJECT_CUR or VBA storage anywhere in a compound file —, several of the types in
/// one file, more than MAX_ZIP_ENTRIES or MAX_CFB_DIRECTORY_ENTRIES entries.
/// Errors (all ErrorCode::Invalid; the detail says why): `error.attachment.empty`,
/// `error.attachment.too_large` (args: `max_bytes` in megabytes, e.g. "10" or "0,5"),
/// `error.attachment.type`.
Result<AttachmentType> identify_attachment(std::string_view bytes, std::size_t max_bytes);

/// The name a download is offered under, from the name the client uploaded: only the part after
/// the last `/` or `\`; control characters (C0, DEL, C1, bidirectional overrides), `"`, `\` and
/// the characters Windows forbids (`< > : | ? *`) dropped; invalid UTF-8 dropped; runs of white
/// space made one blank; blanks and dots trimmed at the ends (no hidden files); the extension
/// replaced by `extension` (added when missing); at most MAX_FILE_NAME_BYTES bytes, cut between
/// characters; "anhang" when nothing is left of the name.
std::string safe_file_name(std::string_view client_name, std::string_view extension);

/// A Content-Disposition header value (RFC 6266): `attachment` or, when `inline_display`,
/// `inline`; an ASCII `filename` for old clients (umlauts spelt out as ae, oe, ue, ss, other
/// non-ASCII characters as `_`) and the exact `filename*=UTF-8''...` (RFC 8187, percent-encoded).
/// Expects a name from safe_file_name(); anything unsafe in another is dropped or encoded.
std::string content_disposition(std::string_view file_name, bool inline_display);

} // namespace rundum::media
