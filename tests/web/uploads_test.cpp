// SPDX-License-Identifier: EUPL-1.2
// What an upload may cost, over HTTP on every backend: images of more pixels than a logo or photo
// needs are refused from their header, and each member uploads at most 60 files an hour (counted
// in the store, by the server's test clock), whatever route they upload through.
#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>

#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

using namespace std::string_literals;

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Bilder kosten Speicher und Zeit";
const std::string JENA_PROJECT = "/praxisbeispiele/p-jena-familienpass";
const std::string PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

// A 4x3 red PNG.
constexpr char TINY_PNG_BYTES[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x04\x00\x00\x00\x03\x08\x02\x00"
    "\x00\x00\x3b\x96\x39\x91\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9c\x63\x38\x21\x27\x07\x47\x0c\x38\x39\x00\xf5"
    "\xc7\x0c\x31\x07\xeb\xad\x99\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
const std::string TINY_PNG(TINY_PNG_BYTES, sizeof TINY_PNG_BYTES - 1);

std::string big_endian(std::uint32_t value)
{
    return {static_cast<char>(value >> 24), static_cast<char>(value >> 16 & 0xFFU),
            static_cast<char>(value >> 8 & 0xFFU), static_cast<char>(value & 0xFFU)};
}

std::uint32_t crc32(std::string_view bytes)
{
    std::uint32_t crc = 0xFFFFFFFFU;
    for (char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
        }
    }
    return ~crc;
}

// The start of a PNG of width x height pixels: its signature and a correct IHDR chunk. The
// server must refuse it from these 33 bytes, before it would decode anything.
std::string png_declaring(std::uint32_t width, std::uint32_t height)
{
    const std::string chunk = "IHDR" + big_endian(width) + big_endian(height) + "\x08\x06\x00\x00\x00"s;
    return "\x89PNG\r\n\x1a\n"s + big_endian(13) + chunk + big_endian(crc32(chunk)) + std::string(64, '\0');
}

class UploadsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_clock_file = m_clock_directory.path() / "now";
        set_clock("2026-03-02T09:00:00Z");
        m_site = std::make_unique<DemoSite>(DemoMembers{ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE},
                                            std::vector<std::string>{"--test-clock-file", m_clock_file.string()});
        ASSERT_EQ(m_site->problems(), "") << "the demo site did not start";
    }

    void set_clock(const std::string& iso) const { std::ofstream(m_clock_file) << iso << "\n"; }

    HttpAnswer upload_image(HttpSession& session, const std::string& alt, const std::string& bytes) const
    {
        return session.post_file("/staedte/jena/bild", {{"alt", alt}}, "image", "logo.png", "image/png", bytes);
    }

    TemporaryDirectory m_clock_directory;
    std::filesystem::path m_clock_file;
    std::unique_ptr<DemoSite> m_site;
};

TEST_F(UploadsTest, ImagesOfMoreThanSixteenMegapixelsAreRefusedFromTheirHeader)
{
    HttpSession jena = m_site->signed_in(JENA_EMAIL);
    HttpAnswer photo = upload_image(jena, "Riesig", png_declaring(8000, 5000)); // 40 megapixels
    EXPECT_EQ(photo.status, 400);
    EXPECT_TRUE(contains(photo.body, "höchstens 16 Megapixeln")) << photo.body;
    EXPECT_EQ(HttpSession(m_site->port()).get("/staedte/jena/bild").status, 404) << "nothing stored";

    HttpAnswer attachment =
        jena.post_file(JENA_PROJECT + "/anhaenge", {{"title", "Riesig"}}, "file", "plan.png", "image/png",
                       png_declaring(5000, 4000));
    EXPECT_EQ(attachment.status, 400);
    EXPECT_TRUE(contains(attachment.body, "höchstens 16 Megapixeln")) << attachment.body;
    EXPECT_FALSE(contains(jena.get(JENA_PROJECT).body, "Riesig")) << "nothing attached";

    // At the limit the header passes; these bytes then fail as the broken image they are.
    HttpAnswer at_limit = upload_image(jena, "Grenze", png_declaring(4000, 4000));
    EXPECT_EQ(at_limit.status, 400);
    EXPECT_FALSE(contains(at_limit.body, "Megapixel"));
}

TEST_F(UploadsTest, AMemberUploadsAtMostSixtyFilesAnHourThroughAnyRoute)
{
    HttpSession jena = m_site->signed_in(JENA_EMAIL);
    for (int i = 0; i < 59; ++i) {
        ASSERT_EQ(upload_image(jena, "Logo " + std::to_string(i), TINY_PNG).status, 303) << i;
    }
    set_clock("2026-03-02T09:30:00Z");
    ASSERT_EQ(jena.post_file(JENA_PROJECT + "/anhaenge", {{"title", "Flyer 60"}}, "file", "f.pdf", "application/pdf", PDF)
                  .status,
              303);

    HttpAnswer image = upload_image(jena, "Logo 61", TINY_PNG);
    EXPECT_EQ(image.status, 429);
    EXPECT_TRUE(contains(image.body, "in der letzten Stunde schon 60 Dateien hochgeladen")) << image.body;
    EXPECT_EQ(image.header("Retry-After"), "3600");
    HttpAnswer attachment =
        jena.post_file(JENA_PROJECT + "/anhaenge", {{"title", "Flyer 61"}}, "file", "f.pdf", "application/pdf", PDF);
    EXPECT_EQ(attachment.status, 429);
    const std::string city = HttpSession(m_site->port()).get("/staedte/jena").body;
    EXPECT_TRUE(contains(city, "alt=\"Logo 58\"")) << "the 59th image stays";
    EXPECT_FALSE(contains(city, "Logo 61"));
    EXPECT_FALSE(contains(jena.get(JENA_PROJECT).body, "Flyer 61"));

    // Another member is not held back; and an hour after the first uploads Jena may again.
    HttpSession admin = m_site->signed_in(ADMIN_EMAIL);
    EXPECT_EQ(upload_image(admin, "Vom Büro", TINY_PNG).status, 303);
    set_clock("2026-03-02T09:59:59Z");
    EXPECT_EQ(upload_image(jena, "Logo 62", TINY_PNG).status, 429);
    set_clock("2026-03-02T10:00:00Z");
    EXPECT_EQ(upload_image(jena, "Logo 63", TINY_PNG).status, 303);
}

} // namespace
} // namespace rundum::testing
