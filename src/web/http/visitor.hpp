// SPDX-License-Identifier: EUPL-1.2
// Who is asking: a signed-in member or the public, and the form token of their browser.
#pragma once

#include <optional>
#include <string>

#include "core/result.hpp"
#include "core/user.hpp"

namespace rundum::web {

/// The name of the session cookie (a random token; the database keeps only its hash).
inline constexpr const char* SESSION_COOKIE = "rundum_session";
/// Length of the form cookie's random token (auth::random_token).
inline constexpr std::size_t FORM_COOKIE_LENGTH = 43;
/// The name of the cookie that forms repeat in a hidden field (CSRF double submit).
inline constexpr const char* CSRF_COOKIE = "rundum_csrf";
/// The hidden form field that carries the CSRF token.
inline constexpr const char* CSRF_FIELD = "csrf";

/// A cookie's name as sent: with the "__Host-" prefix when cookies are Secure, so that no other
/// site (a sibling subdomain, a plain-HTTP page) can set it for us.
inline std::string cookie_name(const char* name, bool secure)
{
    return secure ? std::string("__Host-") + name : std::string(name);
}

/// The visitor of one request.
struct Visitor {
    std::optional<User> user;       ///< signed in, or nullopt for the public
    std::string session_token_hash; ///< of the session cookie, when signed in
    /// The token forms must carry: derived from the session when signed in, else the browser's
    /// random form cookie (new if it had none).
    std::string csrf_token;
    std::string csrf_cookie;        ///< the browser's form cookie (anonymous forms, sign-in)
    bool csrf_is_new{false};        ///< the response must set the CSRF cookie
    bool by_api_token{false};       ///< identified by a personal API token, not a session
    bool bad_api_token{false};      ///< sent an API token that is unknown or revoked
    bool store_unavailable{false};  ///< the token could not be checked: the database is away
    Error store_error;              ///< why, when store_unavailable
    int unread_notifications{0};    ///< the member's unread messages, for the navigation
    std::string client_address;

    bool is_signed_in() const { return user.has_value(); }
    const User* member() const { return user ? &*user : nullptr; }
};

} // namespace rundum::web
