// SPDX-License-Identifier: EUPL-1.2
// Meetings for calendar programs: the whole series as a feed to subscribe to (/meetings.ics) and
// one meeting to add (/treffen/{id}.ics), as the visitor may see them.
#pragma once

#include <string_view>
#include <vector>

#include "core/city.hpp"
#include "core/meeting.hpp"
#include "core/user.hpp"
#include "format/icalendar.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// A meeting as a calendar event for `member` (nullptr: the public, who get no online link):
/// host city, registration deadline and the accepted agenda items the visitor may see in its
/// description, the meeting's page as URL.
Result<format::CalendarEvent> meeting_event(Services& services, const Meeting& meeting,
                                            const std::vector<City>& cities, const User* member);

Result<Response> meetings_calendar(const Request& request, Services& services); ///< GET /meetings.ics
Result<Response> meeting_calendar_file(const Request& request, Services& services,
                               std::string_view id); ///< GET /treffen/{id}.ics

} // namespace rundum::web
