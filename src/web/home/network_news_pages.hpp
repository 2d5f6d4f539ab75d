// SPDX-License-Identifier: EUPL-1.2
// "Neu seit dem letzten Treffen": members see what the network did since its last meeting.
#pragma once

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Where the overview lives.
inline constexpr std::string_view NETWORK_NEWS_PATH = "/neu-seit-dem-letzten-treffen";

/// GET /neu-seit-dem-letzten-treffen (members only).
Result<Response> network_news_page(const Request& request, Services& services);

} // namespace rundum::web
