// SPDX-License-Identifier: EUPL-1.2
// Images members upload (a city's logo or photo): recognised by their content, checked against
// decompression bombs before decoding, and always re-encoded, so what is stored and served carries
// no metadata (EXIF GPS positions) and no smuggled payload, only pixels.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace rundum::media {

/// The most pixels an upload may declare: 16 megapixels (a 4608 x 3456 camera photo, far more
/// than a logo or a photo shown at most 2400 pixels wide needs) decode to about 64 MB.
inline constexpr long long MAX_DECLARED_PIXELS = 16'000'000;
/// The most images decoded at once in the process; a decode beyond waits for a free one.
inline constexpr std::ptrdiff_t MAX_PARALLEL_DECODES = 1;
/// How long an upload waits for a free decoder before it is refused as busy.
inline constexpr std::chrono::seconds DECODE_WAIT{20};
/// The longest side an upload may declare, in pixels.
inline constexpr int MAX_DECLARED_SIDE = 10'000;

/// Limits for one upload; the defaults suit a city's logo or photo.
struct ImageLimits {
    /// The largest upload accepted, in bytes.
    std::size_t max_upload_bytes = 5 * 1024 * 1024;
    /// The longest side of the stored image, in pixels (at least 1); larger images are scaled
    /// down proportionally, smaller ones are never scaled up.
    int max_dimension = 1200;
};

/// A re-encoded image, safe to store and to serve under its content type.
struct Image {
    std::string bytes;
    std::string content_type; ///< "image/png" or "image/jpeg"
    int width = 0;
    int height = 0;
};

/// Checks and re-encodes an uploaded image. The format is decided by the content's magic bytes
/// only (never a file name or a client's Content-Type): PNG, JPEG, GIF (first frame) and WebP.
/// The dimensions are read from the header and checked before anything is decoded; at most
/// MAX_PARALLEL_DECODES images are decoded at once in the process (the rest wait, up to
/// DECODE_WAIT), so parallel uploads cannot take the memory and processors pages need. The image is
/// scaled so its longer side is at most `limits.max_dimension`; a JPEG's EXIF orientation is
/// applied (the EXIF itself is dropped with all other metadata). Output: PNG for PNG and GIF input
/// and for anything with transparency (alpha kept), otherwise JPEG at quality 85.
/// Errors (all ErrorCode::Invalid): `error.image.too_large` (args: the limit in megabytes, e.g.
/// "5"), `error.image.type` (not one of the four formats, or empty), `error.image.too_large_pixels`
/// (more than MAX_DECLARED_PIXELS or a side over MAX_DECLARED_SIDE; args: the megapixels),
/// `error.image.broken` (truncated or corrupt). ErrorCode::Unavailable `error.image.busy` when no
/// decoder came free within DECODE_WAIT. ErrorCode::Internal `error.internal` when encoding fails or
/// `limits.max_dimension` < 1.
Result<Image> reencode_image(std::string_view uploaded, const ImageLimits& limits = {});

} // namespace rundum::media
