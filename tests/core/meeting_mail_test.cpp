// SPDX-License-Identifier: EUPL-1.2
// When a meeting's invitation, update or cancellation is due.
#include <gtest/gtest.h>

#include "core/meeting_mail.hpp"
#include "core/notification_mail.hpp"

namespace rundum {
namespace {

// 26.11.2026, 12:00 UTC = 13:00 in Berlin.
const std::int64_t NOW = unix_from_iso_utc("2026-11-26T12:00:00Z").value();
const std::string NOW_LOCAL = "2026-11-26T13:00";

Meeting spring(int sequence = 0, std::string updated_at = "2026-11-26T11:00:00Z")
{
    Meeting meeting;
    meeting.id = "m-1";
    meeting.starts_at = "2027-03-18T10:00";
    meeting.ends_at = "2027-03-18T16:00";
    meeting.registration_deadline = "2027-03-04T23:59";
    meeting.sequence = sequence;
    meeting.updated_at = std::move(updated_at);
    return meeting;
}

TEST(InvitationDue, ASettledMeetingIsInvitedOnceThenUpdatedWhenItsSequenceRises)
{
    EXPECT_EQ(invitation_due(spring(), {}, NOW_LOCAL, NOW), InvitationKind::First);
    EXPECT_EQ(invitation_due(spring(), {0}, NOW_LOCAL, NOW), InvitationKind::None);
    EXPECT_EQ(invitation_due(spring(2), {0}, NOW_LOCAL, NOW), InvitationKind::Update);
    EXPECT_EQ(invitation_due(spring(2), {0, 2}, NOW_LOCAL, NOW), InvitationKind::None);
    // Changed twice before the first mail: the first mail is an invitation, not an update.
    EXPECT_EQ(invitation_due(spring(2), {}, NOW_LOCAL, NOW), InvitationKind::First);
}

TEST(InvitationDue, AMeetingChangedInTheLastTenMinutesWaits)
{
    EXPECT_EQ(invitation_due(spring(0, "2026-11-26T11:51:00Z"), {}, NOW_LOCAL, NOW), InvitationKind::None);
    EXPECT_EQ(invitation_due(spring(0, "2026-11-26T11:50:00Z"), {}, NOW_LOCAL, NOW), InvitationKind::First);
    EXPECT_EQ(invitation_due(spring(3, "2026-11-26T11:59:00Z"), {1}, NOW_LOCAL, NOW), InvitationKind::None);
}

TEST(InvitationDue, AStartedMeetingGetsNoMail)
{
    Meeting started = spring();
    started.starts_at = "2026-11-26T13:00";
    EXPECT_EQ(invitation_due(started, {}, NOW_LOCAL, NOW), InvitationKind::None);
    started.starts_at = "2026-11-26T13:01";
    EXPECT_EQ(invitation_due(started, {}, NOW_LOCAL, NOW), InvitationKind::First);
}

TEST(InvitationDue, OnlyAnInvitedMeetingIsCancelledByMail)
{
    Meeting cancelled = spring(4);
    cancelled.is_cancelled = true;
    EXPECT_EQ(invitation_due(cancelled, {}, NOW_LOCAL, NOW), InvitationKind::None);
    EXPECT_EQ(invitation_due(cancelled, {1}, NOW_LOCAL, NOW), InvitationKind::Cancellation);
    EXPECT_EQ(invitation_due(cancelled, {1, 4}, NOW_LOCAL, NOW), InvitationKind::None);
}

} // namespace
} // namespace rundum
