// SPDX-License-Identifier: EUPL-1.2
// What may stand in a response header: the server refuses to send a header that would split
// the response (CR, LF) or that a client could read as something else (NUL, other controls).
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"

namespace rundum::web {

/// A field name: one or more token characters (RFC 9110 5.1).
bool is_header_name(std::string_view name);

/// A field value: visible characters, spaces, tabs and bytes from 0x80 on; no CR, LF, NUL or
/// other control characters (RFC 9110 5.5).
bool is_header_value(std::string_view value);

/// `response` if every header (and the content type) may be sent; otherwise a plain 500, and
/// the log names the header (never its value: an attacker chose it).
Response with_safe_headers(Response response);

} // namespace rundum::web
