// SPDX-License-Identifier: EUPL-1.2
// The one date module: real days only, every stored shape read and written back, German forms.
#include "core/calendar_date.hpp"

#include <gtest/gtest.h>

namespace rundum {
namespace {

using namespace std::chrono;

TEST(CalendarDate, AcceptsRealDaysOnly)
{
    EXPECT_TRUE(is_calendar_date("2024-02-29")); // leap year
    EXPECT_FALSE(is_calendar_date("2023-02-29"));
    EXPECT_TRUE(is_calendar_date("2000-02-29")); // divisible by 400
    EXPECT_FALSE(is_calendar_date("1900-02-29")); // divisible by 100 only
    EXPECT_TRUE(is_calendar_date("2025-12-31"));
    EXPECT_FALSE(is_calendar_date("2025-04-31"));
    EXPECT_FALSE(is_calendar_date("2025-13-01"));
    EXPECT_FALSE(is_calendar_date("2025-00-10"));
    EXPECT_FALSE(is_calendar_date("2025-01-00"));
    EXPECT_EQ(parse_date("2024-02-29"), std::optional(year{2024} / February / 29));
}

TEST(CalendarDate, RefusesGarbage)
{
    for (const char* text : {"", "2025", "2025-1-01", "2025-01-1", "25-01-01", "2025/01/01", "2025-01-01 ",
                             " 2025-01-01", "+025-01-01", "2025-0a-01", "2025-01-01T10:00", "abcd-ef-gh"}) {
        EXPECT_FALSE(is_calendar_date(text)) << text;
    }
}

TEST(CalendarDate, ReadsYearsMonthsAndTimesOfDay)
{
    EXPECT_TRUE(is_year_or_month("2024"));
    EXPECT_TRUE(is_year_or_month("2024-12"));
    EXPECT_FALSE(is_year_or_month("2024-13"));
    EXPECT_FALSE(is_year_or_month("2024-1"));
    EXPECT_FALSE(is_year_or_month("24"));
    EXPECT_EQ(parse_clock_time("23:59"), std::optional(minutes{23 * 60 + 59}));
    EXPECT_FALSE(parse_clock_time("24:00"));
    EXPECT_FALSE(parse_clock_time("12:60"));
    EXPECT_FALSE(parse_clock_time("9:30"));
    EXPECT_EQ(leading_year("2019-05-01T10:00:00Z"), std::optional(year{2019}));
    EXPECT_EQ(leading_year("2019"), std::optional(year{2019}));
    EXPECT_FALSE(leading_year("20190"));
    EXPECT_TRUE(is_year_between(year{2000}, 2000, 2100));
    EXPECT_FALSE(is_year_between(year{2101}, 2000, 2100));
}

TEST(CalendarDate, LocalAndUtcTimesRoundTrip)
{
    const auto local = parse_local_date_time("2024-02-29T09:05");
    ASSERT_TRUE(local);
    EXPECT_EQ(iso_local_date_time(*local), "2024-02-29T09:05");
    EXPECT_FALSE(parse_local_date_time("2023-02-29T09:05"));
    EXPECT_FALSE(parse_local_date_time("2024-02-29 09:05"));
    EXPECT_FALSE(parse_local_date_time("2024-02-29T25:05"));

    const auto moment = parse_iso_utc("2026-11-26T04:05:11Z");
    ASSERT_TRUE(moment);
    EXPECT_EQ(moment->time_since_epoch().count(), 1795665911);
    EXPECT_EQ(iso_utc(*moment), "2026-11-26T04:05:11Z");
    EXPECT_EQ(iso_utc(sys_seconds{seconds{-1}}), "1969-12-31T23:59:59Z");
    EXPECT_FALSE(parse_iso_utc("2026-11-26T04:05:11"));
    EXPECT_FALSE(parse_iso_utc("2026-11-31T04:05:11Z"));
    EXPECT_FALSE(parse_iso_utc("2026-11-26T04:05:61Z"));
    EXPECT_EQ(date_part("2026-11-26T04:05:11Z"), "2026-11-26");
}

TEST(CalendarDate, FormatsForGermanPages)
{
    EXPECT_EQ(german_date(year{2025} / March / 4), "04.03.2025");
    EXPECT_EQ(readable_day("2025-03-14"), "14.03.2025");
    EXPECT_EQ(readable_day("2025-03-14T09:30:00Z"), "14.03.2025");
    EXPECT_EQ(readable_day("2025-02-30"), "2025-02-30"); // no such day: shown as it is
    EXPECT_EQ(readable_day("bald"), "bald");
    EXPECT_EQ(readable_month("2025-03"), "03/2025");
    EXPECT_EQ(readable_month("2025"), "2025");
    EXPECT_EQ(german_date_time(*parse_local_date_time("2026-11-26T09:15")), "26.11.2026, 09:15");
    EXPECT_EQ(german_date_time(utc_wall_clock(*parse_iso_utc("2026-11-26T04:05:11Z"))), "26.11.2026, 04:05");
}

} // namespace
} // namespace rundum
