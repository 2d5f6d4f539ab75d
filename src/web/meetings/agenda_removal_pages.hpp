// SPDX-License-Identifier: EUPL-1.2
// Taking an item off a meeting: the proposing city withdraws its proposal before the admins
// decide; admins remove any item. Its slides go with it.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// POST /tagesordnungspunkte/{item}/loeschen (confirm=ja)
Result<Response> remove_agenda_item(const Request& request, Services& services, std::string_view item_id);

} // namespace rundum::web
