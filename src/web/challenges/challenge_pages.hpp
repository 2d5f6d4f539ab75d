// SPDX-License-Identifier: EUPL-1.2
// Shared challenges: the list, a challenge's page, and the admin's forms to create, change and
// delete them. The cities' approaches are in challenge_approach_pages.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /herausforderungen: the challenges in their order, with how many cities work on each.
Result<Response> challenge_list_page(const Request& request, Services& services);
/// GET /herausforderungen/{slug}: description, approaches, projects, questions, meetings.
Result<Response> challenge_page(const Request& request, Services& services, std::string_view slug);
/// GET /herausforderungen/neu
Result<Response> new_challenge_page(const Request& request, Services& services);
/// POST /herausforderungen/neu
Result<Response> create_challenge(const Request& request, Services& services);
/// GET /herausforderungen/{slug}/bearbeiten
Result<Response> challenge_edit_page(const Request& request, Services& services, std::string_view slug);
/// POST /herausforderungen/{slug}/bearbeiten
Result<Response> save_challenge(const Request& request, Services& services, std::string_view slug);
/// POST /herausforderungen/{slug}/loeschen (with the confirmation tick)
Result<Response> delete_challenge(const Request& request, Services& services, std::string_view slug);

} // namespace rundum::web
