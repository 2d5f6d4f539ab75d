// SPDX-License-Identifier: EUPL-1.2
// Slides and documents of agenda items: the proposing city's members and admins upload and
// remove them; downloads follow the meeting's visibility (members only unless the item is public).
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// POST /tagesordnungspunkte/{item}/anhaenge (multipart: file, title)
Result<Response> upload_agenda_attachment(const Request& request, Services& services, std::string_view item_id);
/// GET /tagesordnungspunkte/{item}/anhaenge/{file}
Result<Response> download_agenda_attachment(const Request& request, Services& services, std::string_view item_id,
                                    std::string_view attachment_id);
/// POST /tagesordnungspunkte/{item}/anhaenge/{file}/entfernen
Result<Response> remove_agenda_attachment(const Request& request, Services& services, std::string_view item_id,
                                  std::string_view attachment_id);

} // namespace rundum::web
