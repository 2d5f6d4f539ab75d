// SPDX-License-Identifier: EUPL-1.2
// Base64 through libsodium's constant-time codec (no sodium_init needed for these functions).
#include "core/base64.hpp"

#include <sodium.h>

namespace rundum {

namespace {

std::string encoded(std::string_view bytes, int variant)
{
    std::string out(sodium_base64_encoded_len(bytes.size(), variant), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      variant);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

} // namespace

std::string to_base64(std::string_view bytes)
{
    return encoded(bytes, sodium_base64_VARIANT_ORIGINAL);
}

std::string to_base64url(std::string_view bytes)
{
    return encoded(bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
}

std::optional<std::string> from_base64(std::string_view text)
{
    std::string out(text.size() / 4 * 3 + 3, '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
        return std::nullopt;
    }
    out.resize(length);
    return out;
}

} // namespace rundum
