// SPDX-License-Identifier: EUPL-1.2
// The rules a new password must meet before it is hashed and stored.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/result.hpp"

namespace rundum::auth {

/// Shortest password accepted, in characters (Unicode code points, not bytes).
inline constexpr std::size_t MINIMUM_PASSWORD_LENGTH = 12;
/// Longest password accepted, in code points: bounds the work argon2 is given.
inline constexpr std::size_t MAXIMUM_PASSWORD_LENGTH = 256;

/// Checks a new password (UTF-8) against the rules, in this order; each failure is
/// ErrorCode::Invalid:
/// - error.password.too_short {minimum}: fewer than 12 code points;
/// - error.password.too_long {maximum}: more than 256 code points;
/// - error.password.common: on the embedded list of common passwords, compared
///   case-insensitively, as typed and without the spaces and punctuation between words, also
///   with trailing digits, punctuation and spaces removed ("Passwort123!" is "passwort",
///   "Ich liebe dich!" is "ichliebedich"); or one character repeated;
/// - error.password.contains_email: contains the local part of `email` (at least 4
///   characters), ignoring case and the punctuation between words ("gabriele.schmitz");
/// - error.password.contains_name: contains the person's full `name` (at least 4 characters),
///   compared the same way ("Gabriele Schmitz").
/// Case-insensitivity covers ASCII and the Latin-1 letters (Ä, Ö, Ü, É, ...).
Result<void> check_new_password(std::string_view password, std::string_view email,
                                std::string_view name);

} // namespace rundum::auth
