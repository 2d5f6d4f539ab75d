// SPDX-License-Identifier: EUPL-1.2
// Praxisbeispiele to write: the form to create and edit, restoring a version, deletion.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> new_project_page(const Request& request, Services& services);                               ///< GET /praxisbeispiele/neu
Result<Response> create_project(const Request& request, Services& services);                                 ///< POST /praxisbeispiele/neu
Result<Response> project_edit_page(const Request& request, Services& services, std::string_view id);       ///< GET /praxisbeispiele/{id}/bearbeiten
Result<Response> save_project(const Request& request, Services& services, std::string_view id);            ///< POST
Result<Response> restore_project_version(const Request& request, Services& services, std::string_view id); ///< POST /praxisbeispiele/{id}/versionen
Result<Response> delete_project(const Request& request, Services& services, std::string_view id);          ///< POST /praxisbeispiele/{id}/loeschen

} // namespace rundum::web
