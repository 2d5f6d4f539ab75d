// SPDX-License-Identifier: EUPL-1.2
// The session cookie: set after signing in or choosing a password, cleared on signing out.
#pragma once

#include <string>

#include "core/result.hpp"
#include "core/user.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Starts a session for the member and sends the browser to `location`: the browser gets the
/// token, the database its hash.
Result<Response> start_session(Services& services, const User& user, const std::string& location);

/// `response` with the session cookie cleared.
Response end_session_cookie(Response response, const Services& services);

} // namespace rundum::web
