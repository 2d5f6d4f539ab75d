// SPDX-License-Identifier: EUPL-1.2
// Network meetings ("Regelmäßige Treffen"): a host city invites, members propose agenda items
// (present a project, discuss a challenge), cities register attendees, and the minutes record
// decisions and action items. Times are wall-clock times in Europe/Berlin, where the network
// meets; the calendar feed adds the time zone.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/project.hpp"

namespace rundum {

/// The time zone every meeting time is given in.
inline constexpr std::string_view MEETING_TIME_ZONE = "Europe/Berlin";

/// One network meeting, planned by an admin.
struct Meeting {
    std::string id;            ///< random id, used in URLs and as the calendar UID's base
    std::string title;         ///< "Netzwerktreffen Frühjahr 2027"
    std::string starts_at;     ///< local time in Europe/Berlin, "YYYY-MM-DDTHH:MM"
    std::string ends_at;       ///< local time in Europe/Berlin, "YYYY-MM-DDTHH:MM", after starts_at
    std::string host_city_id;  ///< the member city that hosts it
    std::string venue;         ///< address or room, plain text, may be empty when online only
    std::string online_link;   ///< https URL of the video call, may be empty
    std::string registration_deadline; ///< local time, "YYYY-MM-DDTHH:MM", at or before starts_at
    std::string description;   ///< Markdown (safe mode), may be empty
    std::string minutes;       ///< Markdown (safe mode), written afterwards, may be empty
    std::vector<std::string> decisions; ///< one decision per entry, plain text
    bool is_cancelled{false};
    int sequence{0};           ///< raised on every change that matters to calendars (RFC 5545 SEQUENCE)
    std::string created_at;    ///< ISO 8601 UTC
    std::string updated_at;    ///< ISO 8601 UTC
};

/// What an agenda item is about.
enum class AgendaKind {
    ProjectPresentation, ///< "projekt": a city presents one of its Praxisbeispiele
    ChallengeDiscussion, ///< "herausforderung": the network works on a shared challenge
    Other,               ///< "sonstiges": anything else (welcome, reports, next meeting)
};

/// Where an agenda item stands: members propose, the admin accepts or declines.
enum class AgendaStatus {
    Proposed, ///< "vorgeschlagen"
    Accepted, ///< "angenommen": on the agenda
    Declined, ///< "abgelehnt"
};

/// One item on a meeting's agenda.
struct AgendaItem {
    std::string id;             ///< random id
    std::string meeting_id;
    AgendaKind kind{AgendaKind::Other};
    std::string project_id;     ///< the presented project (kind ProjectPresentation), else empty
    std::string challenge_slug; ///< the discussed challenge (kind ChallengeDiscussion), else empty
    std::string title;          ///< plain text; for a presentation usually the project's title
    std::string note;           ///< what the proposer wants, plain text, may be empty
    std::string city_id;        ///< the proposing (presenting) city, empty for the admins' own items
    std::string proposed_by;    ///< user id of the proposer
    AgendaStatus status{AgendaStatus::Proposed};
    int position{0};            ///< order on the agenda, set by the admin
    std::string start_time;     ///< "HH:MM" local, set by the admin, may be empty
    int duration_minutes{0};    ///< set by the admin, 0 when not set
    std::vector<AttachmentInfo> attachments; ///< slides and documents, filled when read
    std::string created_at;     ///< ISO 8601 UTC
};

/// Someone a city sends to a meeting.
struct Attendee {
    std::string name;
    bool is_online{false}; ///< takes part through the online link
};

/// One city's registration for a meeting (replaced as a whole until the deadline).
struct Registration {
    std::string meeting_id;
    std::string city_id;
    std::vector<Attendee> attendees; ///< at least one
    std::string note;                ///< e.g. dietary needs, plain text, may be empty
    std::string registered_by;       ///< user id
    std::string updated_at;          ///< ISO 8601 UTC
};

/// A task agreed in the minutes, for one responsible city.
struct ActionItem {
    std::string id;          ///< random id
    std::string meeting_id;
    std::string text;        ///< plain text
    std::string city_id;     ///< the responsible city
    std::string due_date;    ///< "YYYY-MM-DD", may be empty
    bool is_done{false};
    std::string done_at;     ///< ISO 8601 UTC when marked done, else empty
};

/// The stable key of a kind ("projekt", "herausforderung", "sonstiges").
std::string_view agenda_kind_key(AgendaKind kind);
std::optional<AgendaKind> agenda_kind_from_key(std::string_view key);
/// The stable key of a status ("vorgeschlagen", "angenommen", "abgelehnt").
std::string_view agenda_status_key(AgendaStatus status);
std::optional<AgendaStatus> agenda_status_from_key(std::string_view key);

} // namespace rundum
