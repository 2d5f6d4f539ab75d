// SPDX-License-Identifier: EUPL-1.2
// Base64 in one place, on libsodium: files kept as text in the store, MIME parts and encoded
// words, and random tokens in URLs.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rundum {

/// `bytes` in standard base64 (RFC 4648 section 4: "+/", padded with "="), on one line.
std::string to_base64(std::string_view bytes);

/// The bytes of standard, padded base64 text; nullopt for text that is no such base64 (line
/// breaks and other white space included).
std::optional<std::string> from_base64(std::string_view text);

/// `bytes` in URL-safe base64 without padding (RFC 4648 section 5: "-_"), for links and cookies.
std::string to_base64url(std::string_view bytes);

} // namespace rundum
