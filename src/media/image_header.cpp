// SPDX-License-Identifier: EUPL-1.2
// The image header parsers: PNG, JPEG (with its EXIF orientation), GIF and WebP, every read
// bounds-checked (media/byte_reader).
#include "media/image_header.hpp"

#include <string>
#include <utility>

namespace rundum::media {

namespace {

tl::unexpected<Error> broken(std::string detail)
{
    return fail(ErrorCode::Invalid, "error.image.broken", {}, std::move(detail));
}

Result<Header> png_header(const Bytes& data)
{
    // Signature, then the IHDR chunk must come first: length 13, "IHDR", width, height
    // (big-endian).
    if (!data.has(8, 16) || data.be32(8) != 13 || !data.matches(12, "IHDR")) {
        return broken("PNG without IHDR");
    }
    return Header{Format::Png, data.be32(16), data.be32(20)};
}

/// The Orientation tag (0x0112) of IFD0 in an APP1 "Exif\0\0" segment; 1 when absent or unreadable.
int exif_orientation(const Bytes& segment)
{
    using namespace std::string_view_literals;
    constexpr std::size_t TIFF = 6; // after "Exif\0\0"
    if (!segment.matches(0, "Exif\0\0"sv) || !segment.has(TIFF, 8)) {
        return 1;
    }
    const bool is_little_endian = segment.matches(TIFF, "II*\0"sv);
    if (!is_little_endian && !segment.matches(TIFF, "MM\0*"sv)) {
        return 1;
    }
    auto u16 = [&](std::size_t offset) {
        return is_little_endian ? segment.le16(offset) : segment.be16(offset);
    };
    auto u32 = [&](std::size_t offset) {
        return is_little_endian ? segment.le32(offset) : segment.be32(offset);
    };
    const std::size_t ifd = TIFF + std::size_t{u32(TIFF + 4)};
    if (ifd < TIFF || !segment.has(ifd, 2)) {
        return 1;
    }
    const std::size_t count = u16(ifd);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t entry = ifd + 2 + i * 12;
        if (!segment.has(entry, 12)) {
            return 1;
        }
        constexpr std::uint32_t ORIENTATION_TAG = 0x0112;
        constexpr std::uint32_t SHORT_TYPE = 3;
        if (u16(entry) == ORIENTATION_TAG && u16(entry + 2) == SHORT_TYPE) {
            const auto value = static_cast<int>(u16(entry + 8));
            return value >= 1 && value <= 8 ? value : 1;
        }
    }
    return 1;
}

Result<Header> jpeg_header(const Bytes& data)
{
    // Walk the segments after SOI up to the first SOFn frame header, which holds the size.
    int orientation = 1;
    std::size_t position = 2;
    while (data.has(position, 1)) {
        if (data.byte(position) != 0xff) {
            return broken("JPEG segment does not start with a marker");
        }
        while (data.has(position, 1) && data.byte(position) == 0xff) {
            ++position; // fill bytes
        }
        if (!data.has(position, 1)) {
            break;
        }
        const std::uint32_t marker = data.byte(position++);
        const bool is_standalone = marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8);
        if (is_standalone) {
            continue;
        }
        if (marker == 0xd9 || marker == 0xda) {
            return broken("JPEG image data before a frame header");
        }
        if (!data.has(position, 2)) {
            break;
        }
        const std::size_t length = data.be16(position);
        if (length < 2 || !data.has(position, length)) {
            return broken("JPEG segment longer than the file");
        }
        const Bytes segment(data.slice(position + 2, length - 2));
        const bool is_frame =
            marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
        if (is_frame) {
            if (!segment.has(0, 5)) {
                return broken("JPEG frame header too short");
            }
            Header header{Format::Jpeg, segment.be16(3), segment.be16(1)};
            header.orientation = orientation;
            return header;
        }
        if (marker == 0xe1 && orientation == 1) {
            orientation = exif_orientation(segment);
        }
        position += length;
    }
    return broken("JPEG without frame header");
}

Result<Header> gif_header(const Bytes& data)
{
    // The logical screen; libgd refuses frames reaching outside it.
    if (!data.has(6, 4)) {
        return broken("GIF without logical screen descriptor");
    }
    return Header{Format::Gif, data.le16(6), data.le16(8)};
}

Result<Header> webp_header(const Bytes& data)
{
    // RIFF container: the first chunk after "WEBP" is VP8 (lossy), VP8L (lossless) or VP8X
    // (extended: holds the canvas size).
    constexpr std::size_t PAYLOAD = 20;
    if (data.matches(12, "VP8 ")) {
        if (!data.has(PAYLOAD, 10) || data.byte(PAYLOAD + 3) != 0x9d ||
            data.byte(PAYLOAD + 4) != 0x01 || data.byte(PAYLOAD + 5) != 0x2a) {
            return broken("WebP VP8 frame header missing");
        }
        return Header{Format::Webp, data.le16(PAYLOAD + 6) & 0x3fff,
                      data.le16(PAYLOAD + 8) & 0x3fff};
    }
    if (data.matches(12, "VP8L")) {
        if (!data.has(PAYLOAD, 5) || data.byte(PAYLOAD) != 0x2f) {
            return broken("WebP VP8L header missing");
        }
        const std::uint32_t bits = data.le32(PAYLOAD + 1);
        Header header{Format::Webp, (bits & 0x3fff) + 1, (bits >> 14 & 0x3fff) + 1};
        header.is_lossless = true;
        return header;
    }
    if (data.matches(12, "VP8X")) {
        if (!data.has(PAYLOAD, 10)) {
            return broken("WebP VP8X header too short");
        }
        return Header{Format::Webp, data.le24(PAYLOAD + 4) + 1, data.le24(PAYLOAD + 7) + 1};
    }
    return broken("WebP without VP8, VP8L or VP8X chunk");
}

} // namespace

std::optional<Format> sniff(const Bytes& data)
{
    using namespace std::string_view_literals;
    if (data.matches(0, "\x89PNG\r\n\x1a\n"sv)) {
        return Format::Png;
    }
    if (data.matches(0, "\xff\xd8\xff"sv)) {
        return Format::Jpeg;
    }
    if (data.matches(0, "GIF87a"sv) || data.matches(0, "GIF89a"sv)) {
        return Format::Gif;
    }
    if (data.matches(0, "RIFF"sv) && data.matches(8, "WEBP"sv)) {
        return Format::Webp;
    }
    return std::nullopt;
}

Result<Header> read_header(Format format, const Bytes& data)
{
    switch (format) {
    case Format::Png:
        return png_header(data);
    case Format::Jpeg:
        return jpeg_header(data);
    case Format::Gif:
        return gif_header(data);
    case Format::Webp:
        return webp_header(data);
    }
    return broken("unknown format");
}

} // namespace rundum::media
