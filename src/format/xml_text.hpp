// SPDX-License-Identifier: EUPL-1.2
// Text made safe for XML documents (Atom feeds, SVG pictures).
#pragma once

#include <string>
#include <string_view>

namespace rundum::format {

/// Text made safe for XML character data and attribute values: & < > " ' escaped, characters
/// XML 1.0 does not allow (most C0 controls, U+FFFE, U+FFFF) and the discouraged DEL and C1
/// controls dropped, CR LF and lone CR turned into LF, invalid UTF-8 bytes turned into U+FFFD.
std::string xml_escaped(std::string_view text);

} // namespace rundum::format
