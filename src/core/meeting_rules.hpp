// SPDX-License-Identifier: EUPL-1.2
// Validation of network meetings, agenda items, registrations and action items before anything
// is stored.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/challenge.hpp"
#include "core/city.hpp"
#include "core/meeting.hpp"
#include "core/project.hpp"
#include "core/result.hpp"

namespace rundum {

/// Limits in characters (not bytes), so a text full of umlauts gets the same room.
inline constexpr std::size_t MAX_MEETING_TITLE = 200;
inline constexpr std::size_t MAX_MEETING_VENUE = 500;
inline constexpr std::size_t MAX_MEETING_LINK = 500;
inline constexpr std::size_t MAX_MEETING_DESCRIPTION = 20'000;
inline constexpr std::size_t MAX_MEETING_MINUTES = 50'000;
inline constexpr std::size_t MAX_MEETING_DECISIONS = 50;
inline constexpr std::size_t MAX_DECISION = 1000;
inline constexpr std::size_t MAX_AGENDA_TITLE = 200;
inline constexpr std::size_t MAX_AGENDA_NOTE = 2000;
inline constexpr int MAX_AGENDA_POSITION = 999;
inline constexpr int MAX_AGENDA_DURATION = 600; ///< minutes
inline constexpr std::size_t MAX_ATTENDEES = 30;
inline constexpr std::size_t MAX_ATTENDEE_NAME = 200;
inline constexpr std::size_t MAX_REGISTRATION_NOTE = 1000;
inline constexpr std::size_t MAX_ACTION_TEXT = 1000;

/// Whether `text` is a wall-clock time "YYYY-MM-DDTHH:MM" of a real day (years 2000–2100).
bool is_local_date_time(std::string_view text);

/// Checks a meeting: title present and not too long; start, end and registration deadline
/// valid wall-clock times, the end after the start, the deadline at or before the start; the
/// host city one of `cities`; a venue or an https online link (or both); texts and decisions
/// within their limits. Errors name the field in their key ("meeting.error.title_missing" ...).
Result<void> validate_meeting(const Meeting& meeting, const std::vector<City>& cities);

/// Checks an agenda item. A presentation needs `project`: the project as the proposer may see
/// it (nullptr when it does not exist or is hidden from them), and when the item has a
/// proposing city, a project of that city. A discussion needs `challenge` (nullptr when there
/// is none). Every item needs a title; note, position, start time ("HH:MM" or empty) and
/// duration within their limits.
Result<void> validate_agenda_item(const AgendaItem& item, const Project* project,
                                  const Challenge* challenge);

/// Checks a city's registration: at least one attendee, every attendee named, within the
/// limits. Until the meeting's registration deadline (compared with `now_local`, Berlin wall
/// clock) anyone allowed may register; afterwards only admins (`is_admin`). A cancelled
/// meeting takes no registrations.
Result<void> validate_registration(const Registration& registration, const Meeting& meeting,
                                   std::string_view now_local, bool is_admin);

/// Whether a city may still register, change or withdraw for `meeting` at `now_local`.
bool is_registration_open(const Meeting& meeting, std::string_view now_local);

/// Checks an action item: text present and within its limit, the responsible city one of
/// `cities`, the due date a real day or empty.
Result<void> validate_action_item(const ActionItem& item, const std::vector<City>& cities);

} // namespace rundum
