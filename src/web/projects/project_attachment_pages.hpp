// SPDX-License-Identifier: EUPL-1.2
// Files attached to Praxisbeispiele: upload (checked by content, size-limited), download
// with the right type and a Content-Disposition, removal.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/attachment_upload.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> upload_attachment(const Request& request, Services& services, std::string_view project_id); ///< POST /praxisbeispiele/{id}/anhaenge
Result<Response> download_attachment(const Request& request, Services& services, std::string_view project_id,
                                     std::string_view attachment_id); ///< GET /praxisbeispiele/{id}/anhaenge/{file}
Result<Response> remove_attachment(const Request& request, Services& services, std::string_view project_id,
                                   std::string_view attachment_id); ///< POST /praxisbeispiele/{id}/anhaenge/{file}/entfernen

} // namespace rundum::web
