// SPDX-License-Identifier: EUPL-1.2
// iCalendar (RFC 5545) for network meetings: one meeting to download or attach to an
// invitation, or the whole series as a feed that calendar programs subscribe to.
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"

namespace rundum::format {

/// One event as the reader may see it: the web layer decides what goes in (e.g. the online
/// link only for members) and writes the texts in the reader's language.
struct CalendarEvent {
    std::string uid;         ///< globally unique and stable, e.g. "m-1234@rundum.example"
    std::string summary;     ///< the title
    std::string starts_at;   ///< local time in Europe/Berlin, "YYYY-MM-DDTHH:MM"
    std::string ends_at;     ///< local time in Europe/Berlin, "YYYY-MM-DDTHH:MM"
    std::string location;    ///< venue, may be empty
    std::string description; ///< plain text, may span lines, may be empty
    std::string url;         ///< absolute link to the meeting's page, may be empty
    int sequence{0};         ///< raised with every change, so calendars replace their copy
    bool is_cancelled{false};
    std::string stamp;       ///< last change, ISO 8601 UTC ("2026-11-26T10:00:00Z")
};

/// What the calendar as a whole says.
struct CalendarOptions {
    std::string name;            ///< shown by calendar programs (X-WR-CALNAME), may be empty
    std::string method{"PUBLISH"}; ///< "PUBLISH" for feeds and downloads, "REQUEST" for invitations
    std::string organizer_email; ///< ORGANIZER of every event (needed for REQUEST), may be empty
};

/// A VCALENDAR with the Europe/Berlin VTIMEZONE and one VEVENT per event, CRLF lines folded
/// at 75 octets. Invalid when a time is malformed or an event ends before it starts.
Result<std::string> meeting_calendar(const std::vector<CalendarEvent>& events, const CalendarOptions& options);

} // namespace rundum::format
