// SPDX-License-Identifier: EUPL-1.2
// Escapes text for HTML element content and attribute values.
#pragma once

#include <string>
#include <string_view>

namespace rundum::search {

/// Appends `text` with & < > " ' written as character references.
void append_html_escaped(std::string& out, std::string_view text);

/// `text` escaped (see append_html_escaped).
std::string html_escape(std::string_view text);

} // namespace rundum::search
