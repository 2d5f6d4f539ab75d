// SPDX-License-Identifier: EUPL-1.2
// Which cities to remind that a meeting's registration closes soon: those that have not
// registered yet, once per meeting and city (the store records what was sent).
#pragma once

#include <string>
#include <vector>

#include "core/meeting.hpp"

namespace rundum {

/// How long before the registration deadline cities are reminded.
inline constexpr int REMINDER_DAYS_BEFORE_DEADLINE = 7;

/// One reminder to send: the city has not registered for the meeting.
struct ReminderDue {
    std::string meeting_id;
    std::string city_id;
};

/// The reminders due at `now_local` (Europe/Berlin, "YYYY-MM-DDTHH:MM"): for every meeting that
/// is not cancelled and whose registration closes after now but within `days_before` days, each
/// city of `city_ids` without a registration. Ordered by deadline, then by city id.
std::vector<ReminderDue> registration_reminders_due(const std::vector<Meeting>& meetings,
                                                    const std::vector<Registration>& registrations,
                                                    const std::vector<std::string>& city_ids,
                                                    const std::string& now_local,
                                                    int days_before = REMINDER_DAYS_BEFORE_DEADLINE);

/// The local time `days` days after `local` ("YYYY-MM-DDTHH:MM", same wall-clock time; days
/// may be negative). Text in another form comes back unchanged.
std::string add_days(const std::string& local, int days);

} // namespace rundum
