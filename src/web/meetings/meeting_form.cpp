// SPDX-License-Identifier: EUPL-1.2
// Form fields to meetings, agenda items, registrations and action items; errors to fields.
#include "web/meetings/meeting_form.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "core/meeting_rules.hpp"
#include "core/text.hpp"

namespace rundum::web {

namespace {

// "12" -> 12; nullopt for anything else ("1.5", "zwölf", "99999999999").
std::optional<int> whole_number(std::string_view text)
{
    int value = 0;
    const char* end = text.data() + text.size();
    auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end) {
        return std::nullopt;
    }
    return value;
}

std::string trimmed(const Form& form, const std::string& name)
{
    return std::string(trim_blanks(form.value(name)));
}

constexpr int MAX_ROWS = static_cast<int>(MAX_ATTENDEES);

} // namespace

Meeting read_meeting_form(const Form& form, const Meeting& current, bool is_new)
{
    Meeting meeting = current;
    meeting.title = trimmed(form, "title");
    meeting.starts_at = trimmed(form, "starts_at");
    meeting.ends_at = trimmed(form, "ends_at");
    meeting.registration_deadline = trimmed(form, "registration_deadline");
    if (meeting.registration_deadline.empty()) {
        meeting.registration_deadline = meeting.starts_at;
    }
    meeting.host_city_id = form.value("host_city");
    meeting.venue = trimmed(form, "venue");
    meeting.online_link = trimmed(form, "online_link");
    meeting.description = form.value("description");
    if (!is_new) {
        meeting.is_cancelled = form.value("is_cancelled") == "ja";
    }
    return meeting;
}

bool is_complete_meeting_form(const Form& form)
{
    for (const char* field : {"title", "starts_at", "ends_at", "registration_deadline", "host_city", "venue",
                              "online_link", "description"}) {
        if (!form.has(field)) {
            return false;
        }
    }
    return true;
}

AgendaItem read_proposal_form(const Form& form)
{
    AgendaItem item;
    item.kind = agenda_kind_from_key(form.value("kind")).value_or(AgendaKind::Other);
    if (item.kind == AgendaKind::ProjectPresentation) {
        item.project_id = form.value("project");
    } else if (item.kind == AgendaKind::ChallengeDiscussion) {
        item.challenge_slug = form.value("challenge");
    }
    item.title = trimmed(form, "title");
    item.note = std::string(trim_blanks(form.value("note")));
    return item;
}

Result<void> read_agenda_settings(const Form& form, AgendaItem& item)
{
    if (auto status = agenda_status_from_key(form.value("status_" + item.id))) {
        item.status = *status;
    }
    const std::string position = trimmed(form, "position_" + item.id);
    if (!position.empty()) {
        auto number = whole_number(position);
        if (!number) {
            return fail(ErrorCode::Invalid, "meeting.error.position_invalid",
                        {std::to_string(MAX_AGENDA_POSITION)});
        }
        item.position = *number;
    }
    item.start_time = trimmed(form, "start_" + item.id);
    const std::string duration = trimmed(form, "duration_" + item.id);
    if (duration.empty()) {
        item.duration_minutes = 0;
    } else if (auto number = whole_number(duration)) {
        item.duration_minutes = *number;
    } else {
        return fail(ErrorCode::Invalid, "meeting.error.duration_invalid", {std::to_string(MAX_AGENDA_DURATION)});
    }
    return {};
}

int attendee_rows(const Registration& registration)
{
    return std::min(MAX_ROWS, std::max(4, static_cast<int>(registration.attendees.size()) + 2));
}

Registration read_registration_form(const Form& form)
{
    Registration registration;
    const int rows = std::clamp(whole_number(form.value("rows")).value_or(0), 0, MAX_ROWS + 1);
    for (int i = 0; i < rows; ++i) {
        const std::string index = std::to_string(i);
        const std::string name = trimmed(form, "name_" + index);
        if (!name.empty()) {
            registration.attendees.push_back(Attendee{name, form.value("online_" + index) == "ja"});
        }
    }
    registration.note = std::string(trim_blanks(form.value("note")));
    return registration;
}

ActionItem read_action_item_form(const Form& form)
{
    ActionItem item;
    item.text = trimmed(form, "action_text");
    item.city_id = form.value("action_city");
    item.due_date = trimmed(form, "action_due");
    return item;
}

std::string meeting_field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    static const std::map<std::string, std::string, std::less<>> FIELDS = {
        {"meeting.error.title_missing", "title"},
        {"meeting.error.title_too_long", "title"},
        {"meeting.error.starts_at_invalid", "starts_at"},
        {"meeting.error.ends_at_invalid", "ends_at"},
        {"meeting.error.ends_before_start", "ends_at"},
        {"meeting.error.deadline_invalid", "registration_deadline"},
        {"meeting.error.deadline_after_start", "registration_deadline"},
        {"meeting.error.host_city_unknown", "host_city"},
        {"meeting.error.venue_too_long", "venue"},
        {"meeting.error.place_missing", "venue"},
        {"meeting.error.online_link_invalid", "online_link"},
        {"meeting.error.online_link_too_long", "online_link"},
        {"meeting.error.description_too_long", "description"},
        {"meeting.error.minutes_too_long", "minutes"},
        {"meeting.error.too_many_decisions", "decisions"},
        {"meeting.error.decision_too_long", "decisions"},
        {"meeting.error.delete_unconfirmed", "confirm"},
        {"meeting.error.project_unknown", "project"},
        {"meeting.error.project_not_of_city", "project"},
        {"meeting.error.challenge_unknown", "challenge"},
        {"meeting.error.agenda_title_missing", "title"},
        {"meeting.error.agenda_title_too_long", "title"},
        {"meeting.error.agenda_note_too_long", "note"},
        {"meeting.error.attendees_missing", "name_0"},
        {"meeting.error.attendee_name_missing", "name_0"},
        {"meeting.error.attendee_name_too_long", "name_0"},
        {"meeting.error.too_many_attendees", "name_0"},
        {"meeting.error.registration_note_too_long", "note"},
        {"meeting.error.deadline_passed", "name_0"},
        {"meeting.error.cancelled", "name_0"},
        {"meeting.error.action_text_missing", "action_text"},
        {"meeting.error.action_text_too_long", "action_text"},
        {"meeting.error.action_city_unknown", "action_city"},
        {"meeting.error.due_date_invalid", "action_due"},
    };
    auto found = FIELDS.find(error.key);
    return found != FIELDS.end() ? found->second : "title";
}

} // namespace rundum::web
