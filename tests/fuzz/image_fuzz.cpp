// SPDX-License-Identifier: EUPL-1.2
// Fuzzes uploaded images (media::reencode_image): the hand-written PNG, JPEG, GIF and WebP header
// readers that decide before any decoding, then libgd. Small limits keep each run cheap.
#include "fuzz_support.hpp"

#include "media/image.hpp"

using namespace rundum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const media::ImageLimits limits{.max_upload_bytes = 1024 * 1024, .max_dimension = 48};
    const auto image = media::reencode_image(fuzz::text_of(data, size), limits);
    if (!image) {
        FUZZ_CHECK(image.error().code == ErrorCode::Invalid);
        return 0;
    }
    FUZZ_CHECK(image->content_type == "image/png" || image->content_type == "image/jpeg");
    FUZZ_CHECK(image->width >= 1 && image->width <= limits.max_dimension);
    FUZZ_CHECK(image->height >= 1 && image->height <= limits.max_dimension);
    // What rundum stores is an image rundum accepts, of the same size.
    const auto again = media::reencode_image(image->bytes, limits);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->width == image->width && again->height == image->height);
    return 0;
}
