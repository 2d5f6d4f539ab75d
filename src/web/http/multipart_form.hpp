// SPDX-License-Identifier: EUPL-1.2
// Reading a plain field of a multipart/form-data body (the CSRF token of an upload form).
#pragma once

#include <string>
#include <string_view>

#include "web/http/http_types.hpp"

namespace rundum::web {

/// The value of a field of a multipart form body ("" when absent or malformed; file parts are
/// not fields).
std::string multipart_field(const Request& request, std::string_view name);

} // namespace rundum::web
