// SPDX-License-Identifier: EUPL-1.2
// Mail modes and ISO UTC times, computed with the calendar of <chrono>.
#include "core/notification_mail.hpp"

#include <algorithm>

#include "core/calendar_date.hpp"

namespace rundum {

bool is_notification_mail_mode(std::string_view key)
{
    return std::find(NOTIFICATION_MAIL_MODES.begin(), NOTIFICATION_MAIL_MODES.end(), key) !=
           NOTIFICATION_MAIL_MODES.end();
}

std::string iso_utc_text(std::int64_t unix_seconds)
{
    return iso_utc(std::chrono::sys_seconds{std::chrono::seconds{unix_seconds}});
}

std::optional<std::int64_t> unix_from_iso_utc(std::string_view text)
{
    const auto moment = parse_iso_utc(text);
    if (!moment) {
        return std::nullopt;
    }
    return moment->time_since_epoch().count();
}

} // namespace rundum
