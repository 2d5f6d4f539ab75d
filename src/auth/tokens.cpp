// SPDX-License-Identifier: EUPL-1.2
// Tokens from libsodium's CSPRNG, hashed with BLAKE2b (crypto_generichash).
#include "auth/tokens.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include <sodium.h>

#include "core/base64.hpp"

namespace rundum::auth {

namespace {

constexpr std::size_t TOKEN_BYTES = 32;
constexpr std::size_t TOKEN_HASH_BYTES = 32; // BLAKE2b-256

void ensure_sodium_initialised()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const bool initialised = sodium_init() >= 0;
    if (!initialised) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

} // namespace

std::string random_token()
{
    ensure_sodium_initialised();
    std::array<unsigned char, TOKEN_BYTES> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::string text = to_base64url(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
    sodium_memzero(bytes.data(), bytes.size());
    return text;
}

std::string token_hash(std::string_view token)
{
    return keyed_hash({}, token); // no key: BLAKE2b-256 as it is
}

std::string keyed_hash(std::string_view key, std::string_view text)
{
    ensure_sodium_initialised();
    std::array<unsigned char, TOKEN_HASH_BYTES> digest{};
    crypto_generichash(digest.data(), digest.size(), reinterpret_cast<const unsigned char*>(text.data()),
                       text.size(), reinterpret_cast<const unsigned char*>(key.data()),
                       std::min(key.size(), std::size_t{crypto_generichash_KEYBYTES_MAX}));
    std::array<char, TOKEN_HASH_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return std::string(hex.data());
}

std::string session_form_token(std::string_view session_token)
{
    // A domain prefix: the form token is never the hash the database keeps of the session.
    std::string input = "rundum form token of session ";
    input += session_token;
    return token_hash(input);
}

bool constant_time_equal(std::string_view a, std::string_view b)
{
    if (a.size() != b.size()) {
        return false;
    }
    if (a.empty()) {
        return true;
    }
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

} // namespace rundum::auth
