// SPDX-License-Identifier: EUPL-1.2
// Office Open XML and OpenDocument files recognised through libzip and libxml2: by the content
// types and relationships they declare, never by the names of their parts.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/result.hpp"
#include "media/attachment.hpp"

namespace rundum::media {

/// The most bytes one XML part ([Content_Types].xml, a .rels part, an ODF manifest, content or
/// styles) may unpack to; more is refused rather than read.
inline constexpr std::size_t MAX_XML_PART_BYTES = std::size_t{16} * 1024 * 1024;

/// Recognises a ZIP upload (see identify_attachment): DOCX, XLSX or PPTX by the one main
/// content type in `[Content_Types].xml`; ODT, ODS or ODP by the stored first entry `mimetype`.
/// Refused as `error.attachment.type`: a ZIP libzip finds inconsistent, encrypted entries,
/// entries whose names differ only in case, more than MAX_ZIP_ENTRIES entries, XML with a DTD;
/// Office files declaring a VBA project, macro-enabled or ActiveX content types, macro sheets or
/// VBA data, relationships of those kinds, or any relationship but a hyperlink whose external
/// target is not a local file (remote templates and OLE objects); OpenDocument files with Basic
/// or script parts (in the archive or its manifest), or event listeners or macro links in their
/// content or styles.
Result<AttachmentType> identify_office_zip(std::string_view bytes);

} // namespace rundum::media
