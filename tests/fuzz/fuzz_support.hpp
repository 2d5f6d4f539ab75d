// SPDX-License-Identifier: EUPL-1.2
// What the fuzz targets share: the input as text, invariant checks that stop the run, and a UTF-8
// check of their own (not rundum's decoder, which is among the code under test).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace rundum::fuzz {

inline std::string_view text_of(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

/// Stops the run like a crash, so libFuzzer saves the input that broke the invariant.
[[noreturn]] inline void invariant_broken(const char* what, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant broken: %s\n", file, line, what);
    std::abort();
}

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            ::rundum::fuzz::invariant_broken(#condition, __FILE__, __LINE__);                      \
        }                                                                                          \
    } while (false)

/// Well-formed UTF-8 per RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF.
inline bool is_valid_utf8(std::string_view text)
{
    std::size_t at = 0;
    while (at < text.size()) {
        const auto byte = static_cast<unsigned char>(text[at]);
        std::size_t length = 0;
        std::uint32_t code_point = 0;
        if (byte < 0x80) {
            ++at;
            continue;
        }
        if (byte >= 0xC2 && byte <= 0xDF) {
            length = 2;
            code_point = byte & 0x1FU;
        } else if (byte >= 0xE0 && byte <= 0xEF) {
            length = 3;
            code_point = byte & 0x0FU;
        } else if (byte >= 0xF0 && byte <= 0xF4) {
            length = 4;
            code_point = byte & 0x07U;
        } else {
            return false;
        }
        if (text.size() - at < length) {
            return false;
        }
        for (std::size_t i = 1; i < length; ++i) {
            const auto next = static_cast<unsigned char>(text[at + i]);
            if ((next & 0xC0U) != 0x80U) {
                return false;
            }
            code_point = code_point << 6 | (next & 0x3FU);
        }
        const bool is_overlong = (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
        if (is_overlong || (code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
            return false;
        }
        at += length;
    }
    return true;
}

/// No byte a header value must never hold (CR, LF, NUL).
inline bool is_header_safe(std::string_view value)
{
    return value.find_first_of(std::string_view("\r\n\0", 3)) == std::string_view::npos;
}

} // namespace rundum::fuzz
