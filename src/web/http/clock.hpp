// SPDX-License-Identifier: EUPL-1.2
// Time as the web layer stores and compares it: ISO 8601 UTC text and Unix seconds.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>

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

/// Where background work that runs on a schedule (the notification mailer) reads the time, so
/// tests can set it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;
};

/// The real time.
class SystemClock final : public Clock {
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

/// Test only (`rundum serve --test-clock-file`): the time written in a file as ISO 8601 UTC
/// ("2026-11-30T06:30:00Z"), read again at every call so a test can move it while the server
/// runs; the real time while the file is missing or holds something else.
class FileClock final : public Clock {
public:
    explicit FileClock(std::string path) : m_path(std::move(path)) {}
    std::chrono::system_clock::time_point now() const override;

private:
    std::string m_path;
};

} // namespace rundum::web
