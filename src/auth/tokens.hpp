// SPDX-License-Identifier: EUPL-1.2
// Random tokens for sessions, sign-in links and password resets, and how they are stored.
#pragma once

#include <string>
#include <string_view>

namespace rundum::auth {

/// 32 random bytes, base64url without padding: 43 characters of A–Z a–z 0–9 - _, safe in URLs
/// and cookies. Throws std::runtime_error only if libsodium cannot start.
std::string random_token();

/// What the database stores instead of a token: 64 lowercase hex digits of its BLAKE2b-256
/// hash. Tokens are random and long, so a fast hash suffices; a stolen table yields no token.
std::string token_hash(std::string_view token);

/// The form token (CSRF) of a session: derived from the session's secret token, so only its
/// holder can know it, and a form token planted in a cookie is worth nothing. 64 hex digits.
std::string session_form_token(std::string_view session_token);

/// A keyed BLAKE2b-256 hash of `text` (64 hex digits): what cannot be tested against guesses
/// without `key`. The key is used as given, up to 64 bytes.
std::string keyed_hash(std::string_view key, std::string_view text);

/// Compares without leaking where the inputs differ; inputs of different lengths are unequal.
bool constant_time_equal(std::string_view a, std::string_view b);

} // namespace rundum::auth
