// Wall-clock times of one zone compare as text ("2027-03-04T23:59" < "2027-03-05T00:00"), so
// no time-zone arithmetic is needed here; the caller gives "now" in Europe/Berlin.
#include "core/meeting_reminders.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <regex>
#include <set>
#include <utility>

namespace rundum {

std::string add_days(const std::string& local, int days)
{
    static const std::regex SHAPE(R"((\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2})?)");
    std::smatch parts;
    if (!std::regex_match(local, parts, SHAPE)) {
        return local;
    }
    using namespace std::chrono;
    const year_month_day date{year{std::stoi(parts[1])}, month{static_cast<unsigned>(std::stoi(parts[2]))},
                              day{static_cast<unsigned>(std::stoi(parts[3]))}};
    if (!date.ok()) {
        return local;
    }
    const year_month_day moved{sys_days{date} + std::chrono::days{days}};
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(moved.year()),
                  static_cast<unsigned>(moved.month()), static_cast<unsigned>(moved.day()));
    return std::string(text) + parts[4].str();
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
