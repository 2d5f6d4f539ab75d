// SPDX-License-Identifier: EUPL-1.2
// Dates and times as rundum stores them (ISO 8601 text) on std::chrono: parsing with real-day
// checks, the ISO text back, and the German forms pages show ("14.03.2025").
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace rundum {

/// A wall-clock time of one day, "YYYY-MM-DDTHH:MM" (Europe/Berlin wherever rundum uses it).
struct LocalDateTime {
    std::chrono::year_month_day date;
    std::chrono::minutes time_of_day{0};
};

/// "2025": four digits.
std::optional<std::chrono::year> parse_year(std::string_view text);
/// "2025-03": four digits, a dash, a month 01–12.
std::optional<std::chrono::year_month> parse_year_month(std::string_view text);
/// "2025-02-28": a day that exists (29 February only in leap years).
std::optional<std::chrono::year_month_day> parse_date(std::string_view text);
/// "09:30": a time of day 00:00–23:59.
std::optional<std::chrono::minutes> parse_clock_time(std::string_view text);
/// "2025-02-28T09:30": a real day and a time of day.
std::optional<LocalDateTime> parse_local_date_time(std::string_view text);
/// "2026-11-26T04:05:11Z": a moment in UTC (second 60 allowed for a leap second).
std::optional<std::chrono::sys_seconds> parse_iso_utc(std::string_view text);

/// Whether `text` is a real day "YYYY-MM-DD".
bool is_calendar_date(std::string_view text);
/// Whether `text` is a year "YYYY" or a month "YYYY-MM" (when a project started, say).
bool is_year_or_month(std::string_view text);
/// The year a "YYYY", "YYYY-MM", date or ISO time text starts with.
std::optional<std::chrono::year> leading_year(std::string_view text);
/// Whether `year` lies in [first, last].
bool is_year_between(std::chrono::year year, int first, int last);

/// "2025-03-14".
std::string iso_date(std::chrono::year_month_day date);
/// "2025-03-14T09:30".
std::string iso_local_date_time(const LocalDateTime& time);
/// "2026-11-26T04:05:11Z".
std::string iso_utc(std::chrono::sys_seconds moment);
/// A moment in UTC as the wall clock of UTC shows it.
LocalDateTime utc_wall_clock(std::chrono::sys_seconds moment);
/// The day "YYYY-MM-DD" an ISO time "YYYY-MM-DDTHH:MM..." begins with (today of "now").
std::string date_part(std::string_view iso_time);

/// "14.03.2025", the German form of a day.
std::string german_date(std::chrono::year_month_day date);
/// "14.03.2025, 09:30".
std::string german_date_time(const LocalDateTime& time);
/// For pages: a text that starts with a real day ("2025-03-14", "2025-03-14T09:30:00Z") as
/// "14.03.2025"; any other text as it is.
std::string readable_day(std::string_view text);
/// For pages: a month "2025-03" as "03/2025"; any other text as it is.
std::string readable_month(std::string_view text);
/// "09:30".
std::string clock_time_text(std::chrono::minutes time_of_day);

} // namespace rundum
