// SPDX-License-Identifier: EUPL-1.2
// The strict UTF-8 decoder (RFC 3629, table 3-7 of the Unicode standard).
#include "core/utf8.hpp"

namespace rundum {

Utf8Char decode_utf8(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(text[at + i]));
    };
    const std::uint32_t lead = byte(0);
    if (lead < 0x80U) {
        return {1, lead};
    }
    std::size_t length = 0;
    std::uint32_t low = 0x80U;  // the allowed range of the second byte excludes overlong forms,
    std::uint32_t high = 0xBFU; // surrogates and code points past U+10FFFF
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3;
        low = lead == 0xE0U ? 0xA0U : 0x80U;
        high = lead == 0xEDU ? 0x9FU : 0xBFU;
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4;
        low = lead == 0xF0U ? 0x90U : 0x80U;
        high = lead == 0xF4U ? 0x8FU : 0xBFU;
    } else {
        return {};
    }
    if (text.size() - at < length || byte(1) < low || byte(1) > high) {
        return {};
    }
    std::uint32_t code_point = lead & (0xFFU >> (length + 1));
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0U) != 0x80U) {
            return {};
        }
        code_point = code_point << 6 | (byte(i) & 0x3FU);
    }
    return {length, code_point};
}

std::size_t character_count(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) { // not a continuation byte
            ++count;
        }
    }
    return count;
}

} // namespace rundum
