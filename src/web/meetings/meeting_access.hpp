// SPDX-License-Identifier: EUPL-1.2
// What the meeting pages share: finding a meeting, the admins' guard, the clock in Berlin, which
// agenda projects are public, how times read, and the meetings where a project or challenge came up.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/calendar_date.hpp" // readable_day, for the pages of meetings
#include "core/meeting.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Now as a wall-clock time in Europe/Berlin ("2026-11-26T12:40"), the time meetings are in.
std::string meeting_now();

/// The meeting of `id`, or NotFound.
Result<Meeting> meeting_or_fail(Services& services, std::string_view id);

/// The agenda item of `id`, or NotFound.
Result<AgendaItem> agenda_item_or_fail(Services& services, std::string_view id);

/// Nothing for an admin, Forbidden for anyone else (the route table lets only members in).
Result<void> require_meeting_admin(const Request& request);

/// A new random id with a prefix ("m-3f9a…").
std::string new_meeting_record_id(std::string_view prefix);

/// The ids of the projects among `items` that are public.
Result<std::vector<std::string>> public_projects_of(Services& services, const std::vector<AgendaItem>& items);

/// "18.03.2027, 10:00–16:00 Uhr", or across days "18.03.2027, 10:00 Uhr – 19.03.2027, 13:00 Uhr".
std::string readable_meeting_time(const Meeting& meeting, const i18n::Catalogue& catalogue);

/// "04.03.2027, 23:59 Uhr" from "2027-03-04T23:59".
std::string readable_local_time(std::string_view local, const i18n::Catalogue& catalogue);

/// A meeting where a project was presented or a challenge discussed.
struct MeetingMention {
    std::string title;
    std::string url;
    std::string date; ///< "18.03.2027"
};

/// The meetings (not cancelled, earliest first) with an accepted agenda item of `kind` about
/// `subject` (a project id or a challenge slug).
Result<std::vector<MeetingMention>> meetings_with_accepted_item(Services& services, AgendaKind kind,
                                                                std::string_view subject);

} // namespace rundum::web
