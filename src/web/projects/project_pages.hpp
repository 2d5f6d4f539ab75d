// SPDX-License-Identifier: EUPL-1.2
// Praxisbeispiele to read: the page (which prints as a one-page dossier) and the versions with
// their changes and the contact's consent records.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> project_page(const Request& request, Services& services, std::string_view id);          ///< GET /praxisbeispiele/{id}
Result<Response> project_versions_page(const Request& request, Services& services, std::string_view id); ///< GET /praxisbeispiele/{id}/versionen

} // namespace rundum::web
