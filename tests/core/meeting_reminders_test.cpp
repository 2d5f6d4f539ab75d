// SPDX-License-Identifier: EUPL-1.2
// Reminders before a meeting's registration closes.
#include "core/meeting_reminders.hpp"

#include <gtest/gtest.h>

namespace rundum {
namespace {

Meeting meeting(std::string id, std::string deadline, bool cancelled = false)
{
    Meeting out;
    out.id = std::move(id);
    out.registration_deadline = std::move(deadline);
    out.starts_at = "2027-12-31T10:00";
    out.is_cancelled = cancelled;
    return out;
}

std::vector<std::string> pairs(const std::vector<ReminderDue>& due)
{
    std::vector<std::string> out;
    for (const ReminderDue& reminder : due) {
        out.push_back(reminder.meeting_id + "/" + reminder.city_id);
    }
    return out;
}

TEST(MeetingReminders, CitiesWithoutRegistrationAreRemindedInTheWeekBeforeTheDeadline)
{
    const std::vector<Meeting> meetings = {
        meeting("later", "2027-03-20T23:59"),     // closes in 9 days: not yet
        meeting("soon", "2027-03-15T12:00"),      // closes in 4 days
        meeting("sooner", "2027-03-12T09:00"),    // closes tomorrow
        meeting("closed", "2027-03-11T09:59"),    // closed a minute ago
        meeting("cancelled", "2027-03-14T12:00", true),
    };
    const std::vector<Registration> registrations = {{"soon", "jena", {{"Anna", false}}, "", "u", ""},
                                                     {"later", "hamm", {{"Ben", false}}, "", "u", ""}};
    const auto due = registration_reminders_due(meetings, registrations, {"jena", "hamm", "essen"}, "2027-03-11T10:00");
    EXPECT_EQ(pairs(due), (std::vector<std::string>{"sooner/essen", "sooner/hamm", "sooner/jena", "soon/essen",
                                                   "soon/hamm"}));
}

TEST(MeetingReminders, TheWindowEndsExactlyAWeekAheadAndMayBeChosen)
{
    const std::vector<Meeting> meetings = {meeting("edge", "2027-03-18T10:00"), meeting("beyond", "2027-03-18T10:01")};
    EXPECT_EQ(pairs(registration_reminders_due(meetings, {}, {"jena"}, "2027-03-11T10:00")),
              (std::vector<std::string>{"edge/jena"}));
    EXPECT_EQ(pairs(registration_reminders_due(meetings, {}, {"jena"}, "2027-03-11T10:00", 1)),
              std::vector<std::string>{});
}

TEST(MeetingReminders, DaysAreAddedAcrossMonthsYearsAndLeapDays)
{
    EXPECT_EQ(add_days("2027-02-25T08:30", 7), "2027-03-04T08:30");
    EXPECT_EQ(add_days("2028-02-25T08:30", 7), "2028-03-03T08:30");
    EXPECT_EQ(add_days("2027-12-30T23:59", 3), "2028-01-02T23:59");
    EXPECT_EQ(add_days("2027-03-01", -1), "2027-02-28");
    EXPECT_EQ(add_days("bald", 7), "bald");
    EXPECT_EQ(add_days("2027-02-30T10:00", 1), "2027-02-30T10:00");
}

} // namespace
} // namespace rundum
