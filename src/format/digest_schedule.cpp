// SPDX-License-Identifier: EUPL-1.2
// Works on Berlin wall-clock text ("YYYY-MM-DDTHH:MM") and the calendar of <chrono>, so days of
// 23 or 25 hours (summer time) need no special case.
#include "format/digest_schedule.hpp"

#include <chrono>

#include "core/calendar_date.hpp"
#include "core/notification_mail.hpp"
#include "format/berlin_time.hpp"

namespace rundum::format {

namespace {

using namespace std::chrono;

// "2026-11-26T09:15" -> the day and the hour; nullopt for other text.
std::optional<std::pair<sys_days, int>> day_and_hour(const std::string& local)
{
    const auto time = parse_local_date_time(local);
    if (!time) {
        return std::nullopt;
    }
    return std::pair{sys_days{time->date}, static_cast<int>(floor<hours>(time->time_of_day).count())};
}

} // namespace

std::optional<std::int64_t> digest_slot(std::string_view mode, std::int64_t now_unix)
{
    if (mode != MAIL_DAILY && mode != MAIL_WEEKLY) {
        return std::nullopt;
    }
    const auto now = day_and_hour(berlin_local_time(now_unix));
    if (!now) {
        return std::nullopt;
    }
    sys_days day = now->first;
    if (now->second < DIGEST_HOUR) {
        day -= days{1};
    }
    if (mode == MAIL_WEEKLY) {
        day -= days{(weekday{day}.c_encoding() + 6) % 7}; // back to Monday (c_encoding: Sunday 0)
    }
    return berlin_to_unix(iso_local_date_time(LocalDateTime{year_month_day{day}, hours{DIGEST_HOUR}}));
}

bool is_digest_due(std::string_view mode, std::string_view last_digest_at, std::string_view oldest_waiting_at,
                   std::int64_t now_unix)
{
    const auto slot = digest_slot(mode, now_unix);
    const auto oldest = unix_from_iso_utc(oldest_waiting_at);
    if (!slot || !oldest || *oldest >= *slot) {
        return false;
    }
    const auto last = unix_from_iso_utc(last_digest_at);
    return !last || *last < *slot;
}

std::string berlin_time_text(std::string_view iso_utc)
{
    const auto moment = unix_from_iso_utc(iso_utc);
    if (!moment) {
        return std::string(iso_utc);
    }
    const auto local = parse_local_date_time(berlin_local_time(*moment));
    return local ? german_date_time(*local) : std::string(iso_utc);
}

} // namespace rundum::format
