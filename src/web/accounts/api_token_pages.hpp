// Personal API tokens on the account page: created (shown once) and revoked by their owner.
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Response create_api_token(const Request& request, Services& services);                        ///< POST /konto/api-token
Response revoke_api_token(const Request& request, Services& services, std::string_view id);   ///< POST /konto/api-token/{id}/widerrufen

} // namespace rundum::web
