// SPDX-License-Identifier: EUPL-1.2
// Berlin wall-clock time from and to Unix seconds, on both sides of the clock changes.
#include "format/berlin_time.hpp"

#include <gtest/gtest.h>

namespace rundum::format {
namespace {

TEST(BerlinTime, WinterIsOneHourAndSummerTwoHoursAheadOfUtc)
{
    EXPECT_EQ(berlin_local_time(1805360400), "2027-03-18T10:00"); // 2027-03-18 09:00 UTC
    EXPECT_EQ(berlin_local_time(1812614400), "2027-06-10T10:00"); // 2027-06-10 08:00 UTC
    EXPECT_EQ(berlin_to_unix("2027-03-18T10:00"), 1805360400);
    EXPECT_EQ(berlin_to_unix("2027-06-10T10:00"), 1812614400);
}

TEST(BerlinTime, TheNightsOfTheClockChangesComeOutRight)
{
    // 2027-03-28 01:00 UTC is 03:00 summer time (02:00 winter time never happens that night).
    EXPECT_EQ(berlin_local_time(1806195600 - 1), "2027-03-28T01:59");
    EXPECT_EQ(berlin_local_time(1806195600), "2027-03-28T03:00");
    // 2027-10-31 01:00 UTC is 02:00 winter time, an hour after 02:00 summer time.
    EXPECT_EQ(berlin_local_time(1824944400 - 3600), "2027-10-31T02:00");
    EXPECT_EQ(berlin_local_time(1824944400), "2027-10-31T02:00");
}

TEST(BerlinTime, OtherTextIsNoTime)
{
    EXPECT_FALSE(berlin_to_unix("18.03.2027 10:00"));
    EXPECT_FALSE(berlin_to_unix("2027-02-29T10:00"));
    EXPECT_FALSE(berlin_to_unix("2027-03-18T24:00"));
}

} // namespace
} // namespace rundum::format
