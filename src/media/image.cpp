// SPDX-License-Identifier: EUPL-1.2
// Image re-encoding with libgd. The headers are parsed by hand first (image_header.cpp): libgd would allocate
// whatever a header declares, so a 100-byte PNG claiming 50000x50000 pixels must be refused
// before it reaches a decoder, and decodes are bounded in number (see reencode_image).
#include "media/image.hpp"

#include "media/byte_reader.hpp"
#include "media/image_header.hpp"
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
