// SPDX-License-Identifier: EUPL-1.2
// Wall-clock times of one zone compare as text ("2027-03-04T23:59" < "2027-03-05T00:00"), so
// no time-zone arithmetic is needed here; the caller gives "now" in Europe/Berlin.
#include "core/meeting_reminders.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "core/calendar_date.hpp"

namespace rundum {

std::string add_days(const std::string& local, int days)
{
    // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM": the day moves, the time of day stays.
    const std::string_view text = local;
    const auto date = parse_date(text.substr(0, 10));
    if (!date || (text.size() != 10 && !parse_local_date_time(text))) {
        return local;
    }
    const std::chrono::year_month_day moved{std::chrono::sys_days{*date} + std::chrono::days{days}};
    return iso_date(moved) + local.substr(10);
}

std::vector<ReminderDue> registration_reminders_due(const std::vector<Meeting>& meetings,
                                                    const std::vector<Registration>& registrations,
                                                    const std::vector<std::string>& city_ids,
                                                    const std::string& now_local, int days_before)
{
    std::set<std::pair<std::string, std::string>> registered;
    for (const Registration& registration : registrations) {
        registered.emplace(registration.meeting_id, registration.city_id);
    }
    const std::string window_end = add_days(now_local, days_before);
    std::vector<const Meeting*> closing;
    for (const Meeting& meeting : meetings) {
        const std::string& deadline = meeting.registration_deadline;
        if (!meeting.is_cancelled && deadline > now_local && deadline <= window_end) {
            closing.push_back(&meeting);
        }
    }
    std::stable_sort(closing.begin(), closing.end(), [](const Meeting* left, const Meeting* right) {
        return left->registration_deadline < right->registration_deadline;
    });
    std::vector<std::string> cities = city_ids;
    std::sort(cities.begin(), cities.end());
    std::vector<ReminderDue> due;
    for (const Meeting* meeting : closing) {
        for (const std::string& city_id : cities) {
            if (!registered.contains({meeting->id, city_id})) {
                due.push_back(ReminderDue{meeting->id, city_id});
            }
        }
    }
    return due;
}

} // namespace rundum
