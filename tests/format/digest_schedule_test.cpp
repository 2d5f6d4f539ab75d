// SPDX-License-Identifier: EUPL-1.2
// When notification digests are due in Berlin time, in winter and summer, and times as Germans read them.
#include <gtest/gtest.h>

#include "core/notification_mail.hpp"
#include "format/digest_schedule.hpp"

namespace rundum::format {
namespace {

std::int64_t at(const char* iso)
{
    return unix_from_iso_utc(iso).value();
}

TEST(DigestSchedule, TheDailySlotIsSevenInTheMorningBerlinTime)
{
    // Thursday 26 November 2026, winter: 07:00 Berlin is 06:00 UTC.
    EXPECT_EQ(digest_slot("taeglich", at("2026-11-26T06:00:00Z")), at("2026-11-26T06:00:00Z"));
    EXPECT_EQ(digest_slot("taeglich", at("2026-11-26T05:59:59Z")), at("2026-11-25T06:00:00Z"));
    EXPECT_EQ(digest_slot("taeglich", at("2026-11-26T23:30:00Z")), at("2026-11-26T06:00:00Z"));
    // Summer: 07:00 Berlin is 05:00 UTC.
    EXPECT_EQ(digest_slot("taeglich", at("2026-07-01T05:30:00Z")), at("2026-07-01T05:00:00Z"));
    // On the days summer time begins and ends (29 March, 25 October 2026).
    EXPECT_EQ(digest_slot("taeglich", at("2026-03-29T05:30:00Z")), at("2026-03-29T05:00:00Z"));
    EXPECT_EQ(digest_slot("taeglich", at("2026-03-29T04:30:00Z")), at("2026-03-28T06:00:00Z"));
    EXPECT_EQ(digest_slot("taeglich", at("2026-10-25T06:30:00Z")), at("2026-10-25T06:00:00Z"));
    EXPECT_EQ(digest_slot("taeglich", at("2026-10-25T05:30:00Z")), at("2026-10-24T05:00:00Z"));
    EXPECT_FALSE(digest_slot("sofort", at("2026-07-01T05:30:00Z")).has_value());
    EXPECT_FALSE(digest_slot("nie", at("2026-07-01T05:30:00Z")).has_value());
}

TEST(DigestSchedule, TheWeeklySlotIsMondaySevenBerlinTime)
{
    // Monday 30 November 2026.
    EXPECT_EQ(digest_slot("woechentlich", at("2026-11-30T06:00:00Z")), at("2026-11-30T06:00:00Z"));
    EXPECT_EQ(digest_slot("woechentlich", at("2026-11-30T05:00:00Z")), at("2026-11-23T06:00:00Z"));
    EXPECT_EQ(digest_slot("woechentlich", at("2026-12-06T22:00:00Z")), at("2026-11-30T06:00:00Z"));
    // Sunday 23:30 Berlin is still last week's slot; Monday 00:30 Berlin (Sunday 23:30 UTC) too.
    EXPECT_EQ(digest_slot("woechentlich", at("2026-11-29T23:30:00Z")), at("2026-11-23T06:00:00Z"));
}

TEST(DigestSchedule, ADigestIsDueOncePerSlotForWhatCameBeforeIt)
{
    const auto morning = at("2026-11-26T06:30:00Z"); // Thursday 07:30 Berlin
    const char* yesterday = "2026-11-25T09:00:00Z";
    EXPECT_TRUE(is_digest_due("taeglich", "", yesterday, morning));
    EXPECT_TRUE(is_digest_due("taeglich", "2026-11-25T06:05:00Z", yesterday, morning));
    EXPECT_FALSE(is_digest_due("taeglich", "2026-11-26T06:01:00Z", yesterday, morning)) << "sent this morning";
    // What came after 07:00 waits for tomorrow's digest, also for a member who never had one.
    EXPECT_FALSE(is_digest_due("taeglich", "", "2026-11-26T06:10:00Z", morning));
    EXPECT_FALSE(is_digest_due("taeglich", "", "2026-11-26T06:00:00Z", morning));
    EXPECT_TRUE(is_digest_due("taeglich", "", "2026-11-26T05:59:59Z", morning));
    EXPECT_FALSE(is_digest_due("taeglich", "", "", morning));
    // Weekly: Monday 23 November 07:00 went by before Thursday's item; the next is 30 November.
    EXPECT_FALSE(is_digest_due("woechentlich", "", yesterday, morning));
    EXPECT_FALSE(is_digest_due("woechentlich", "", yesterday, at("2026-11-30T05:59:00Z")));
    EXPECT_TRUE(is_digest_due("woechentlich", "", yesterday, at("2026-11-30T06:10:00Z")));
    EXPECT_FALSE(is_digest_due("woechentlich", "2026-11-30T06:05:00Z", yesterday, at("2026-11-30T06:10:00Z")));
    EXPECT_FALSE(is_digest_due("sofort", "", yesterday, morning));
    EXPECT_FALSE(is_digest_due("nie", "", yesterday, morning));
}

TEST(DigestSchedule, TimesReadInBerlin)
{
    EXPECT_EQ(berlin_time_text("2026-11-26T08:15:00Z"), "26.11.2026, 09:15");
    EXPECT_EQ(berlin_time_text("2026-07-31T22:30:00Z"), "01.08.2026, 00:30");
    EXPECT_EQ(berlin_time_text("gestern"), "gestern");
}

} // namespace
} // namespace rundum::format
