// SPDX-License-Identifier: EUPL-1.2
// Personal API tokens on the account page: created (shown once) and revoked by their owner.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> create_api_token(const Request& request, Services& services);                      ///< POST /konto/api-token
Result<Response> revoke_api_token(const Request& request, Services& services, std::string_view id); ///< POST /konto/api-token/{id}/widerrufen

} // namespace rundum::web
