// Mail modes and ISO UTC times, computed with the calendar of <chrono>.
#include "core/notification_mail.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace rundum {

namespace {

using namespace std::chrono;

constexpr std::int64_t HOUR = 3600;
constexpr std::int64_t DAY = 24 * HOUR;

sys_days day_of(std::int64_t unix_seconds)
{
    return sys_days{days{unix_seconds >= 0 ? unix_seconds / DAY : (unix_seconds - DAY + 1) / DAY}};
}

} // namespace

bool is_notification_mail_mode(std::string_view key)
{
    return std::find(NOTIFICATION_MAIL_MODES.begin(), NOTIFICATION_MAIL_MODES.end(), key) !=
           NOTIFICATION_MAIL_MODES.end();
}

std::string iso_utc_text(std::int64_t unix_seconds)
{
    const sys_days day = day_of(unix_seconds);
    const year_month_day date{day};
    const std::int64_t seconds_of_day = unix_seconds - day.time_since_epoch().count() * DAY;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                  static_cast<int>(seconds_of_day / HOUR), static_cast<int>(seconds_of_day % HOUR / 60),
                  static_cast<int>(seconds_of_day % 60));
    return buffer;
}

std::optional<std::int64_t> unix_from_iso_utc(std::string_view text)
{
    // 0123456789012345678
    // 2026-11-26T04:05:11Z
    if (text.size() != 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' ||
        text[16] != ':' || text[19] != 'Z') {
        return std::nullopt;
    }
    int year = 0;
    unsigned month = 0;
    unsigned day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    const std::string copy(text);
    if (std::sscanf(copy.c_str(), "%4d-%2u-%2uT%2d:%2d:%2dZ", &year, &month, &day, &hour, &minute, &second) != 6) {
        return std::nullopt;
    }
    const year_month_day date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
    if (!date.ok() || hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    return sys_days{date}.time_since_epoch().count() * DAY + hour * HOUR + minute * 60 + second;
}

} // namespace rundum
