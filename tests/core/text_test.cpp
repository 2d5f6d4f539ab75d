// SPDX-License-Identifier: EUPL-1.2
// The small text helpers of core/text: ASCII case folding that leaves UTF-8 alone.
#include "core/text.hpp"

#include <gtest/gtest.h>

namespace rundum {
namespace {

TEST(AsciiCase, LowersOnlyAsciiCapitals)
{
    EXPECT_EQ(ascii_lowercase("Content-Type: Text/HTML"), "content-type: text/html");
    EXPECT_EQ(ascii_lowercase("ÄRGER über Straße"), "Ärger über straße"); // UTF-8 bytes untouched
    EXPECT_EQ(ascii_lowercase(""), "");
    EXPECT_EQ(ascii_lower('Z'), 'z');
    EXPECT_EQ(ascii_lower('['), '[');
}

TEST(AsciiCase, EqualsIgnoringCaseComparesWholeTexts)
{
    EXPECT_TRUE(equals_ignoring_case("Multipart/Form-Data", "multipart/form-data"));
    EXPECT_TRUE(equals_ignoring_case("", ""));
    EXPECT_FALSE(equals_ignoring_case("form-data", "form-data; x"));
    EXPECT_FALSE(equals_ignoring_case("Ä", "ä")); // only ASCII letters fold
    static_assert(equals_ignoring_case("History", "HISTORY"));
}

} // namespace
} // namespace rundum
