// SPDX-License-Identifier: EUPL-1.2
// Network meetings in SQL: the meeting (decisions in meeting_decisions, one row each), its
// agenda items with their slides (agenda_attachments), each city's registration with its
// attendees, and the action items of the minutes. Empty references are NULL so they hold.
#include <map>

#include "store/sql/attachment_table.hpp"
#include "store/sql/sql_store.hpp"

namespace rundum::store {

namespace {

constexpr std::string_view MEETING_COLUMNS =
    "SELECT id, title, starts_at, ends_at, host_city_id, venue, online_link, registration_deadline, "
    "description, minutes, is_cancelled, sequence, created_at, updated_at FROM meetings ";

constexpr std::string_view AGENDA_COLUMNS =
    "SELECT id, meeting_id, kind, project_id, challenge_slug, title, note, city_id, proposed_by, status, "
    "position, start_time, duration_minutes, created_at FROM agenda_items ";

constexpr std::string_view ACTION_COLUMNS =
    "SELECT id, meeting_id, text, city_id, due_date, is_done, done_at FROM action_items ";

std::int64_t flag(bool value)
{
    return value ? 1 : 0;
}

std::vector<SqlValue> one_value(std::string_view where_clause, std::string_view value)
{
    std::vector<SqlValue> parameters;
    if (!where_clause.empty()) {
        parameters.emplace_back(std::string(value));
    }
    return parameters;
}

Result<std::vector<Meeting>> select_meetings(SqlConnection& connection, std::string_view where_clause,
                                             std::string_view value)
{
    const std::vector<SqlValue> parameters = one_value(where_clause, value);
    RUNDUM_TRY_ASSIGN(rows, connection.query(std::string(MEETING_COLUMNS) + std::string(where_clause) +
                                                 " ORDER BY starts_at, id",
                                             parameters));
    std::vector<Meeting> meetings;
    std::map<std::string, std::size_t> index_of;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Meeting meeting;
        meeting.id = rows.text(row, 0);
        meeting.title = rows.text(row, 1);
        meeting.starts_at = rows.text(row, 2);
        meeting.ends_at = rows.text(row, 3);
        meeting.host_city_id = rows.text(row, 4);
        meeting.venue = rows.text(row, 5);
        meeting.online_link = rows.text(row, 6);
        meeting.registration_deadline = rows.text(row, 7);
        meeting.description = rows.text(row, 8);
        meeting.minutes = rows.text(row, 9);
        meeting.is_cancelled = rows.integer(row, 10) != 0;
        meeting.sequence = static_cast<int>(rows.integer(row, 11));
        meeting.created_at = rows.text(row, 12);
        meeting.updated_at = rows.text(row, 13);
        index_of.emplace(meeting.id, meetings.size());
        meetings.push_back(std::move(meeting));
    }
    const std::string decisions_where = where_clause.empty() ? std::string() : " WHERE meeting_id = ?";
    RUNDUM_TRY_ASSIGN(decisions, connection.query("SELECT meeting_id, text FROM meeting_decisions" +
                                                      decisions_where + " ORDER BY meeting_id, position",
                                                  parameters));
    for (std::size_t row = 0; row < decisions.size(); ++row) {
        if (auto found = index_of.find(decisions.text(row, 0)); found != index_of.end()) {
            meetings[found->second].decisions.push_back(decisions.text(row, 1));
        }
    }
    return meetings;
}

AgendaItem agenda_item_of(const Rows& rows, std::size_t row)
{
    AgendaItem item;
    item.id = rows.text(row, 0);
    item.meeting_id = rows.text(row, 1);
    item.kind = agenda_kind_from_key(rows.text(row, 2)).value_or(AgendaKind::Other);
    item.project_id = rows.text(row, 3);
    item.challenge_slug = rows.text(row, 4);
    item.title = rows.text(row, 5);
    item.note = rows.text(row, 6);
    item.city_id = rows.text(row, 7);
    item.proposed_by = rows.text(row, 8);
    item.status = agenda_status_from_key(rows.text(row, 9)).value_or(AgendaStatus::Proposed);
    item.position = static_cast<int>(rows.integer(row, 10));
    item.start_time = rows.text(row, 11);
    item.duration_minutes = static_cast<int>(rows.integer(row, 12));
    item.created_at = rows.text(row, 13);
    return item;
}

// Agenda items with the attachments' descriptions (not their bytes).
Result<std::vector<AgendaItem>> select_agenda(SqlConnection& connection, std::string_view where_clause,
                                              std::string_view value)
{
    const std::vector<SqlValue> parameters = one_value(where_clause, value);
    RUNDUM_TRY_ASSIGN(rows, connection.query(std::string(AGENDA_COLUMNS) + std::string(where_clause) +
                                                 " ORDER BY position, created_at, id",
                                             parameters));
    std::vector<AgendaItem> items;
    std::map<std::string, std::size_t> index_of;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        items.push_back(agenda_item_of(rows, row));
        index_of.emplace(items.back().id, items.size() - 1);
    }
    RUNDUM_TRY_ASSIGN(files, connection.query("SELECT a.agenda_item_id, a.id, a.file_name, a.content_type, "
                                              "a.size_bytes, a.title FROM agenda_attachments a JOIN agenda_items "
                                              "ON agenda_items.id = a.agenda_item_id " +
                                                  std::string(where_clause) + " ORDER BY a.created_at, a.id",
                                              parameters));
    for (std::size_t row = 0; row < files.size(); ++row) {
        if (auto found = index_of.find(files.text(row, 0)); found != index_of.end()) {
            items[found->second].attachments.push_back(attachment_info(files, row, 1));
        }
    }
    return items;
}

Result<std::vector<ActionItem>> select_actions(SqlConnection& connection, std::string_view where_clause,
                                               std::string_view value, std::string_view order)
{
    RUNDUM_TRY_ASSIGN(rows, connection.query(std::string(ACTION_COLUMNS) + std::string(where_clause) + " ORDER BY " +
                                                 std::string(order),
                                             one_value(where_clause, value)));
    std::vector<ActionItem> items;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        items.push_back(ActionItem{rows.text(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3),
                                   rows.text(row, 4), rows.integer(row, 5) != 0, rows.text(row, 6)});
    }
    return items;
}

template <typename Item>
std::optional<Item> first_of(std::vector<Item> items)
{
    if (items.empty()) {
        return std::nullopt;
    }
    return std::move(items.front());
}

} // namespace

Result<std::vector<Meeting>> SqlStore::list_meetings()
{
    std::lock_guard lock(m_mutex);
    return read_consistently([&] { return select_meetings(*m_connection, "", ""); });
}

Result<std::optional<Meeting>> SqlStore::find_meeting(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(found, read_consistently([&] { return select_meetings(*m_connection, "WHERE id = ?", id); }));
    return first_of(std::move(found));
}

Result<void> SqlStore::save_meeting(const Meeting& meeting)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO meetings (id, title, starts_at, ends_at, host_city_id, venue, online_link, "
            "registration_deadline, description, minutes, is_cancelled, sequence, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "title = excluded.title, starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
            "host_city_id = excluded.host_city_id, venue = excluded.venue, online_link = excluded.online_link, "
            "registration_deadline = excluded.registration_deadline, description = excluded.description, "
            "minutes = excluded.minutes, is_cancelled = excluded.is_cancelled, sequence = excluded.sequence, "
            "updated_at = excluded.updated_at",
            {meeting.id, meeting.title, meeting.starts_at, meeting.ends_at, meeting.host_city_id, meeting.venue,
             meeting.online_link, meeting.registration_deadline, meeting.description, meeting.minutes,
             flag(meeting.is_cancelled), std::int64_t{meeting.sequence},
             meeting.created_at.empty() ? utc_now_text() : meeting.created_at,
             meeting.updated_at.empty() ? utc_now_text() : meeting.updated_at}));
        RUNDUM_TRY(m_connection->query("DELETE FROM meeting_decisions WHERE meeting_id = ?", {meeting.id}));
        for (std::size_t i = 0; i < meeting.decisions.size(); ++i) {
            RUNDUM_TRY(m_connection->query("INSERT INTO meeting_decisions (meeting_id, position, text) VALUES (?, ?, ?)",
                                           {meeting.id, static_cast<std::int64_t>(i), meeting.decisions[i]}));
        }
        return log_change("meeting " + meeting.id);
    });
}

Result<void> SqlStore::delete_meeting(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    // Agenda, slides, registrations, decisions and action items go with it (ON DELETE CASCADE).
    return delete_existing("meetings", "id", id, "error.meeting.not_found", "meeting " + std::string(id));
}

Result<std::vector<AgendaItem>> SqlStore::agenda_items(std::string_view meeting_id)
{
    std::lock_guard lock(m_mutex);
    return read_consistently(
        [&] { return select_agenda(*m_connection, "WHERE agenda_items.meeting_id = ?", meeting_id); });
}

Result<std::vector<AgendaItem>> SqlStore::agenda_items_about(AgendaKind kind, std::string_view subject)
{
    std::lock_guard lock(m_mutex);
    const std::string column = kind == AgendaKind::ProjectPresentation ? "project_id" : "challenge_slug";
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(std::string(AGENDA_COLUMNS) + "WHERE kind = ? AND " + column +
                                                    " = ? ORDER BY created_at, id",
                                                {std::string(agenda_kind_key(kind)), std::string(subject)}));
    std::vector<AgendaItem> items;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        items.push_back(agenda_item_of(rows, row));
    }
    return items;
}

Result<std::optional<AgendaItem>> SqlStore::find_agenda_item(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(found, read_consistently(
                                 [&] { return select_agenda(*m_connection, "WHERE agenda_items.id = ?", id); }));
    return first_of(std::move(found));
}

Result<void> SqlStore::save_agenda_item(const AgendaItem& item)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO agenda_items (id, meeting_id, kind, project_id, challenge_slug, title, note, city_id, "
            "proposed_by, status, position, start_time, duration_minutes, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "kind = excluded.kind, project_id = excluded.project_id, challenge_slug = excluded.challenge_slug, "
            "title = excluded.title, note = excluded.note, city_id = excluded.city_id, status = excluded.status, "
            "position = excluded.position, start_time = excluded.start_time, "
            "duration_minutes = excluded.duration_minutes",
            {item.id, item.meeting_id, std::string(agenda_kind_key(item.kind)), text_or_null(item.project_id),
             text_or_null(item.challenge_slug), item.title, item.note, text_or_null(item.city_id), item.proposed_by,
             std::string(agenda_status_key(item.status)), std::int64_t{item.position}, item.start_time,
             std::int64_t{item.duration_minutes}, item.created_at.empty() ? utc_now_text() : item.created_at}));
        return log_change("meeting " + item.meeting_id);
    });
}

Result<void> SqlStore::delete_agenda_item(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    return delete_existing("agenda_items", "id", id, "error.meeting.agenda_item_not_found",
                           "meeting agenda " + std::string(id));
}

Result<void> SqlStore::add_agenda_attachment(std::string_view item_id, const AttachmentInfo& info,
                                             const std::string& bytes)
{
    return insert_attachment(AGENDA_ATTACHMENTS, item_id, info, bytes, "meeting agenda " + std::string(item_id));
}

Result<std::optional<std::pair<AttachmentInfo, std::string>>> SqlStore::agenda_attachment(
    std::string_view item_id, std::string_view attachment_id)
{
    return read_attachment(AGENDA_ATTACHMENTS, item_id, attachment_id);
}

Result<void> SqlStore::remove_agenda_attachment(std::string_view item_id, std::string_view attachment_id)
{
    return delete_attachment(AGENDA_ATTACHMENTS, item_id, attachment_id, "meeting agenda " + std::string(item_id));
}

Result<std::vector<Registration>> SqlStore::registrations(std::string_view meeting_id)
{
    std::lock_guard lock(m_mutex);
    return read_consistently([&]() -> Result<std::vector<Registration>> {
        RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT city_id, note, registered_by, updated_at FROM "
                                                    "meeting_registrations WHERE meeting_id = ? ORDER BY city_id",
                                                    {std::string(meeting_id)}));
        std::vector<Registration> registrations;
        std::map<std::string, std::size_t> index_of;
        for (std::size_t row = 0; row < rows.size(); ++row) {
            registrations.push_back(Registration{std::string(meeting_id), rows.text(row, 0), {}, rows.text(row, 1),
                                                 rows.text(row, 2), rows.text(row, 3)});
            index_of.emplace(registrations.back().city_id, registrations.size() - 1);
        }
        RUNDUM_TRY_ASSIGN(people, m_connection->query("SELECT city_id, name, is_online FROM meeting_attendees "
                                                      "WHERE meeting_id = ? ORDER BY city_id, position",
                                                      {std::string(meeting_id)}));
        for (std::size_t row = 0; row < people.size(); ++row) {
            if (auto found = index_of.find(people.text(row, 0)); found != index_of.end()) {
                registrations[found->second].attendees.push_back(
                    Attendee{people.text(row, 1), people.integer(row, 2) != 0});
            }
        }
        return registrations;
    });
}

Result<void> SqlStore::save_registration(const Registration& registration)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO meeting_registrations (meeting_id, city_id, note, registered_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id, city_id) DO UPDATE SET note = excluded.note, "
            "registered_by = excluded.registered_by, updated_at = excluded.updated_at",
            {registration.meeting_id, registration.city_id, registration.note, registration.registered_by,
             registration.updated_at.empty() ? utc_now_text() : registration.updated_at}));
        RUNDUM_TRY(m_connection->query("DELETE FROM meeting_attendees WHERE meeting_id = ? AND city_id = ?",
                                       {registration.meeting_id, registration.city_id}));
        for (std::size_t i = 0; i < registration.attendees.size(); ++i) {
            const Attendee& attendee = registration.attendees[i];
            RUNDUM_TRY(m_connection->query(
                "INSERT INTO meeting_attendees (meeting_id, city_id, position, name, is_online) VALUES (?, ?, ?, ?, ?)",
                {registration.meeting_id, registration.city_id, static_cast<std::int64_t>(i), attendee.name,
                 flag(attendee.is_online)}));
        }
        return log_change("meeting " + registration.meeting_id);
    });
}

Result<void> SqlStore::remove_registration(std::string_view meeting_id, std::string_view city_id)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        // The attendees go with it (ON DELETE CASCADE).
        RUNDUM_TRY(m_connection->query("DELETE FROM meeting_registrations WHERE meeting_id = ? AND city_id = ?",
                                       {std::string(meeting_id), std::string(city_id)}));
        return log_change("meeting " + std::string(meeting_id));
    });
}

Result<std::vector<ActionItem>> SqlStore::action_items(std::string_view meeting_id)
{
    std::lock_guard lock(m_mutex);
    return select_actions(*m_connection, "WHERE meeting_id = ?", meeting_id, "created_at, id");
}

Result<std::vector<ActionItem>> SqlStore::open_action_items(std::string_view city_id)
{
    std::lock_guard lock(m_mutex);
    return select_actions(*m_connection, "WHERE is_done = 0 AND city_id = ?", city_id,
                          "CASE WHEN due_date = '' THEN 1 ELSE 0 END, due_date, created_at, id");
}

Result<std::optional<ActionItem>> SqlStore::find_action_item(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(found, select_actions(*m_connection, "WHERE id = ?", id, "id"));
    return first_of(std::move(found));
}

Result<void> SqlStore::save_action_item(const ActionItem& item)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO action_items (id, meeting_id, text, city_id, due_date, is_done, done_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET text = excluded.text, "
            "city_id = excluded.city_id, due_date = excluded.due_date, is_done = excluded.is_done, "
            "done_at = excluded.done_at",
            {item.id, item.meeting_id, item.text, item.city_id, item.due_date, flag(item.is_done), item.done_at,
             utc_now_text()}));
        return log_change("meeting " + item.meeting_id);
    });
}

Result<void> SqlStore::delete_action_item(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    return delete_existing("action_items", "id", id, "error.meeting.action_item_not_found",
                           "meeting action " + std::string(id));
}

} // namespace rundum::store
