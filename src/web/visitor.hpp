// Who is asking: a signed-in member or the public, and the form token of their browser.
#pragma once

#include <optional>
#include <string>

#include "core/user.hpp"

namespace rundum::web {

/// The name of the session cookie (a random token; the database keeps only its hash).
inline constexpr const char* SESSION_COOKIE = "rundum_session";
/// The name of the cookie that forms repeat in a hidden field (CSRF double submit).
inline constexpr const char* CSRF_COOKIE = "rundum_csrf";
/// The hidden form field that carries the CSRF token.
inline constexpr const char* CSRF_FIELD = "csrf";

/// The visitor of one request.
struct Visitor {
    std::optional<User> user;       ///< signed in, or nullopt for the public
    std::string session_token_hash; ///< of the session cookie, when signed in
    std::string csrf_token;         ///< the browser's form token (new if it had none)
    bool csrf_is_new{false};        ///< the response must set the CSRF cookie
    bool by_api_token{false};       ///< identified by a personal API token, not a session
    bool bad_api_token{false};      ///< sent an API token that is unknown or revoked
    int unread_notifications{0};    ///< the member's unread messages, for the navigation
    std::string client_address;

    bool is_signed_in() const { return user.has_value(); }
    const User* member() const { return user ? &*user : nullptr; }
};

} // namespace rundum::web
