// The digest schedule in Berlin time, computed with the calendar of <chrono> (GCC 12 has no
// time-zone database, so the EU summer-time rule is written out; it has held since 1996).
#include "core/notification_mail.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace rundum {

namespace {

using namespace std::chrono;

constexpr std::int64_t HOUR = 3600;
constexpr std::int64_t DAY = 24 * HOUR;

// 01:00 UTC on the last Sunday of a month.
std::int64_t last_sunday_one_utc(int year, unsigned month)
{
    const sys_days day{year_month_weekday_last{std::chrono::year{year}, std::chrono::month{month},
                                               weekday_last{Sunday}}};
    return day.time_since_epoch().count() * DAY + HOUR;
}

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

int berlin_utc_offset_seconds(std::int64_t unix_seconds)
{
    const int year = static_cast<int>(year_month_day{day_of(unix_seconds)}.year());
    const bool summer =
        unix_seconds >= last_sunday_one_utc(year, 3) && unix_seconds < last_sunday_one_utc(year, 10);
    return summer ? 7200 : 3600;
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

std::optional<std::int64_t> digest_slot(std::string_view mode, std::int64_t now_unix)
{
    if (mode != MAIL_DAILY && mode != MAIL_WEEKLY) {
        return std::nullopt;
    }
    // Work in Berlin wall-clock seconds, then take the offset of that moment off again. At
    // 07:00 the offset is the day's (summer time changes at 01:00 UTC, long before).
    const std::int64_t local_now = now_unix + berlin_utc_offset_seconds(now_unix);
    sys_days local_day = day_of(local_now);
    if (local_now - local_day.time_since_epoch().count() * DAY < DIGEST_HOUR * HOUR) {
        local_day -= days{1};
    }
    if (mode == MAIL_WEEKLY) {
        const weekday today{local_day};
        local_day -= days{(today.c_encoding() + 6) % 7}; // back to Monday (c_encoding: Sunday 0)
    }
    const std::int64_t local_slot = local_day.time_since_epoch().count() * DAY + DIGEST_HOUR * HOUR;
    return local_slot - berlin_utc_offset_seconds(local_slot - HOUR * 2);
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
    const std::int64_t local = *moment + berlin_utc_offset_seconds(*moment);
    const sys_days local_day = day_of(local);
    const year_month_day date{local_day};
    const std::int64_t seconds_of_day = local - local_day.time_since_epoch().count() * DAY;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%02u.%02u.%04d, %02d:%02d", static_cast<unsigned>(date.day()),
                  static_cast<unsigned>(date.month()), static_cast<int>(date.year()),
                  static_cast<int>(seconds_of_day / HOUR), static_cast<int>(seconds_of_day % HOUR / 60));
    return buffer;
}

} // namespace rundum
