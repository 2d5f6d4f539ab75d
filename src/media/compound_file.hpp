// SPDX-License-Identifier: EUPL-1.2
// Legacy Office files ([MS-CFB] compound files): which kind, and refused with macros.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "media/attachment.hpp"
#include "media/byte_reader.hpp"

namespace rundum::media {

/// The first bytes of every compound file.
inline constexpr std::string_view COMPOUND_FILE_SIGNATURE = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// The type of a compound file (Word or Excel 97-2003); Invalid for macros, a broken directory,
/// no single Office kind, or PowerPoint 97-2003 (whose macros cannot be checked).
Result<AttachmentType> identify_compound_file(const Bytes& data);

} // namespace rundum::media
