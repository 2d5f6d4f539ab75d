// SPDX-License-Identifier: EUPL-1.2
// libical's built-in zones read the system's tzdata, so changes of the rules arrive with
// Debian's updates rather than with rundum's.
#include "format/berlin_time.hpp"

#include <libical/ical.h>

#include <cstdio>

#include "format/ical_local_time.hpp"

namespace rundum::format {

namespace {

icaltimezone* berlin()
{
    // Loaded once; libical guards its table of built-in zones itself.
    static icaltimezone* zone = icaltimezone_get_builtin_timezone("Europe/Berlin");
    return zone;
}

} // namespace

std::string berlin_local_time(std::int64_t unix_seconds)
{
    const icaltimetype local = icaltime_from_timet_with_zone(static_cast<time_t>(unix_seconds), 0, berlin());
    char text[20];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d", local.year, local.month, local.day, local.hour,
                  local.minute);
    return text;
}

std::optional<std::int64_t> berlin_to_unix(const std::string& local)
{
    auto time = ical_local_time(local);
    if (!time) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(icaltime_as_timet_with_zone(*time, berlin()));
}

} // namespace rundum::format
