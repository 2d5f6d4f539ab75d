// SPDX-License-Identifier: EUPL-1.2
// The stable mode keys and the ISO UTC times the store keeps.
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

TEST(NotificationMail, ReadsOnlyIsoUtcText)
{
    EXPECT_EQ(iso_utc_text(at("2026-02-28T23:59:07Z")), "2026-02-28T23:59:07Z");
    EXPECT_EQ(iso_utc_text(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(unix_from_iso_utc("1970-01-02T00:00:01Z"), 86401);
    EXPECT_FALSE(unix_from_iso_utc("2026-02-30T00:00:00Z").has_value());
    EXPECT_FALSE(unix_from_iso_utc("2026-11-26 04:05:11").has_value());
    EXPECT_FALSE(unix_from_iso_utc("").has_value());
}

} // namespace
} // namespace rundum
