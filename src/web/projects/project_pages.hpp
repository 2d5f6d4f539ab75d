// Praxisbeispiele: the page (which prints as a one-page dossier), the form to create and
// edit, versions with restore, deletion, and attached files.
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Response project_page(const Request& request, Services& services, std::string_view id);          ///< GET /praxisbeispiele/{id}
Response new_project_page(const Request& request, Services& services);                             ///< GET /praxisbeispiele/neu
Response create_project(const Request& request, Services& services);                               ///< POST /praxisbeispiele/neu
Response project_edit_page(const Request& request, Services& services, std::string_view id);     ///< GET /praxisbeispiele/{id}/bearbeiten
Response save_project(const Request& request, Services& services, std::string_view id);          ///< POST
Response project_versions_page(const Request& request, Services& services, std::string_view id); ///< GET /praxisbeispiele/{id}/versionen
Response restore_project_version(const Request& request, Services& services, std::string_view id); ///< POST
Response delete_project(const Request& request, Services& services, std::string_view id);        ///< POST /praxisbeispiele/{id}/loeschen

} // namespace rundum::web
