// SPDX-License-Identifier: EUPL-1.2
// Conversion between meetings and JSON. Every field is required, as in the rest of the export
// file; attachments are described, never carried (like project attachments).
#include "format/meeting_json.hpp"

#include "format/json_fields.hpp"
#include "format/project_json.hpp"

namespace rundum::format {

boost::json::object meeting_to_json(const Meeting& meeting)
{
    return json::object{
        {"id", meeting.id},
        {"title", meeting.title},
        {"time_zone", MEETING_TIME_ZONE},
        {"starts_at", meeting.starts_at},
        {"ends_at", meeting.ends_at},
        {"host_city_id", meeting.host_city_id},
        {"venue", meeting.venue},
        {"online_link", meeting.online_link},
        {"registration_deadline", meeting.registration_deadline},
        {"description", meeting.description},
        {"minutes", meeting.minutes},
        {"decisions", to_array(meeting.decisions)},
        {"is_cancelled", meeting.is_cancelled},
        {"sequence", meeting.sequence},
        {"created_at", meeting.created_at},
        {"updated_at", meeting.updated_at},
    };
}

Result<Meeting> meeting_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    Meeting meeting;
    std::string time_zone;
    RUNDUM_TRY(read_texts(fields, {
                                      {"id", &meeting.id},
                                      {"title", &meeting.title},
                                      {"time_zone", &time_zone},
                                      {"starts_at", &meeting.starts_at},
                                      {"ends_at", &meeting.ends_at},
                                      {"host_city_id", &meeting.host_city_id},
                                      {"venue", &meeting.venue},
                                      {"online_link", &meeting.online_link},
                                      {"registration_deadline", &meeting.registration_deadline},
                                      {"description", &meeting.description},
                                      {"minutes", &meeting.minutes},
                                      {"created_at", &meeting.created_at},
                                      {"updated_at", &meeting.updated_at},
                                  }));
    // Times are wall-clock times of the one zone rundum plans in; another zone would shift them.
    if (time_zone != MEETING_TIME_ZONE) {
        return fields.missing("time_zone", "error.import.time_zone");
    }
    RUNDUM_TRY_ASSIGN(decisions, texts(fields, "decisions"));
    meeting.decisions = std::move(decisions);
    RUNDUM_TRY_ASSIGN(is_cancelled, fields.boolean("is_cancelled"));
    meeting.is_cancelled = is_cancelled;
    RUNDUM_TRY_ASSIGN(sequence, whole_number(fields, "sequence"));
    meeting.sequence = sequence;
    return meeting;
}

boost::json::object agenda_item_to_json(const AgendaItem& item)
{
    json::array attachments;
    for (const AttachmentInfo& attachment : item.attachments) {
        attachments.emplace_back(attachment_to_json(attachment));
    }
    return json::object{
        {"id", item.id},
        {"meeting_id", item.meeting_id},
        {"kind", agenda_kind_key(item.kind)},
        {"project_id", item.project_id},
        {"challenge_slug", item.challenge_slug},
        {"title", item.title},
        {"note", item.note},
        {"city_id", item.city_id},
        {"proposed_by", item.proposed_by},
        {"status", agenda_status_key(item.status)},
        {"position", item.position},
        {"start_time", item.start_time},
        {"duration_minutes", item.duration_minutes},
        {"attachments", std::move(attachments)},
        {"created_at", item.created_at},
    };
}

Result<AgendaItem> agenda_item_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    AgendaItem item;
    std::string kind;
    std::string status;
    RUNDUM_TRY(read_texts(fields, {
                                      {"id", &item.id},
                                      {"meeting_id", &item.meeting_id},
                                      {"kind", &kind},
                                      {"project_id", &item.project_id},
                                      {"challenge_slug", &item.challenge_slug},
                                      {"title", &item.title},
                                      {"note", &item.note},
                                      {"city_id", &item.city_id},
                                      {"proposed_by", &item.proposed_by},
                                      {"status", &status},
                                      {"start_time", &item.start_time},
                                      {"created_at", &item.created_at},
                                  }));
    auto known_kind = agenda_kind_from_key(kind);
    if (!known_kind) {
        return fields.missing("kind", "error.import.agenda_kind");
    }
    item.kind = *known_kind;
    auto known_status = agenda_status_from_key(status);
    if (!known_status) {
        return fields.missing("status", "error.import.agenda_status");
    }
    item.status = *known_status;
    RUNDUM_TRY_ASSIGN(position, whole_number(fields, "position"));
    item.position = position;
    RUNDUM_TRY_ASSIGN(duration, whole_number(fields, "duration_minutes"));
    item.duration_minutes = duration;
    return item;
}

boost::json::object registration_to_json(const Registration& registration)
{
    json::array attendees;
    for (const Attendee& attendee : registration.attendees) {
        attendees.emplace_back(json::object{{"name", attendee.name}, {"is_online", attendee.is_online}});
    }
    return json::object{
        {"meeting_id", registration.meeting_id},
        {"city_id", registration.city_id},
        {"attendees", std::move(attendees)},
        {"note", registration.note},
        {"registered_by", registration.registered_by},
        {"updated_at", registration.updated_at},
    };
}

Result<Registration> registration_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    Registration registration;
    RUNDUM_TRY(read_texts(fields, {
                                      {"meeting_id", &registration.meeting_id},
                                      {"city_id", &registration.city_id},
                                      {"note", &registration.note},
                                      {"registered_by", &registration.registered_by},
                                      {"updated_at", &registration.updated_at},
                                  }));
    RUNDUM_TRY_ASSIGN(attendees, fields.array("attendees"));
    for (std::size_t index = 0; index < attendees->size(); ++index) {
        RUNDUM_TRY_ASSIGN(attendee_fields,
                          object_fields((*attendees)[index], fields.where() + ".attendees[" + std::to_string(index) + "]"));
        Attendee attendee;
        RUNDUM_TRY(read_texts(attendee_fields, {{"name", &attendee.name}}));
        RUNDUM_TRY_ASSIGN(is_online, attendee_fields.boolean("is_online"));
        attendee.is_online = is_online;
        registration.attendees.push_back(std::move(attendee));
    }
    return registration;
}

boost::json::object action_item_to_json(const ActionItem& item)
{
    return json::object{
        {"id", item.id},
        {"meeting_id", item.meeting_id},
        {"text", item.text},
        {"city_id", item.city_id},
        {"due_date", item.due_date},
        {"is_done", item.is_done},
        {"done_at", item.done_at},
    };
}

Result<ActionItem> action_item_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    ActionItem item;
    RUNDUM_TRY(read_texts(fields, {
                                      {"id", &item.id},
                                      {"meeting_id", &item.meeting_id},
                                      {"text", &item.text},
                                      {"city_id", &item.city_id},
                                      {"due_date", &item.due_date},
                                      {"done_at", &item.done_at},
                                  }));
    RUNDUM_TRY_ASSIGN(is_done, fields.boolean("is_done"));
    item.is_done = is_done;
    return item;
}

} // namespace rundum::format
