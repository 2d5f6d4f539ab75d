// SPDX-License-Identifier: EUPL-1.2
// Parsing shared by the calendar writer and the Berlin time conversions.
#include "format/ical_local_time.hpp"

#include <regex>

namespace rundum::format {

std::optional<icaltimetype> ical_local_time(const std::string& text)
{
    static const std::regex SHAPE(R"((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}))");
    std::smatch parts;
    if (!std::regex_match(text, parts, SHAPE)) {
        return std::nullopt;
    }
    icaltimetype time = icaltime_null_time();
    time.year = std::stoi(parts[1]);
    time.month = std::stoi(parts[2]);
    time.day = std::stoi(parts[3]);
    time.hour = std::stoi(parts[4]);
    time.minute = std::stoi(parts[5]);
    time.is_date = 0;
    if (time.month < 1 || time.month > 12 || time.day < 1 || time.day > icaltime_days_in_month(time.month, time.year) ||
        time.hour > 23 || time.minute > 59) {
        return std::nullopt;
    }
    return time;
}

} // namespace rundum::format
