// SPDX-License-Identifier: EUPL-1.2
// multipart/form-data bodies as browsers send them: exact parts (binary-safe), boundary forms,
// and refusal of malformed bodies without crashing on any input.
#include <gtest/gtest.h>

#include <cstdint>
#include <iterator>
#include <random>
#include <string>
#include <string_view>

#include "media/multipart.hpp"

namespace rundum::media {
namespace {

using namespace std::string_literals;
using namespace std::string_view_literals;

constexpr std::string_view BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
const std::string CONTENT_TYPE = "multipart/form-data; boundary="s + std::string(BOUNDARY);

/// File bytes that look like trouble: NUL, "--", CRLFs, and the boundary minus its last character
/// right after a CRLF.
std::string tricky_file_data()
{
    return "\x89PNG\r\n\x1a\n\0\0\0\rIHDR"s + "--\r\n--"s + "\r\n--"s +
           std::string(BOUNDARY.substr(0, BOUNDARY.size() - 1)) + "X\0\xff--\r\n"s + "\r\n"s;
}

/// What Chromium sends for a form with a text field, a file and an empty file input.
std::string browser_body()
{
    const std::string dash = "--"s + std::string(BOUNDARY);
    return dash + "\r\n" + "Content-Disposition: form-data; name=\"city\"\r\n\r\n" +
           "Jena – Bündnis für Familie\r\nzweite Zeile\r\n" + dash + "\r\n" +
           "Content-Disposition: form-data; name=\"logo\"; filename=\"logo.png\"\r\n" +
           "Content-Type: image/png\r\n\r\n" + tricky_file_data() + "\r\n" + dash + "\r\n" +
           "Content-Disposition: form-data; name=\"photo\"; filename=\"\"\r\n" +
           "Content-Type: application/octet-stream\r\n\r\n" + "\r\n" + dash + "--\r\n";
}

void expect_malformed(const Result<std::vector<FormPart>>& result)
{
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Invalid);
    EXPECT_EQ(result.error().key, "error.form.malformed");
    EXPECT_FALSE(result.error().detail.empty());
}

TEST(ParseMultipart, BrowserBodyWithTextAndBinaryFileParsesExactly)
{
    const auto parts = parse_multipart(CONTENT_TYPE, browser_body());
    ASSERT_TRUE(parts) << parts.error().detail;
    ASSERT_EQ(parts->size(), 3U);

    EXPECT_EQ((*parts)[0].name, "city");
    EXPECT_EQ((*parts)[0].filename, "");
    EXPECT_EQ((*parts)[0].content_type, "");
    EXPECT_EQ((*parts)[0].data, "Jena – Bündnis für Familie\r\nzweite Zeile");

    EXPECT_EQ((*parts)[1].name, "logo");
    EXPECT_EQ((*parts)[1].filename, "logo.png");
    EXPECT_EQ((*parts)[1].content_type, "image/png");
    EXPECT_EQ((*parts)[1].data, tricky_file_data());
    EXPECT_EQ((*parts)[1].data.size(), tricky_file_data().size());

    EXPECT_EQ((*parts)[2].name, "photo");
    EXPECT_EQ((*parts)[2].filename, "");
    EXPECT_EQ((*parts)[2].content_type, "application/octet-stream");
    EXPECT_EQ((*parts)[2].data, "");
}

TEST(ParseMultipart, QuotedBoundaryWithSpaceIsUsed)
{
    const std::string body = "--simple boundary\r\n"
                             "Content-Disposition: form-data; name=\"a\"\r\n\r\n"
                             "1\r\n--simple boundary--";
    const auto parts = parse_multipart("multipart/form-data; boundary=\"simple boundary\"", body);
    ASSERT_TRUE(parts) << parts.error().detail;
    ASSERT_EQ(parts->size(), 1U);
    EXPECT_EQ((*parts)[0].data, "1");
}

TEST(ParseMultipart, HeaderNamesAndMediaTypeAreCaseInsensitive)
{
    const std::string body = "--xyz\r\n"
                             "content-disposition: Form-Data; NAME=\"a\"\r\n"
                             "CONTENT-TYPE: text/plain; charset=utf-8\r\n\r\n"
                             "1\r\n--xyz--\r\n";
    const auto parts = parse_multipart("Multipart/Form-Data; charset=utf-8; Boundary=xyz", body);
    ASSERT_TRUE(parts) << parts.error().detail;
    ASSERT_EQ(parts->size(), 1U);
    EXPECT_EQ((*parts)[0].name, "a");
    EXPECT_EQ((*parts)[0].content_type, "text/plain; charset=utf-8");
}

TEST(ParseMultipart, PreambleEpilogueAndTransportPaddingAreIgnored)
{
    const std::string body = "This is a preamble.\r\n--xyz  \r\n"
                             "Content-Disposition: form-data; name=\"a\"\r\n\r\n"
                             "1\r\n--xyz--\r\nThis is an epilogue with --xyz in it.";
    const auto parts = parse_multipart("multipart/form-data; boundary=xyz", body);
    ASSERT_TRUE(parts) << parts.error().detail;
    ASSERT_EQ(parts->size(), 1U);
    EXPECT_EQ((*parts)[0].data, "1");
}

TEST(ParseMultipart, EscapedQuotesInFilenameAreUnescapedAndWindowsPathsKept)
{
    const std::string body = "--xyz\r\n"
                             "Content-Disposition: form-data; name=\"f\"; "
                             "filename=\"Logo \\\"neu\\\"; final.png\"\r\n\r\n"
                             "x\r\n--xyz\r\n"
                             "Content-Disposition: form-data; name=\"g\"; "
                             "filename=\"C:\\Users\\anna\\logo.png\"\r\n\r\n"
                             "y\r\n--xyz--";
    const auto parts = parse_multipart("multipart/form-data; boundary=xyz", body);
    ASSERT_TRUE(parts) << parts.error().detail;
    ASSERT_EQ(parts->size(), 2U);
    EXPECT_EQ((*parts)[0].filename, "Logo \"neu\"; final.png");
    EXPECT_EQ((*parts)[1].filename, "C:\\Users\\anna\\logo.png");
}

TEST(ParseMultipart, MissingClosingBoundaryIsMalformed)
{
    std::string body = browser_body();
    body.resize(body.size() - ("--"s + std::string(BOUNDARY) + "--\r\n").size());
    expect_malformed(parse_multipart(CONTENT_TYPE, body));
    expect_malformed(parse_multipart(CONTENT_TYPE, body + "--" + std::string(BOUNDARY)));
}

TEST(ParseMultipart, HeaderWithoutBoundaryIsMalformed)
{
    expect_malformed(parse_multipart("multipart/form-data", browser_body()));
    expect_malformed(parse_multipart("multipart/form-data; boundary=", browser_body()));
    expect_malformed(
        parse_multipart("multipart/form-data; boundary=\"unterminated", browser_body()));
    expect_malformed(parse_multipart("multipart/form-data; boundary=" + std::string(71, 'b'), ""));
}

TEST(ParseMultipart, OtherContentTypeIsMalformed)
{
    expect_malformed(parse_multipart("application/x-www-form-urlencoded", "a=1"));
    expect_malformed(
        parse_multipart("multipart/mixed; boundary="s + std::string(BOUNDARY), browser_body()));
    expect_malformed(parse_multipart("", ""));
}

TEST(ParseMultipart, BodyWithoutTheBoundaryIsMalformed)
{
    expect_malformed(parse_multipart(CONTENT_TYPE, ""));
    expect_malformed(parse_multipart(CONTENT_TYPE, "a=1&b=2"));
}

TEST(ParseMultipart, PartWithoutNameIsMalformed)
{
    expect_malformed(
        parse_multipart("multipart/form-data; boundary=xyz",
                        "--xyz\r\nContent-Disposition: form-data\r\n\r\n1\r\n--xyz--"));
    expect_malformed(parse_multipart("multipart/form-data; boundary=xyz",
                                     "--xyz\r\nContent-Disposition: form-data; name=\"\"\r\n\r\n"
                                     "1\r\n--xyz--"));
}

TEST(ParseMultipart, PartWithoutFormDataDispositionIsMalformed)
{
    expect_malformed(parse_multipart("multipart/form-data; boundary=xyz",
                                     "--xyz\r\nContent-Type: text/plain\r\n\r\n1\r\n--xyz--"));
    expect_malformed(
        parse_multipart("multipart/form-data; boundary=xyz", "--xyz\r\n\r\n1\r\n--xyz--"));
    expect_malformed(parse_multipart("multipart/form-data; boundary=xyz",
                                     "--xyz\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\n"
                                     "1\r\n--xyz--"));
}

TEST(ParseMultipart, BoundaryNotFollowedByLineEndIsMalformed)
{
    expect_malformed(parse_multipart("multipart/form-data; boundary=xyz",
                                     "--xyzContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                                     "1\r\n--xyz--"));
}

std::string body_with_parts(std::size_t count)
{
    std::string body;
    for (std::size_t i = 0; i < count; ++i) {
        body += "--xyz\r\nContent-Disposition: form-data; name=\"f" + std::to_string(i) +
                "\"\r\n\r\nv\r\n";
    }
    return body + "--xyz--\r\n";
}

TEST(ParseMultipart, AtMostOneHundredParts)
{
    const auto hundred = parse_multipart("multipart/form-data; boundary=xyz", body_with_parts(100));
    ASSERT_TRUE(hundred) << hundred.error().detail;
    EXPECT_EQ(hundred->size(), 100U);
    expect_malformed(parse_multipart("multipart/form-data; boundary=xyz", body_with_parts(101)));
}

TEST(ParseMultipart, RandomGarbageIsMalformed)
{
    std::mt19937 random(1);
    for (int round = 0; round < 100; ++round) {
        std::string garbage(random() % 2000, '\0');
        for (char& c : garbage) {
            c = static_cast<char>(random() & 0xff);
        }
        expect_malformed(parse_multipart(CONTENT_TYPE, garbage));
    }
}

TEST(ParseMultipart, EveryTruncationOfAValidBodyIsHandled)
{
    const std::string body = browser_body();
    const std::size_t closing = body.rfind("--"s + std::string(BOUNDARY) + "--");
    for (std::size_t length = 0; length < body.size(); ++length) {
        const auto parts = parse_multipart(CONTENT_TYPE, std::string_view(body).substr(0, length));
        if (length < closing + 2 + BOUNDARY.size() + 2) {
            EXPECT_FALSE(parts) << "prefix of " << length << " bytes";
        }
    }
}

TEST(ParseMultipart, ThousandRandomMutationsOfAValidBodyNeverCrash)
{
    const std::string original = browser_body();
    std::mt19937 random(2024);
    const std::string interesting[] = {"\r\n", "--", "\"", "\\", ";", "=", ":", "\0"s};
    for (int round = 0; round < 1000; ++round) {
        std::string body = original;
        const auto changes = 1 + random() % 6;
        for (std::uint32_t change = 0; change < changes && !body.empty(); ++change) {
            const auto at = random() % body.size();
            switch (random() % 4) {
            case 0:
                body[at] = static_cast<char>(random() & 0xff);
                break;
            case 1:
                body.erase(at, 1 + random() % 16);
                break;
            case 2:
                body.insert(at, interesting[random() % std::size(interesting)]);
                break;
            default:
                body.resize(at);
                break;
            }
        }
        const auto parts = parse_multipart(CONTENT_TYPE, body);
        if (parts) {
            EXPECT_LE(parts->size(), MAX_FORM_PARTS);
            for (const FormPart& part : *parts) {
                EXPECT_FALSE(part.name.empty());
            }
        } else {
            EXPECT_EQ(parts.error().key, "error.form.malformed");
        }
    }
}

} // namespace
} // namespace rundum::media
