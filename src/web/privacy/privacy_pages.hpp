// SPDX-License-Identifier: EUPL-1.2
// The privacy notice, the admins' form for its operator part, and a member's own data (DSGVO Art. 15) as a page and as JSON.
#pragma once

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> privacy_notice_page(const Request& request, Services& services); ///< GET /datenschutz (public)
Result<Response> privacy_edit_page(const Request& request, Services& services);   ///< GET /verwaltung/datenschutz
Result<Response> save_privacy_notice(const Request& request, Services& services); ///< POST /verwaltung/datenschutz
Result<Response> personal_data_page(const Request& request, Services& services);  ///< GET /konto/meine-daten
Result<Response> personal_data_json(const Request& request, Services& services);  ///< GET /konto/daten.json

} // namespace rundum::web
