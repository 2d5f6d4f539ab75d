// Files (images, attachments) are stored as base64 text, so one column type works in SQLite
// and PostgreSQL alike (no BLOB/BYTEA difference).
#pragma once

#include <string>

#include <sodium.h>

namespace rundum::store {

/// Bytes as base64 text: files kept in a TEXT column that both dialects store alike.
inline std::string to_base64(const std::string& bytes)
{
    std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                      bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1); // the terminating NUL
    return out;
}

/// The bytes of base64 text; empty for text that is no base64.
inline std::string from_base64(const std::string& text)
{
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                          text.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
        return {};
    }
    out.resize(length);
    return out;
}

} // namespace rundum::store
