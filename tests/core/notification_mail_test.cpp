// When digests are due in Berlin time, across summer time, and the stable mode keys.
#include <gtest/gtest.h>

#include "core/notification_mail.hpp"

namespace rundum {
namespace {

std::int64_t at(const char* iso)
{
    return unix_from_iso_utc(iso).value();
}

TEST(NotificationMail, KnowsExactlyTheFourModes)
{
    for (const char* mode : {"sofort", "taeglich", "woechentlich", "nie"}) {
        EXPECT_TRUE(is_notification_mail_mode(mode)) << mode;
    }
    for (const char* mode : {"", "Sofort", "daily", "nie "}) {
        EXPECT_FALSE(is_notification_mail_mode(mode)) << mode;
    }
    EXPECT_EQ(NotificationMailSettings{}.mode, "taeglich");
}

TEST(NotificationMail, BerlinIsOneHourAheadInWinterAndTwoInSummer)
{
    EXPECT_EQ(berlin_utc_offset_seconds(at("2026-01-15T12:00:00Z")), 3600);
    EXPECT_EQ(berlin_utc_offset_seconds(at("2026-07-15T12:00:00Z")), 7200);
    // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
    EXPECT_EQ(berlin_utc_offset_seconds(at("2026-03-29T00:59:59Z")), 3600);
    EXPECT_EQ(berlin_utc_offset_seconds(at("2026-03-29T01:00:00Z")), 7200);
    EXPECT_EQ(berlin_utc_offset_seconds(at("2026-10-25T00:59:59Z")), 7200);
    EXPECT_EQ(berlin_utc_offset_seconds(at("2026-10-25T01:00:00Z")), 3600);
}

TEST(NotificationMail, ReadsOnlyIsoUtcText)
{
    EXPECT_EQ(iso_utc_text(at("2026-02-28T23:59:07Z")), "2026-02-28T23:59:07Z");
    EXPECT_EQ(iso_utc_text(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(unix_from_iso_utc("1970-01-02T00:00:01Z"), 86401);
    EXPECT_FALSE(unix_from_iso_utc("2026-02-30T00:00:00Z").has_value());
    EXPECT_FALSE(unix_from_iso_utc("2026-11-26 04:05:11").has_value());
    EXPECT_FALSE(unix_from_iso_utc("").has_value());
}

TEST(NotificationMail, TheDailySlotIsSevenInTheMorningBerlinTime)
{
    // Thursday 26 November 2026, winter: 07:00 Berlin is 06:00 UTC.
    EXPECT_EQ(digest_slot("taeglich", at("2026-11-26T06:00:00Z")), at("2026-11-26T06:00:00Z"));
    EXPECT_EQ(digest_slot("taeglich", at("2026-11-26T05:59:59Z")), at("2026-11-25T06:00:00Z"));
    EXPECT_EQ(digest_slot("taeglich", at("2026-11-26T23:30:00Z")), at("2026-11-26T06:00:00Z"));
    // Summer: 07:00 Berlin is 05:00 UTC.
    EXPECT_EQ(digest_slot("taeglich", at("2026-07-01T05:30:00Z")), at("2026-07-01T05:00:00Z"));
    EXPECT_FALSE(digest_slot("sofort", at("2026-07-01T05:30:00Z")).has_value());
    EXPECT_FALSE(digest_slot("nie", at("2026-07-01T05:30:00Z")).has_value());
}

TEST(NotificationMail, TheWeeklySlotIsMondaySevenBerlinTime)
{
    // Monday 30 November 2026.
    EXPECT_EQ(digest_slot("woechentlich", at("2026-11-30T06:00:00Z")), at("2026-11-30T06:00:00Z"));
    EXPECT_EQ(digest_slot("woechentlich", at("2026-11-30T05:00:00Z")), at("2026-11-23T06:00:00Z"));
    EXPECT_EQ(digest_slot("woechentlich", at("2026-12-06T22:00:00Z")), at("2026-11-30T06:00:00Z"));
    // Sunday 23:30 Berlin is still last week's slot; Monday 00:30 Berlin (Sunday 23:30 UTC) too.
    EXPECT_EQ(digest_slot("woechentlich", at("2026-11-29T23:30:00Z")), at("2026-11-23T06:00:00Z"));
}

TEST(NotificationMail, ADigestIsDueOncePerSlotForWhatCameBeforeIt)
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

TEST(NotificationMail, TimesReadInBerlin)
{
    EXPECT_EQ(berlin_time_text("2026-11-26T08:15:00Z"), "26.11.2026, 09:15");
    EXPECT_EQ(berlin_time_text("2026-07-31T22:30:00Z"), "01.08.2026, 00:30");
    EXPECT_EQ(berlin_time_text("gestern"), "gestern");
}

} // namespace
} // namespace rundum
