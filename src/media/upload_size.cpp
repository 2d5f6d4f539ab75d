// SPDX-License-Identifier: EUPL-1.2
// Sizes in megabytes, rounded to a tenth.
#include "media/upload_size.hpp"

namespace rundum::media {

std::string megabytes(std::size_t bytes)
{
    constexpr std::size_t MEBIBYTE = std::size_t{1024} * 1024;
    const std::size_t tenths = (bytes * 10 + MEBIBYTE / 2) / MEBIBYTE;
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10 != 0) {
        text += ',' + std::to_string(tenths % 10);
    }
    return text;
}

} // namespace rundum::media
