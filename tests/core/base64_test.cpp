// SPDX-License-Identifier: EUPL-1.2
// The one base64 codec: RFC 4648's test vectors, both alphabets, refusal of what is no base64.
#include "core/base64.hpp"

#include <gtest/gtest.h>

#include <array>
#include <utility>

namespace rundum {
namespace {

using namespace std::string_literals;

TEST(Base64, EncodesTheTestVectorsOfRfc4648)
{
    const std::array<std::pair<std::string, std::string>, 7> vectors = {{{"", ""},
                                                                         {"f", "Zg=="},
                                                                         {"fo", "Zm8="},
                                                                         {"foo", "Zm9v"},
                                                                         {"foob", "Zm9vYg=="},
                                                                         {"fooba", "Zm9vYmE="},
                                                                         {"foobar", "Zm9vYmFy"}}};
    for (const auto& [bytes, text] : vectors) {
        EXPECT_EQ(to_base64(bytes), text);
        EXPECT_EQ(from_base64(text), bytes);
    }
}

TEST(Base64, StandardAlphabetPadsAndUrlAlphabetDoesNot)
{
    const std::string bytes = "\xfb\xff\x00\xfe"s;
    EXPECT_EQ(to_base64(bytes), "+/8A/g==");
    EXPECT_EQ(to_base64url(bytes), "-_8A_g");
    EXPECT_EQ(to_base64url(std::string(32, '\x01')).size(), 43U); // a token: 32 bytes, 43 characters
}

TEST(Base64, RoundTripsEveryByte)
{
    std::string bytes;
    for (int i = 0; i < 256; ++i) {
        bytes += static_cast<char>(i);
    }
    EXPECT_EQ(from_base64(to_base64(bytes)), bytes);
}

TEST(Base64, RefusesWhatIsNoPaddedStandardBase64)
{
    EXPECT_FALSE(from_base64("Zg").has_value());      // padding missing
    EXPECT_FALSE(from_base64("Zm9v!").has_value());   // not in the alphabet
    EXPECT_FALSE(from_base64("-_8A_g==").has_value()); // URL alphabet
    EXPECT_FALSE(from_base64("Zm9v\r\nYmFy").has_value());
    EXPECT_FALSE(from_base64("Zm9vYmFy=").has_value());
}

} // namespace
} // namespace rundum
