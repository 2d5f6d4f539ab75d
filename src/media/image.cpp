// Image re-encoding with libgd. The headers are parsed by hand first: libgd would allocate
// whatever a header declares, so a 100-byte PNG claiming 50000x50000 pixels must be refused
// before it reaches a decoder, and decodes are bounded in number (see reencode_image).
#include "media/image.hpp"

#include "media/byte_reader.hpp"
#include "media/upload_size.hpp"

#include <gd.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <memory>
#include <optional>
#include <semaphore>
#include <string>
#include <utility>

namespace rundum::media {

namespace {

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

struct GdImageDeleter {
    void operator()(gdImagePtr image) const { gdImageDestroy(image); }
};
using GdImage = std::unique_ptr<gdImage, GdImageDeleter>;

struct GdBufferDeleter {
    void operator()(void* buffer) const { gdFree(buffer); }
};
using GdBuffer = std::unique_ptr<void, GdBufferDeleter>;

tl::unexpected<Error> broken(std::string detail)
{
    return fail(ErrorCode::Invalid, "error.image.broken", {}, std::move(detail));
}


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

Result<void> check_pixels(std::uint64_t width, std::uint64_t height)
{
    if (width == 0 || height == 0) {
        return broken("zero width or height");
    }
    if (width > MAX_DECLARED_SIDE || height > MAX_DECLARED_SIDE ||
        width * height > static_cast<std::uint64_t>(MAX_DECLARED_PIXELS)) {
        return fail(ErrorCode::Invalid, "error.image.too_large_pixels",
                    {std::to_string(MAX_DECLARED_PIXELS / 1'000'000)},
                    "declares " + std::to_string(width) + "x" + std::to_string(height));
    }
    return {};
}

/// Gives a decoder back when the re-encoding ends, however it ends.
class DecoderSlot {
public:
    explicit DecoderSlot(std::counting_semaphore<MAX_PARALLEL_DECODES>& slots) : m_slots(slots) {}
    DecoderSlot(const DecoderSlot&) = delete;
    DecoderSlot& operator=(const DecoderSlot&) = delete;
    ~DecoderSlot() { m_slots.release(); }

private:
    std::counting_semaphore<MAX_PARALLEL_DECODES>& m_slots;
};

GdImage decode(Format format, std::string_view data)
{
    // libgd's read-only memory contexts take a non-const pointer but never write through it.
    void* bytes = const_cast<char*>(data.data());
    const auto size = static_cast<int>(data.size());
    switch (format) {
    case Format::Png:
        return GdImage(gdImageCreateFromPngPtr(size, bytes));
    case Format::Jpeg:
        // Recoverable libjpeg warnings (a missing EOI) should not refuse a photo browsers show.
        return GdImage(gdImageCreateFromJpegPtrEx(size, bytes, 1));
    case Format::Gif:
        return GdImage(gdImageCreateFromGifPtr(size, bytes));
    case Format::Webp:
        return GdImage(gdImageCreateFromWebpPtr(size, bytes));
    }
    return nullptr;
}

bool has_transparency(gdImagePtr image)
{
    for (int y = 0; y < gdImageSY(image); ++y) {
        for (int x = 0; x < gdImageSX(image); ++x) {
            if (gdTrueColorGetAlpha(gdImageTrueColorPixel(image, x, y)) != gdAlphaOpaque) {
                return true;
            }
        }
    }
    return false;
}

GdImage new_truecolor(int width, int height)
{
    GdImage image(gdImageCreateTrueColor(width, height));
    if (image) {
        // Write pixels as they are (alpha included) instead of blending them onto black.
        gdImageAlphaBlending(image.get(), 0);
    }
    return image;
}

/// Proportionally smaller so the longer side is `max_dimension`; the image itself when it fits.
GdImage scale_down(GdImage image, int max_dimension)
{
    const long long width = gdImageSX(image.get());
    const long long height = gdImageSY(image.get());
    if (width <= max_dimension && height <= max_dimension) {
        return image;
    }
    auto scaled_side = [&](long long side, long long longer) {
        return static_cast<int>(std::max(1LL, (side * max_dimension + longer / 2) / longer));
    };
    const long long longer = std::max(width, height);
    const int new_width = scaled_side(width, longer);
    const int new_height = scaled_side(height, longer);
    GdImage scaled = new_truecolor(new_width, new_height);
    if (!scaled) {
        return nullptr;
    }
    gdImageCopyResampled(scaled.get(), image.get(), 0, 0, 0, 0, new_width, new_height,
                         static_cast<int>(width), static_cast<int>(height));
    return scaled;
}

/// Turns the stored pixels upright as EXIF orientation 2..8 asks (after scaling: fewer pixels).
GdImage apply_orientation(GdImage image, int orientation)
{
    if (orientation == 1) {
        return image;
    }
    const int width = gdImageSX(image.get());
    const int height = gdImageSY(image.get());
    const bool swaps_sides = orientation >= 5;
    GdImage turned = swaps_sides ? new_truecolor(height, width) : new_truecolor(width, height);
    if (!turned) {
        return nullptr;
    }
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            int to_x = x;
            int to_y = y;
            switch (orientation) {
            case 2: // mirrored
                to_x = width - 1 - x;
                break;
            case 3: // upside down
                to_x = width - 1 - x;
                to_y = height - 1 - y;
                break;
            case 4: // mirrored upside down
                to_y = height - 1 - y;
                break;
            case 5: // transposed
                to_x = y;
                to_y = x;
                break;
            case 6: // stored turned left: turn right
                to_x = height - 1 - y;
                to_y = x;
                break;
            case 7: // transversed
                to_x = height - 1 - y;
                to_y = width - 1 - x;
                break;
            case 8: // stored turned right: turn left
                to_x = y;
                to_y = width - 1 - x;
                break;
            default:
                break;
            }
            gdImageTrueColorPixel(turned.get(), to_x, to_y) =
                gdImageTrueColorPixel(image.get(), x, y);
        }
    }
    return turned;
}

} // namespace

Result<Image> reencode_image(std::string_view uploaded, const ImageLimits& limits)
{
    if (limits.max_dimension < 1) {
        return fail(ErrorCode::Internal, "error.internal", {}, "ImageLimits::max_dimension < 1");
    }
    if (uploaded.size() > limits.max_upload_bytes ||
        uploaded.size() > static_cast<std::size_t>(INT_MAX)) {
        return fail(ErrorCode::Invalid, "error.image.too_large",
                    {megabytes(limits.max_upload_bytes)},
                    std::to_string(uploaded.size()) + " bytes uploaded");
    }
    const Bytes data(uploaded);
    const std::optional<Format> format = sniff(data);
    if (!format) {
        return fail(ErrorCode::Invalid, "error.image.type", {},
                    "no PNG, JPEG, GIF or WebP signature");
    }
    RUNDUM_TRY_ASSIGN(header, read_header(*format, data));
    RUNDUM_TRY(check_pixels(header.width, header.height));

    // One process-wide bound, like a lock around the memory decodes share; refused images
    // (above) never wait for it.
    static std::counting_semaphore<MAX_PARALLEL_DECODES> decoders(MAX_PARALLEL_DECODES);
    if (!decoders.try_acquire_for(DECODE_WAIT)) {
        return fail(ErrorCode::Unavailable, "error.image.busy", {}, "no decoder free");
    }
    const DecoderSlot slot(decoders);
    GdImage image = decode(*format, uploaded);
    if (!image) {
        return broken("libgd could not decode it");
    }
    // The decoder's own idea of the size must pass the same limits (belt and braces).
    RUNDUM_TRY(check_pixels(static_cast<std::uint64_t>(std::max(0, gdImageSX(image.get()))),
                            static_cast<std::uint64_t>(std::max(0, gdImageSY(image.get())))));
    if (!gdImageTrueColor(image.get()) && !gdImagePaletteToTrueColor(image.get())) {
        return fail(ErrorCode::Internal, "error.internal", {}, "palette to truecolor failed");
    }

    // JPEG has no alpha channel: no need to look at every pixel.
    const bool is_transparent = header.format != Format::Jpeg && has_transparency(image.get());
    const bool as_png = is_transparent || header.format == Format::Png ||
                        header.format == Format::Gif || header.is_lossless;

    image = scale_down(std::move(image), limits.max_dimension);
    if (image) {
        image = apply_orientation(std::move(image), header.orientation);
    }
    if (!image) {
        return fail(ErrorCode::Internal, "error.internal", {}, "out of memory while scaling");
    }

    int size = 0;
    GdBuffer encoded;
    if (as_png) {
        gdImageSaveAlpha(image.get(), is_transparent ? 1 : 0);
        encoded.reset(gdImagePngPtr(image.get(), &size));
    } else {
        constexpr int JPEG_QUALITY = 85;
        encoded.reset(gdImageJpegPtr(image.get(), &size, JPEG_QUALITY));
    }
    if (!encoded || size <= 0) {
        return fail(ErrorCode::Internal, "error.internal", {}, "libgd could not encode the image");
    }
    return Image{
        std::string(static_cast<const char*>(encoded.get()), static_cast<std::size_t>(size)),
        as_png ? "image/png" : "image/jpeg", gdImageSX(image.get()), gdImageSY(image.get())};
}

} // namespace rundum::media
