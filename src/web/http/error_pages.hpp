// SPDX-License-Identifier: EUPL-1.2
// Error answers: one table from error codes to HTTP statuses, a German HTML page or JSON.
#pragma once

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// The HTTP status for an error code.
int http_status(ErrorCode code);

/// An error as the client wants it: JSON under /api/, an HTML page elsewhere. The status follows
/// the error's code unless `status` names another (405, 501), which the page's heading follows too.
Response error_response(const Request& request, Services& services, const Error& error, int status = 0);

/// The 404 answer for a path that names nothing.
Response not_found(const Request& request, Services& services);

} // namespace rundum::web
