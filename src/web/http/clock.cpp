// SPDX-License-Identifier: EUPL-1.2
// Formats times for the store (text that sorts like time).
#include "web/http/clock.hpp"

#include <fstream>

#include "core/calendar_date.hpp"
#include "core/notification_mail.hpp"

namespace rundum::web {

std::string iso_utc(std::chrono::system_clock::time_point when)
{
    return iso_utc_text(std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count());
}

std::string readable_time(const std::string& iso_utc_text)
{
    const auto moment = parse_iso_utc(iso_utc_text);
    if (!moment) {
        return iso_utc_text;
    }
    return german_date_time(utc_wall_clock(*moment)) + " UTC";
}

std::int64_t now_unix()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int current_year()
{
    const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
    return static_cast<int>(today.year());
}

std::chrono::system_clock::time_point FileClock::now() const
{
    std::ifstream file(m_path);
    std::string text;
    file >> text;
    if (const auto seconds = unix_from_iso_utc(text)) {
        return std::chrono::system_clock::time_point{std::chrono::seconds{*seconds}};
    }
    return std::chrono::system_clock::now();
}

} // namespace rundum::web
