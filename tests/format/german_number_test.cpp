// SPDX-License-Identifier: EUPL-1.2
// German numbers: shown with a decimal comma and thousands dots, read as members type them.
#include <gtest/gtest.h>

#include "format/german_number.hpp"

namespace rundum::format {
namespace {

TEST(GermanNumber, ShowsThousandsDotsAndADecimalComma)
{
    EXPECT_EQ(german_number(3596999, 0), "3.596.999");
    EXPECT_EQ(german_number(110369, 0), "110.369");
    EXPECT_EQ(german_number(999, 0), "999");
    EXPECT_EQ(german_number(12.894, 2), "12,89");
    EXPECT_EQ(german_number(1234.5, 1), "1.234,5");
    EXPECT_EQ(german_number(-0.63, 1), "-0,6");
    EXPECT_EQ(german_number(-0.04, 1), "0,0") << "a rounded zero has no sign";
    EXPECT_EQ(german_number(7, 2), "7,00");
}

TEST(GermanNumber, ExactFormKeepsEveryDigitSoASaveChangesNothing)
{
    EXPECT_EQ(german_number_exact(4.67), "4,67");
    EXPECT_EQ(german_number_exact(3596999), "3.596.999");
    EXPECT_EQ(german_number_exact(-0.28), "-0,28");
    EXPECT_EQ(german_number_exact(0), "0");
    for (double value : {4.67, 12.89, 8.95, 0.1, 1234567.25, -0.63}) {
        EXPECT_EQ(parse_german_number(german_number_exact(value)), value) << value;
    }
}

TEST(GermanNumber, ReadsDecimalCommasThousandsDotsAndPlainPoints)
{
    EXPECT_EQ(parse_german_number("12,5"), 12.5);
    EXPECT_EQ(parse_german_number(" 3.596.999 "), 3596999);
    EXPECT_EQ(parse_german_number("1.234,56"), 1234.56);
    EXPECT_EQ(parse_german_number("12.5"), 12.5) << "a point that cannot be thousands is a decimal point";
    EXPECT_EQ(parse_german_number("-0,28"), -0.28);
    EXPECT_EQ(parse_german_number("+4"), 4);
    EXPECT_EQ(parse_german_number("1.234"), 1234) << "German reading: a dot before three digits groups thousands";
}

TEST(GermanNumber, RefusesWhatIsNoNumberInsteadOfGuessing)
{
    for (const char* text : {"", " ", "-", "abc", "12,5%", "1,2,3", "1.2.3", "12.", ",5", "1e5", "inf", "nan",
                             "12 5", "1.23,4", "0x10", "--1"}) {
        EXPECT_FALSE(parse_german_number(text).has_value()) << text;
    }
}

} // namespace
} // namespace rundum::format
