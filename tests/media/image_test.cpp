// SPDX-License-Identifier: EUPL-1.2
// Uploaded images: every accepted format is re-encoded, scaled and decodable again; metadata and
// payloads do not survive; other types, broken files and decompression bombs are refused.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include <gd.h>

#include <algorithm>
#include <cstdarg>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <string_view>

#include "media/image.hpp"

namespace rundum::media {
namespace {

using namespace std::string_literals;
using namespace std::string_view_literals;

struct GdImageDeleter {
    void operator()(gdImagePtr image) const { gdImageDestroy(image); }
};
using GdImage = std::unique_ptr<gdImage, GdImageDeleter>;

enum class Encoding { Png, Jpeg, Gif, Webp };

std::string encode(gdImagePtr image, Encoding encoding, int jpeg_quality = 90)
{
    int size = 0;
    void* bytes = nullptr;
    switch (encoding) {
    case Encoding::Png:
        bytes = gdImagePngPtr(image, &size);
        break;
    case Encoding::Jpeg:
        bytes = gdImageJpegPtr(image, &size, jpeg_quality);
        break;
    case Encoding::Gif:
        bytes = gdImageGifPtr(image, &size);
        break;
    case Encoding::Webp:
        bytes = gdImageWebpPtr(image, &size);
        break;
    }
    EXPECT_NE(bytes, nullptr);
    std::string out(static_cast<const char*>(bytes), static_cast<std::size_t>(size));
    gdFree(bytes);
    return out;
}

/// A truecolor picture with a colour gradient; with `transparent_left`, its left half is fully
/// transparent (and saved with alpha).
GdImage picture(int width, int height, bool transparent_left = false)
{
    GdImage image(gdImageCreateTrueColor(width, height));
    gdImageAlphaBlending(image.get(), 0);
    gdImageSaveAlpha(image.get(), transparent_left ? 1 : 0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const int alpha =
                transparent_left && x < width / 2 ? gdAlphaTransparent : gdAlphaOpaque;
            gdImageSetPixel(image.get(), x, y,
                            gdTrueColorAlpha(x * 255 / width, y * 255 / height, 128, alpha));
        }
    }
    return image;
}

/// A palette picture as GIFs are; with `transparent_color`, its left half uses a transparent index.
GdImage palette_picture(int width, int height, bool transparent_color = false)
{
    GdImage image(gdImageCreate(width, height));
    const int blue = gdImageColorAllocate(image.get(), 0, 0, 255);
    const int yellow = gdImageColorAllocate(image.get(), 255, 255, 0);
    gdImageFilledRectangle(image.get(), 0, 0, width - 1, height - 1, blue);
    gdImageFilledRectangle(image.get(), 0, 0, width / 2 - 1, height - 1, yellow);
    if (transparent_color) {
        gdImageColorTransparent(image.get(), yellow);
    }
    return image;
}

/// Decodes a result again as a browser would, by its content type.
GdImage decode(const Image& image)
{
    void* bytes = const_cast<char*>(image.bytes.data());
    const auto size = static_cast<int>(image.bytes.size());
    if (image.content_type == "image/png") {
        return GdImage(gdImageCreateFromPngPtr(size, bytes));
    }
    if (image.content_type == "image/jpeg") {
        return GdImage(gdImageCreateFromJpegPtr(size, bytes));
    }
    return nullptr;
}

void expect_decodes_as(const Image& image, std::string_view content_type, int width, int height)
{
    EXPECT_EQ(image.content_type, content_type);
    EXPECT_EQ(image.width, width);
    EXPECT_EQ(image.height, height);
    const GdImage decoded = decode(image);
    ASSERT_NE(decoded, nullptr);
    EXPECT_EQ(gdImageSX(decoded.get()), width);
    EXPECT_EQ(gdImageSY(decoded.get()), height);
    if (content_type == "image/png") {
        EXPECT_TRUE(image.bytes.starts_with("\x89PNG\r\n\x1a\n"sv));
    } else {
        EXPECT_TRUE(image.bytes.starts_with("\xff\xd8\xff"sv));
    }
}

void expect_error(const Result<Image>& result, std::string_view key)
{
    ASSERT_FALSE(result.has_value()) << "expected " << key;
    EXPECT_EQ(result.error().code, ErrorCode::Invalid);
    EXPECT_EQ(result.error().key, key) << result.error().detail;
}

int alpha_at(gdImagePtr image, int x, int y)
{
    return gdTrueColorGetAlpha(gdImageGetTrueColorPixel(image, x, y));
}

std::string big_endian(std::uint32_t value, int bytes)
{
    std::string out;
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
        out += static_cast<char>(value >> shift & 0xff);
    }
    return out;
}

std::string little_endian(std::uint32_t value, int bytes)
{
    std::string out;
    for (int i = 0; i < bytes; ++i) {
        out += static_cast<char>(value >> (8 * i) & 0xff);
    }
    return out;
}

/// An APP1 EXIF segment (big-endian TIFF) with an orientation tag and a fake GPS position.
std::string exif_segment(int orientation)
{
    std::string tiff = "MM\0*"s + big_endian(8, 4);
    tiff += big_endian(1, 2);                                            // one IFD0 entry
    tiff += big_endian(0x0112, 2) + big_endian(3, 2) + big_endian(1, 4); // Orientation SHORT
    tiff += big_endian(static_cast<std::uint32_t>(orientation), 2) + big_endian(0, 2);
    tiff += big_endian(0, 4); // no next IFD
    tiff += "GPSLatitude 50.9271 N GPSLongitude 11.5892 E";
    const std::string payload = "Exif\0\0"s + tiff;
    return "\xff\xe1"s + big_endian(static_cast<std::uint32_t>(payload.size() + 2), 2) + payload;
}

/// A JPEG with `segment` spliced in right after SOI.
std::string splice_after_soi(const std::string& jpeg, const std::string& segment)
{
    return jpeg.substr(0, 2) + segment + jpeg.substr(2);
}

// --- Each format re-encodes, scaled, decodable again --------------------------------------------

TEST(ReencodeImage, PngWithAlphaIsScaledToLongSide1200KeepingAspectRatioAndTransparency)
{
    const GdImage source = picture(2000, 1000, true);
    auto result = reencode_image(encode(source.get(), Encoding::Png));
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/png", 1200, 600);
    const GdImage decoded = decode(*result);
    ASSERT_NE(decoded, nullptr);
    EXPECT_EQ(alpha_at(decoded.get(), 100, 300), gdAlphaTransparent);
    EXPECT_EQ(alpha_at(decoded.get(), 1100, 300), gdAlphaOpaque);
}

TEST(ReencodeImage, OpaquePngStaysPng)
{
    const GdImage source = picture(640, 480);
    auto result = reencode_image(encode(source.get(), Encoding::Png));
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/png", 640, 480);
}

TEST(ReencodeImage, JpegPhotoStaysJpegScaledDownKeepingAspectRatio)
{
    const GdImage source = picture(3000, 2000);
    auto result = reencode_image(encode(source.get(), Encoding::Jpeg));
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/jpeg", 1200, 800);
}

TEST(ReencodeImage, PortraitIsScaledByItsHeight)
{
    const GdImage source = picture(1000, 2400);
    auto result = reencode_image(encode(source.get(), Encoding::Jpeg));
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/jpeg", 500, 1200);
}

TEST(ReencodeImage, SmallImageIsNotScaledUp)
{
    const GdImage source = picture(300, 200);
    auto result = reencode_image(encode(source.get(), Encoding::Jpeg));
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/jpeg", 300, 200);
}

TEST(ReencodeImage, MaxDimensionFromLimitsIsUsed)
{
    const GdImage source = picture(900, 300);
    auto result =
        reencode_image(encode(source.get(), Encoding::Png), ImageLimits{1024 * 1024, 300});
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/png", 300, 100);
}

TEST(ReencodeImage, GifBecomesPngScaledDown)
{
    const GdImage source = palette_picture(1600, 400);
    auto result = reencode_image(encode(source.get(), Encoding::Gif));
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/png", 1200, 300);
}

TEST(ReencodeImage, GifTransparentColourStaysTransparentInPng)
{
    const GdImage source = palette_picture(200, 100, true);
    auto result = reencode_image(encode(source.get(), Encoding::Gif));
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/png", 200, 100);
    const GdImage decoded = decode(*result);
    ASSERT_NE(decoded, nullptr);
    EXPECT_EQ(alpha_at(decoded.get(), 10, 50), gdAlphaTransparent);
    EXPECT_EQ(alpha_at(decoded.get(), 190, 50), gdAlphaOpaque);
}

TEST(ReencodeImage, WebpPhotoBecomesJpegScaledDown)
{
    const GdImage source = picture(1500, 1500);
    auto result = reencode_image(encode(source.get(), Encoding::Webp));
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/jpeg", 1200, 1200);
}

TEST(ReencodeImage, WebpWithTransparencyBecomesPng)
{
    const GdImage source = picture(400, 200, true);
    auto result = reencode_image(encode(source.get(), Encoding::Webp));
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/png", 400, 200);
    const GdImage decoded = decode(*result);
    ASSERT_NE(decoded, nullptr);
    EXPECT_EQ(alpha_at(decoded.get(), 10, 100), gdAlphaTransparent);
}

// --- Metadata and payloads do not survive -------------------------------------------------------

TEST(ReencodeImage, JpegExifWithGpsIsStripped)
{
    const GdImage source = picture(800, 600);
    const std::string uploaded =
        splice_after_soi(encode(source.get(), Encoding::Jpeg), exif_segment(1));
    ASSERT_NE(uploaded.find("Exif"), std::string::npos);
    auto result = reencode_image(uploaded);
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/jpeg", 800, 600);
    EXPECT_EQ(result->bytes.find("Exif"), std::string::npos);
    EXPECT_EQ(result->bytes.find("GPS"), std::string::npos);
}

TEST(ReencodeImage, PayloadAfterPngEndAndTextChunksAreDropped)
{
    const GdImage source = picture(64, 64);
    const std::string uploaded =
        encode(source.get(), Encoding::Png) + "<script>alert('owned')</script>";
    auto result = reencode_image(uploaded);
    ASSERT_TRUE(result) << result.error().detail;
    EXPECT_EQ(result->bytes.find("<script>"), std::string::npos);
}

/// Where the red top-left marker of a 300x200 picture ends up once `orientation` is applied.
struct OrientationCase {
    int orientation;
    int width;
    int height;
    bool is_right;
    bool is_bottom;
};

class ExifOrientation : public testing::TestWithParam<OrientationCase> {};

TEST_P(ExifOrientation, IsAppliedSoThePhotoIsUpright)
{
    const OrientationCase expected = GetParam();
    const GdImage source = picture(300, 200);
    gdImageFilledRectangle(source.get(), 0, 0, 59, 59, gdTrueColor(255, 0, 0));
    const std::string uploaded = splice_after_soi(encode(source.get(), Encoding::Jpeg, 95),
                                                  exif_segment(expected.orientation));
    auto result = reencode_image(uploaded);
    ASSERT_TRUE(result) << result.error().detail;
    expect_decodes_as(*result, "image/jpeg", expected.width, expected.height);
    const GdImage decoded = decode(*result);
    ASSERT_NE(decoded, nullptr);
    const int x = expected.is_right ? expected.width - 30 : 30;
    const int y = expected.is_bottom ? expected.height - 30 : 30;
    const int pixel = gdImageGetTrueColorPixel(decoded.get(), x, y);
    EXPECT_GT(gdTrueColorGetRed(pixel), 200);
    EXPECT_LT(gdTrueColorGetBlue(pixel), 60);
}

INSTANTIATE_TEST_SUITE_P(AllEight, ExifOrientation,
                         testing::Values(OrientationCase{1, 300, 200, false, false},
                                         OrientationCase{2, 300, 200, true, false},
                                         OrientationCase{3, 300, 200, true, true},
                                         OrientationCase{4, 300, 200, false, true},
                                         OrientationCase{5, 200, 300, false, false},
                                         OrientationCase{6, 200, 300, true, false},
                                         OrientationCase{7, 200, 300, true, true},
                                         OrientationCase{8, 200, 300, false, true}),
                         [](const testing::TestParamInfo<OrientationCase>& case_info) {
                             return "Orientation" + std::to_string(case_info.param.orientation);
                         });

// --- Other types are refused --------------------------------------------------------------------

TEST(ReencodeImage, SvgIsRefusedAsWrongType)
{
    expect_error(reencode_image("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                                "<script>alert(1)</script></svg>"),
                 "error.image.type");
    expect_error(reencode_image("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "error.image.type");
}

TEST(ReencodeImage, PdfIsRefusedAsWrongType)
{
    expect_error(reencode_image("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
                 "error.image.type");
}

TEST(ReencodeImage, HtmlIsRefusedAsWrongType)
{
    expect_error(
        reencode_image("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
        "error.image.type");
}

TEST(ReencodeImage, EmptyUploadIsRefusedAsWrongType)
{
    expect_error(reencode_image(""), "error.image.type");
}

TEST(ReencodeImage, RandomBytesAreRefusedAsWrongType)
{
    std::mt19937 random(42);
    std::string bytes(4096, '\0');
    for (char& c : bytes) {
        c = static_cast<char>(random() & 0xff);
    }
    bytes[0] = 'x'; // no magic by chance
    expect_error(reencode_image(bytes), "error.image.type");
}

TEST(ReencodeImage, ExecutableIsRefusedAsWrongType)
{
    expect_error(reencode_image("\177ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0"sv), "error.image.type");
    expect_error(reencode_image("MZ\x90\0\x03\0\0\0"sv), "error.image.type");
}

// --- Broken files -------------------------------------------------------------------------------

TEST(ReencodeImage, TruncatedPngIsBroken)
{
    const GdImage source = picture(200, 200);
    const std::string png = encode(source.get(), Encoding::Png);
    expect_error(reencode_image(std::string_view(png).substr(0, png.size() / 2)),
                 "error.image.broken");
}

TEST(ReencodeImage, SignatureWithoutHeaderIsBroken)
{
    expect_error(reencode_image("\x89PNG\r\n\x1a\n"sv), "error.image.broken");
    expect_error(reencode_image("\xff\xd8\xff"sv), "error.image.broken");
    expect_error(reencode_image("GIF89a"sv), "error.image.broken");
    expect_error(reencode_image("RIFF\0\0\0\0WEBP"sv), "error.image.broken");
}

TEST(ReencodeImage, CorruptJpegDataIsBroken)
{
    const GdImage source = picture(200, 200);
    std::string jpeg = encode(source.get(), Encoding::Jpeg);
    // Keep the headers, replace the entropy-coded data with an invalid marker sequence.
    const std::size_t scan = jpeg.find("\xff\xda"sv);
    ASSERT_NE(scan, std::string::npos);
    jpeg = jpeg.substr(0, scan) + "\xff\xda\x00\x02\xff\xc0\x00\x02"s;
    expect_error(reencode_image(jpeg), "error.image.broken");
}

// --- Decompression bombs: refused from the header, before decoding -----------------------------

std::string png_header_declaring(std::uint32_t width, std::uint32_t height)
{
    // IHDR only, no image data: decoding it would fail as broken, so too_large_pixels proves the
    // header was checked first.
    return "\x89PNG\r\n\x1a\n"s + big_endian(13, 4) + "IHDR" + big_endian(width, 4) +
           big_endian(height, 4) + "\x08\x06\x00\x00\x00"s + big_endian(0, 4);
}

TEST(ReencodeImage, PngDeclaring50000x50000IsRefusedBeforeDecoding)
{
    expect_error(reencode_image(png_header_declaring(50000, 50000)),
                 "error.image.too_large_pixels");
}

TEST(ReencodeImage, SideOver10000IsRefusedEvenWithFewPixels)
{
    expect_error(reencode_image(png_header_declaring(10001, 1)), "error.image.too_large_pixels");
    expect_error(reencode_image(png_header_declaring(1, 10001)), "error.image.too_large_pixels");
}

TEST(ReencodeImage, ExactlySixteenMegapixelsPassTheHeaderCheck)
{
    // 4000 x 4000 is the limit itself: the header passes, the missing data makes it broken.
    expect_error(reencode_image(png_header_declaring(4000, 4000)), "error.image.broken");
    expect_error(reencode_image(png_header_declaring(4000, 4001)), "error.image.too_large_pixels");
}

TEST(ReencodeImage, FortyMegapixelsAreRefusedNamingTheLimit)
{
    // The penetration test's upload: 124 KB that would decode to 160 MB.
    const auto refused = reencode_image(png_header_declaring(8000, 5000));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().key, "error.image.too_large_pixels");
    EXPECT_EQ(refused.error().args, std::vector<std::string>{"16"});
}

TEST(ReencodeImage, EveryDecodeGivesTheDecoderBackHoweverItEnds)
{
    // With one decoder, a slot kept after a failed decode would make the next wait and fail
    // as busy; each of these reaches the decoder (the header passes) and fails there.
    static_assert(MAX_PARALLEL_DECODES >= 1 && MAX_PARALLEL_DECODES <= 2);
    for (int i = 0; i < 3; ++i) {
        expect_error(reencode_image(png_header_declaring(100, 100)), "error.image.broken");
    }
    const GdImage source = picture(64, 48);
    std::vector<std::thread> uploads;
    std::atomic<int> decoded{0};
    for (int i = 0; i < 4; ++i) {
        uploads.emplace_back([&] { decoded += reencode_image(encode(source.get(), Encoding::Png)).has_value() ? 1 : 0; });
    }
    for (std::thread& upload : uploads) {
        upload.join();
    }
    EXPECT_EQ(decoded, 4) << "parallel uploads wait for the decoder, none is lost";
}

TEST(ReencodeImage, JpegFrameHeaderDeclaringTooManyPixelsIsRefused)
{
    const std::string jpeg = "\xff\xd8"s + "\xff\xe0"s + big_endian(16, 2) +
                             "JFIF\0\x01\x01\0\0\x01\0\x01\0\0"s + "\xff\xc0"s + big_endian(17, 2) +
                             "\x08"s + big_endian(9000, 2) + big_endian(9000, 2) + "\x03"s +
                             std::string(9, '\x01');
    expect_error(reencode_image(jpeg), "error.image.too_large_pixels");
}

TEST(ReencodeImage, GifScreenDeclaringTooManyPixelsIsRefused)
{
    const std::string gif =
        "GIF89a"s + little_endian(9000, 2) + little_endian(9000, 2) + "\0\0\0;"s;
    expect_error(reencode_image(gif), "error.image.too_large_pixels");
}

TEST(ReencodeImage, WebpCanvasDeclaringTooManyPixelsIsRefused)
{
    const std::string vp8x = "VP8X"s + little_endian(10, 4) + "\0\0\0\0"s + little_endian(8999, 3) +
                             little_endian(8999, 3);
    const std::string webp =
        "RIFF"s + little_endian(static_cast<std::uint32_t>(4 + vp8x.size()), 4) + "WEBP" + vp8x;
    expect_error(reencode_image(webp), "error.image.too_large_pixels");
}

// --- Upload size --------------------------------------------------------------------------------

TEST(ReencodeImage, UploadOverFiveMegabytesIsRefusedWithTheLimit)
{
    const GdImage source = picture(16, 16);
    std::string uploaded = encode(source.get(), Encoding::Png);
    uploaded.resize(5 * 1024 * 1024 + 1, '\0');
    const auto result = reencode_image(uploaded);
    expect_error(result, "error.image.too_large");
    ASSERT_EQ(result.error().args.size(), 1U);
    EXPECT_EQ(result.error().args[0], "5");
}

TEST(ReencodeImage, UploadOverACustomLimitIsRefused)
{
    const GdImage source = picture(100, 100);
    const std::string png = encode(source.get(), Encoding::Png);
    const auto result = reencode_image(png, ImageLimits{png.size() - 1, 1200});
    expect_error(result, "error.image.too_large");
    EXPECT_TRUE(reencode_image(png, ImageLimits{png.size(), 1200}));
}

// --- Robustness ---------------------------------------------------------------------------------

/// libgd reports decoder trouble on stderr; quiet while mutated files are thrown at it.
struct QuietGd {
    QuietGd()
    {
        gdSetErrorMethod([](int, const char*, va_list) {});
    }
    ~QuietGd() { gdClearErrorMethod(); }
    QuietGd(const QuietGd&) = delete;
    QuietGd& operator=(const QuietGd&) = delete;
};

TEST(ReencodeImage, RandomlyMutatedImagesNeverCrash)
{
    const QuietGd quiet;
    const GdImage photo = picture(64, 48, true);
    const GdImage palette = palette_picture(64, 48, true);
    const std::string originals[] = {
        encode(photo.get(), Encoding::Png), encode(photo.get(), Encoding::Jpeg),
        encode(palette.get(), Encoding::Gif), encode(photo.get(), Encoding::Webp),
        splice_after_soi(encode(photo.get(), Encoding::Jpeg), exif_segment(6))};
    std::mt19937 random(7);
    int accepted = 0;
    for (int round = 0; round < 250; ++round) {
        for (const std::string& original : originals) {
            std::string mutated = original;
            const auto changes = 1 + random() % 8;
            for (std::uint32_t change = 0; change < changes; ++change) {
                const auto at = random() % mutated.size();
                switch (random() % 3) {
                case 0:
                    mutated[at] = static_cast<char>(random() & 0xff);
                    break;
                case 1:
                    mutated.resize(at + 1);
                    break;
                default:
                    mutated.insert(at, 1, static_cast<char>(random() & 0xff));
                    break;
                }
            }
            const auto result = reencode_image(mutated);
            if (result) {
                ++accepted;
                EXPECT_LE(std::max(result->width, result->height), 1200);
                EXPECT_NE(decode(*result), nullptr);
            } else {
                EXPECT_NE(result.error().key, "");
            }
        }
    }
    RecordProperty("accepted", accepted);
}

} // namespace
} // namespace rundum::media
