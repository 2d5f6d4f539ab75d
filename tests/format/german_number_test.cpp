// German number format: decimal comma, points between thousands, rounding.
#include <gtest/gtest.h>

#include <cmath>

#include "format/german_number.hpp"

namespace rundum::format {
namespace {

TEST(GermanNumber, PutsPointsBetweenThousandsAndACommaBeforeDecimals)
{
    EXPECT_EQ(german_number(3596999, 0), "3.596.999");
    EXPECT_EQ(german_number(598246, 0), "598.246");
    EXPECT_EQ(german_number(999, 0), "999");
    EXPECT_EQ(german_number(1000, 0), "1.000");
    EXPECT_EQ(german_number(23.04, 2), "23,04");
    EXPECT_EQ(german_number(12345.678, 1), "12.345,7");
}

TEST(GermanNumber, RoundsAndKeepsTheSignExceptForNegativeZero)
{
    EXPECT_EQ(german_number(-1.25, 1), "-1,2"); // printf rounds half to even on the binary value
    EXPECT_EQ(german_number(-0.04, 1), "0,0");
    EXPECT_EQ(german_number(-1234.5, 0), "-1.234"); // 1234.5 rounds to even: 1234
    EXPECT_EQ(german_number(7.675, 2), "7,67");     // 7.675 is 7.67499... in binary
    EXPECT_EQ(german_number(std::nan(""), 1), "–");
}

} // namespace
} // namespace rundum::format
