// SPDX-License-Identifier: EUPL-1.2
// Sessions as random tokens, stored hashed, in a cookie that lives as long as the session.
#include "web/accounts/session_cookie.hpp"

#include "auth/tokens.hpp"
#include "web/http/clock.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/http/visitor.hpp"

namespace rundum::web {

Result<Response> start_session(Services& services, const User& user, const std::string& location)
{
    const std::string token = auth::random_token();
    const auto expires = std::chrono::system_clock::now() + services.config.session_lifetime;
    RUNDUM_TRY(services.store.add_session(auth::token_hash(token), user.id, iso_utc(expires)));
    Response response = redirect_to(location);
    response.with_header("Set-Cookie", set_cookie(cookie_name(SESSION_COOKIE, services.config.secure_cookies), token,
                                                  static_cast<long>(services.config.session_lifetime.count()),
                                                  services.config.secure_cookies));
    return response;
}

Response end_session_cookie(Response response, const Services& services)
{
    response.with_header("Set-Cookie", set_cookie(cookie_name(SESSION_COOKIE, services.config.secure_cookies), "", 0,
                                                  services.config.secure_cookies));
    return response;
}

} // namespace rundum::web
