// SPDX-License-Identifier: EUPL-1.2
// The stylesheet and icons, compiled into the binary and served from /static/.
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /static/{name}: an embedded asset with a long cache lifetime, or 404.
Response static_file(const Request& request, Services& services, std::string_view name);

} // namespace rundum::web
