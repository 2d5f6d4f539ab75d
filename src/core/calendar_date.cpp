// SPDX-License-Identifier: EUPL-1.2
// Fixed-width ISO text read digit by digit (no locale, no sign, no spaces), checked with
// year_month_day::ok(); written back with snprintf (g++ 12 has no std::format).
#include "core/calendar_date.hpp"

#include <cstdio>

namespace rundum {

namespace {

using namespace std::chrono;

// The number in text[from, from + count) if it is all digits.
std::optional<int> digits_at(std::string_view text, std::size_t from, std::size_t count)
{
    if (from + count > text.size()) {
        return std::nullopt;
    }
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return std::nullopt;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::string two_digits(unsigned value)
{
    char text[4];
    std::snprintf(text, sizeof text, "%02u", value % 100);
    return text;
}

} // namespace

std::optional<year> parse_year(std::string_view text)
{
    const auto number = text.size() == 4 ? digits_at(text, 0, 4) : std::nullopt;
    if (!number) {
        return std::nullopt;
    }
    return year{*number};
}

std::optional<year_month> parse_year_month(std::string_view text)
{
    if (text.size() != 7 || text[4] != '-') {
        return std::nullopt;
    }
    const auto first = parse_year(text.substr(0, 4));
    const auto number = digits_at(text, 5, 2);
    if (!first || !number) {
        return std::nullopt;
    }
    const year_month result{*first, month{static_cast<unsigned>(*number)}};
    return result.ok() ? std::optional(result) : std::nullopt;
}

std::optional<year_month_day> parse_date(std::string_view text)
{
    if (text.size() != 10 || text[7] != '-') {
        return std::nullopt;
    }
    const auto month_of = parse_year_month(text.substr(0, 7));
    const auto number = digits_at(text, 8, 2);
    if (!month_of || !number) {
        return std::nullopt;
    }
    const year_month_day result{*month_of / day{static_cast<unsigned>(*number)}};
    return result.ok() ? std::optional(result) : std::nullopt;
}

std::optional<minutes> parse_clock_time(std::string_view text)
{
    if (text.size() != 5 || text[2] != ':') {
        return std::nullopt;
    }
    const auto hour = digits_at(text, 0, 2);
    const auto minute = digits_at(text, 3, 2);
    if (!hour || !minute || *hour > 23 || *minute > 59) {
        return std::nullopt;
    }
    return hours{*hour} + minutes{*minute};
}

std::optional<LocalDateTime> parse_local_date_time(std::string_view text)
{
    if (text.size() != 16 || text[10] != 'T') {
        return std::nullopt;
    }
    const auto date = parse_date(text.substr(0, 10));
    const auto time = parse_clock_time(text.substr(11));
    if (!date || !time) {
        return std::nullopt;
    }
    return LocalDateTime{*date, *time};
}

std::optional<sys_seconds> parse_iso_utc(std::string_view text)
{
    // 0123456789012345678
    // 2026-11-26T04:05:11Z
    if (text.size() != 20 || text[16] != ':' || text[19] != 'Z') {
        return std::nullopt;
    }
    const auto local = parse_local_date_time(text.substr(0, 16));
    const auto second = digits_at(text, 17, 2);
    if (!local || !second || *second > 60) {
        return std::nullopt;
    }
    return sys_days{local->date} + local->time_of_day + seconds{*second};
}

bool is_calendar_date(std::string_view text)
{
    return parse_date(text).has_value();
}

bool is_year_or_month(std::string_view text)
{
    return parse_year(text) || parse_year_month(text);
}

std::optional<year> leading_year(std::string_view text)
{
    if (text.size() < 4 || (text.size() > 4 && text[4] != '-')) {
        return std::nullopt;
    }
    return parse_year(text.substr(0, 4));
}

bool is_year_between(year value, int first, int last)
{
    return value >= year{first} && value <= year{last};
}

std::string iso_date(year_month_day date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return text;
}

std::string clock_time_text(minutes time_of_day)
{
    const auto count = static_cast<unsigned>(time_of_day.count());
    return two_digits(count / 60) + ":" + two_digits(count % 60);
}

std::string iso_local_date_time(const LocalDateTime& time)
{
    return iso_date(time.date) + "T" + clock_time_text(time.time_of_day);
}

LocalDateTime utc_wall_clock(sys_seconds moment)
{
    const sys_days day = floor<days>(moment);
    return LocalDateTime{year_month_day{day}, floor<minutes>(moment - day)};
}

std::string iso_utc(sys_seconds moment)
{
    const sys_days day = floor<days>(moment);
    const auto second = static_cast<unsigned>((moment - day).count() % 60);
    return iso_local_date_time(utc_wall_clock(moment)) + ":" + two_digits(second) + "Z";
}

std::string date_part(std::string_view iso_time)
{
    return std::string(iso_time.substr(0, 10));
}

std::string german_date(year_month_day date)
{
    char text[16];
    std::snprintf(text, sizeof text, "%02u.%02u.%04d", static_cast<unsigned>(date.day()),
                  static_cast<unsigned>(date.month()), static_cast<int>(date.year()));
    return text;
}

std::string german_date_time(const LocalDateTime& time)
{
    return german_date(time.date) + ", " + clock_time_text(time.time_of_day);
}

std::string readable_day(std::string_view text)
{
    const auto date = text.size() >= 10 ? parse_date(text.substr(0, 10)) : std::nullopt;
    return date ? german_date(*date) : std::string(text);
}

std::string readable_month(std::string_view text)
{
    const auto month_of = parse_year_month(text);
    if (!month_of) {
        return std::string(text);
    }
    char out[16];
    std::snprintf(out, sizeof out, "%02u/%04d", static_cast<unsigned>(month_of->month()),
                  static_cast<int>(month_of->year()));
    return out;
}

} // namespace rundum
