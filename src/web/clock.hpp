// Time as the web layer stores and compares it: ISO 8601 UTC text and Unix seconds.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace rundum::web {

/// "2026-11-26T03:40:00Z" for a point in time.
std::string iso_utc(std::chrono::system_clock::time_point when);

/// Now, as iso_utc.
inline std::string now_iso()
{
    return iso_utc(std::chrono::system_clock::now());
}

/// "2026-11-26T04:05:11Z" as people in Germany read it: "26.11.2026, 04:05 UTC". Text that
/// is not in that form comes back unchanged.
std::string readable_time(const std::string& iso_utc_text);

/// The year now, in UTC (2026).
int current_year();

/// Now, in seconds since 1970.
std::int64_t now_unix();

} // namespace rundum::web
