// SPDX-License-Identifier: EUPL-1.2
// Validation rules for meetings; error keys are catalogue messages.
#include "core/meeting_rules.hpp"
#include "core/text_input.hpp"

#include "core/calendar_date.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace rundum {

namespace {

// Meetings lie in this century: a typo in the year ("0225") is refused, not scheduled.
constexpr int FIRST_MEETING_YEAR = 2000;
constexpr int LAST_MEETING_YEAR = 2100;

bool is_meeting_date(std::string_view text)
{
    const auto date = parse_date(text);
    return date && is_year_between(date->year(), FIRST_MEETING_YEAR, LAST_MEETING_YEAR);
}

Result<void> too_many(std::string key, std::size_t limit)
{
    return fail(ErrorCode::Invalid, std::move(key), {std::to_string(limit)});
}

} // namespace

bool is_local_date_time(std::string_view text)
{
    const auto time = parse_local_date_time(text);
    return time && is_year_between(time->date.year(), FIRST_MEETING_YEAR, LAST_MEETING_YEAR);
}

Result<void> validate_meeting(const Meeting& meeting, const std::vector<City>& cities)
{
    if (is_blank_text(meeting.title)) {
        return fail(ErrorCode::Invalid, "meeting.error.title_missing");
    }
    RUNDUM_TRY(check_length(meeting.title, MAX_MEETING_TITLE, "meeting.error.title_too_long"));
    if (!is_local_date_time(meeting.starts_at)) {
        return fail(ErrorCode::Invalid, "meeting.error.starts_at_invalid");
    }
    if (!is_local_date_time(meeting.ends_at)) {
        return fail(ErrorCode::Invalid, "meeting.error.ends_at_invalid");
    }
    if (meeting.ends_at <= meeting.starts_at) {
        return fail(ErrorCode::Invalid, "meeting.error.ends_before_start");
    }
    if (!is_local_date_time(meeting.registration_deadline)) {
        return fail(ErrorCode::Invalid, "meeting.error.deadline_invalid");
    }
    if (meeting.registration_deadline > meeting.starts_at) {
        return fail(ErrorCode::Invalid, "meeting.error.deadline_after_start");
    }
    if (city_with_id(cities, meeting.host_city_id) == nullptr) {
        return fail(ErrorCode::Invalid, "meeting.error.host_city_unknown");
    }
    RUNDUM_TRY(check_length(meeting.venue, MAX_MEETING_VENUE, "meeting.error.venue_too_long"));
    if (!meeting.online_link.empty()) {
        const bool has_host = meeting.online_link.size() > 8;
        if (!meeting.online_link.starts_with("https://") || !has_host ||
            meeting.online_link.find_first_of(" \t\r\n<>\"") != std::string::npos) {
            return fail(ErrorCode::Invalid, "meeting.error.online_link_invalid");
        }
        RUNDUM_TRY(check_length(meeting.online_link, MAX_MEETING_LINK, "meeting.error.online_link_too_long"));
    }
    if (is_blank_text(meeting.venue) && meeting.online_link.empty()) {
        return fail(ErrorCode::Invalid, "meeting.error.place_missing");
    }
    RUNDUM_TRY(check_length(meeting.description, MAX_MEETING_DESCRIPTION, "meeting.error.description_too_long"));
    RUNDUM_TRY(check_length(meeting.minutes, MAX_MEETING_MINUTES, "meeting.error.minutes_too_long"));
    if (meeting.decisions.size() > MAX_MEETING_DECISIONS) {
        return too_many("meeting.error.too_many_decisions", MAX_MEETING_DECISIONS);
    }
    for (const std::string& decision : meeting.decisions) {
        RUNDUM_TRY(check_length(decision, MAX_DECISION, "meeting.error.decision_too_long"));
    }
    RUNDUM_TRY(check_line("title", meeting.title, MAX_MEETING_TITLE));
    RUNDUM_TRY(check_lines("venue", meeting.venue, MAX_MEETING_VENUE));
    RUNDUM_TRY(check_line("online_link", meeting.online_link, MAX_MEETING_LINK));
    RUNDUM_TRY(check_lines("description", meeting.description, MAX_MEETING_DESCRIPTION));
    RUNDUM_TRY(check_lines("minutes", meeting.minutes, MAX_MEETING_MINUTES));
    return check_line_items("decisions", meeting.decisions, MAX_DECISION);
}

Result<void> validate_agenda_item(const AgendaItem& item, const Project* project,
                                  const Challenge* challenge)
{
    if (item.kind == AgendaKind::ProjectPresentation) {
        if (project == nullptr || project->id != item.project_id) {
            return fail(ErrorCode::Invalid, "meeting.error.project_unknown");
        }
        if (!item.city_id.empty() && project->city_id != item.city_id) {
            return fail(ErrorCode::Invalid, "meeting.error.project_not_of_city");
        }
    }
    if (item.kind == AgendaKind::ChallengeDiscussion &&
        (challenge == nullptr || challenge->slug != item.challenge_slug)) {
        return fail(ErrorCode::Invalid, "meeting.error.challenge_unknown");
    }
    if (is_blank_text(item.title)) {
        return fail(ErrorCode::Invalid, "meeting.error.agenda_title_missing");
    }
    RUNDUM_TRY(check_length(item.title, MAX_AGENDA_TITLE, "meeting.error.agenda_title_too_long"));
    RUNDUM_TRY(check_length(item.note, MAX_AGENDA_NOTE, "meeting.error.agenda_note_too_long"));
    if (item.position < 0 || item.position > MAX_AGENDA_POSITION) {
        return fail(ErrorCode::Invalid, "meeting.error.position_invalid",
                    {std::to_string(MAX_AGENDA_POSITION)});
    }
    if (!item.start_time.empty() && !parse_clock_time(item.start_time)) {
        return fail(ErrorCode::Invalid, "meeting.error.start_time_invalid");
    }
    if (item.duration_minutes < 0 || item.duration_minutes > MAX_AGENDA_DURATION) {
        return fail(ErrorCode::Invalid, "meeting.error.duration_invalid",
                    {std::to_string(MAX_AGENDA_DURATION)});
    }
    RUNDUM_TRY(check_line("title", item.title, MAX_AGENDA_TITLE));
    return check_lines("note", item.note, MAX_AGENDA_NOTE);
}

bool is_registration_open(const Meeting& meeting, std::string_view now_local)
{
    return !meeting.is_cancelled && now_local <= meeting.registration_deadline;
}

Result<void> validate_registration(const Registration& registration, const Meeting& meeting,
                                   std::string_view now_local, bool is_admin)
{
    if (meeting.is_cancelled) {
        return fail(ErrorCode::Conflict, "meeting.error.cancelled");
    }
    if (!is_admin && !is_registration_open(meeting, now_local)) {
        return fail(ErrorCode::Conflict, "meeting.error.deadline_passed");
    }
    if (registration.attendees.empty()) {
        return fail(ErrorCode::Invalid, "meeting.error.attendees_missing");
    }
    if (registration.attendees.size() > MAX_ATTENDEES) {
        return too_many("meeting.error.too_many_attendees", MAX_ATTENDEES);
    }
    for (const Attendee& attendee : registration.attendees) {
        if (is_blank_text(attendee.name)) {
            return fail(ErrorCode::Invalid, "meeting.error.attendee_name_missing");
        }
        RUNDUM_TRY(check_length(attendee.name, MAX_ATTENDEE_NAME, "meeting.error.attendee_name_too_long"));
    }
    RUNDUM_TRY(check_length(registration.note, MAX_REGISTRATION_NOTE, "meeting.error.registration_note_too_long"));
    for (const Attendee& attendee : registration.attendees) {
        RUNDUM_TRY(check_line("name_0", attendee.name, MAX_ATTENDEE_NAME));
    }
    return check_lines("note", registration.note, MAX_REGISTRATION_NOTE);
}

Result<void> validate_action_item(const ActionItem& item, const std::vector<City>& cities)
{
    if (is_blank_text(item.text)) {
        return fail(ErrorCode::Invalid, "meeting.error.action_text_missing");
    }
    RUNDUM_TRY(check_length(item.text, MAX_ACTION_TEXT, "meeting.error.action_text_too_long"));
    if (city_with_id(cities, item.city_id) == nullptr) {
        return fail(ErrorCode::Invalid, "meeting.error.action_city_unknown");
    }
    if (!item.due_date.empty() && !is_meeting_date(item.due_date)) {
        return fail(ErrorCode::Invalid, "meeting.error.due_date_invalid");
    }
    return check_lines("action_text", item.text, MAX_ACTION_TEXT);
}

} // namespace rundum
