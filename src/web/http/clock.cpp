// Formats times for the store (text that sorts like time).
#include "web/http/clock.hpp"

#include <ctime>
#include <fstream>

#include "core/notification_mail.hpp"

namespace rundum::web {

std::string iso_utc(std::chrono::system_clock::time_point when)
{
    return iso_utc_text(std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count());
}

std::string readable_time(const std::string& iso_utc_text)
{
    // 0123456789012345678
    // 2026-11-26T04:05:11Z
    if (iso_utc_text.size() != 20 || iso_utc_text[4] != '-' || iso_utc_text[10] != 'T' || iso_utc_text[19] != 'Z') {
        return iso_utc_text;
    }
    return iso_utc_text.substr(8, 2) + "." + iso_utc_text.substr(5, 2) + "." + iso_utc_text.substr(0, 4) + ", " +
           iso_utc_text.substr(11, 5) + " UTC";
}

std::int64_t now_unix()
{
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int current_year()
{
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    return parts.tm_year + 1900;
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
