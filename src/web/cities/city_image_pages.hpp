// SPDX-License-Identifier: EUPL-1.2
// A city's logo or photo: upload (checked by content and re-encoded), serving, removal.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> city_image(const Request& request, Services& services, std::string_view slug);         ///< GET /staedte/{slug}/bild
Result<Response> upload_city_image(const Request& request, Services& services, std::string_view slug);  ///< POST (multipart)
Result<Response> remove_city_image(const Request& request, Services& services, std::string_view slug);  ///< POST /staedte/{slug}/bild/entfernen

} // namespace rundum::web
