// SPDX-License-Identifier: EUPL-1.2
// What each city of a pilot project does itself: its own entry (local project and note) and
// the pilot's documents, which members only see.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> partner_entry_page(const Request& request, Services& services, std::string_view slug,
                                    std::string_view city_slug); ///< GET /pilotprojekte/{slug}/partner/{city}
Result<Response> save_partner_entry(const Request& request, Services& services, std::string_view slug,
                                    std::string_view city_slug); ///< POST /pilotprojekte/{slug}/partner/{city}
Result<Response> upload_pilot_document(const Request& request, Services& services,
                                       std::string_view slug); ///< POST /pilotprojekte/{slug}/dokumente
Result<Response> download_pilot_document(const Request& request, Services& services, std::string_view slug,
                                         std::string_view document_id); ///< GET /pilotprojekte/{slug}/dokumente/{id}
Result<Response> remove_pilot_document(const Request& request, Services& services, std::string_view slug,
                                       std::string_view document_id); ///< POST /pilotprojekte/{slug}/dokumente/{id}/entfernen

} // namespace rundum::web
