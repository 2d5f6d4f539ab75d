// SPDX-License-Identifier: EUPL-1.2
// Reading UTF-8 strictly, one character at a time: members' text goes into XML, spreadsheets
// and file names, where a broken byte would break the whole file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace rundum {

/// One decoded character: its length in bytes (0 when the bytes are no well-formed UTF-8) and
/// its code point.
struct Utf8Char {
    std::size_t length = 0;
    std::uint32_t code_point = 0;
};

/// The well-formed UTF-8 sequence at `text[at]` (`at` < size). Overlong forms, surrogates and
/// values past U+10FFFF count as broken (length 0).
Utf8Char decode_utf8(std::string_view text, std::size_t at);

/// How many characters (code points) `text` holds: form limits count what people see, not bytes.
std::size_t character_count(std::string_view text);

} // namespace rundum
