// SPDX-License-Identifier: EUPL-1.2
// What an image's header declares (format, size, orientation), read by hand before any decoder
// sees the bytes: libgd would allocate whatever a header declares.
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.hpp"
#include "media/byte_reader.hpp"

namespace rundum::media {

enum class Format { Png, Jpeg, Gif, Webp };

/// What the header declares, read before decoding.
struct Header {
    Format format{Format::Png};
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    /// EXIF orientation 1..8 (JPEG only); 1 is "as stored".
    int orientation = 1;
    /// A lossless WebP (VP8L) is a graphic rather than a photo: kept as PNG.
    bool is_lossless = false;
};

/// The format by its magic bytes, or nullopt for none we take.
std::optional<Format> sniff(const Bytes& data);

/// The header of an image of `format`; Invalid ("error.image.broken") when it is cut or makes no sense.
Result<Header> read_header(Format format, const Bytes& data);

} // namespace rundum::media
