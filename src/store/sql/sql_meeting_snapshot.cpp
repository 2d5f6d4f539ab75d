// SPDX-License-Identifier: EUPL-1.2
// The network meetings in the export snapshot: every meeting with its decisions, agenda items
// (with their slides' descriptions), registrations with attendees and action items, and their
// import. An import brings each record to the file's state, matched by id (a registration by
// meeting and city); slides stay as they are, since the file does not carry files.
#include <map>
#include <set>

#include "store/sql/attachment_table.hpp"
#include "store/sql/sql_store.hpp"

namespace rundum::store {

namespace {

std::int64_t flag(bool value)
{
    return value ? 1 : 0;
}

// Mails about an imported meeting are the exporting instance's: it invited and reminded (or
// will not). This one mails only about changes made here (a higher sequence), so a migration or
// the demo network sends no invitations and reminders of its own.
Result<void> record_imported_as_mailed(SqlConnection& connection, const Meeting& meeting, const std::string& now)
{
    RUNDUM_TRY(connection.query("INSERT INTO meeting_invitation_mails (meeting_id, sequence, mailed_at) "
                                "VALUES (?, ?, ?) ON CONFLICT (meeting_id, sequence) DO NOTHING",
                                {meeting.id, std::int64_t{meeting.sequence}, now}));
    RUNDUM_TRY(connection.query("INSERT INTO meeting_reminder_mails (meeting_id, city_id, mailed_at) "
                                "SELECT ?, id, ? FROM cities WHERE id NOT IN "
                                "(SELECT city_id FROM meeting_reminder_mails WHERE meeting_id = ?)",
                                {meeting.id, now, meeting.id}));
    return {};
}

} // namespace

Result<void> SqlStore::read_meeting_snapshot(NetworkSnapshot& snapshot)
{
    RUNDUM_TRY_ASSIGN(meetings, m_connection->query(
                                    "SELECT id, title, starts_at, ends_at, host_city_id, venue, online_link, "
                                    "registration_deadline, description, minutes, is_cancelled, sequence, created_at, "
                                    "updated_at FROM meetings ORDER BY starts_at, id"));
    std::map<std::string, std::size_t> meeting_index;
    for (std::size_t row = 0; row < meetings.size(); ++row) {
        meeting_index.emplace(meetings.text(row, 0), snapshot.meetings.size());
        snapshot.meetings.push_back(Meeting{meetings.text(row, 0), meetings.text(row, 1), meetings.text(row, 2),
                                            meetings.text(row, 3), meetings.text(row, 4), meetings.text(row, 5),
                                            meetings.text(row, 6), meetings.text(row, 7), meetings.text(row, 8),
                                            meetings.text(row, 9), {}, meetings.integer(row, 10) != 0,
                                            static_cast<int>(meetings.integer(row, 11)), meetings.text(row, 12),
                                            meetings.text(row, 13)});
    }
    RUNDUM_TRY_ASSIGN(decisions, m_connection->query("SELECT meeting_id, text FROM meeting_decisions "
                                                     "ORDER BY meeting_id, position"));
    for (std::size_t row = 0; row < decisions.size(); ++row) {
        if (auto found = meeting_index.find(decisions.text(row, 0)); found != meeting_index.end()) {
            snapshot.meetings[found->second].decisions.push_back(decisions.text(row, 1));
        }
    }

    RUNDUM_TRY_ASSIGN(agenda, m_connection->query(
                                  "SELECT id, meeting_id, kind, project_id, challenge_slug, title, note, city_id, "
                                  "proposed_by, status, position, start_time, duration_minutes, created_at "
                                  "FROM agenda_items ORDER BY meeting_id, position, created_at, id"));
    std::map<std::string, std::size_t> item_index;
    for (std::size_t row = 0; row < agenda.size(); ++row) {
        AgendaItem item;
        item.id = agenda.text(row, 0);
        item.meeting_id = agenda.text(row, 1);
        item.kind = agenda_kind_from_key(agenda.text(row, 2)).value_or(AgendaKind::Other);
        item.project_id = agenda.text(row, 3);
        item.challenge_slug = agenda.text(row, 4);
        item.title = agenda.text(row, 5);
        item.note = agenda.text(row, 6);
        item.city_id = agenda.text(row, 7);
        item.proposed_by = agenda.text(row, 8);
        item.status = agenda_status_from_key(agenda.text(row, 9)).value_or(AgendaStatus::Proposed);
        item.position = static_cast<int>(agenda.integer(row, 10));
        item.start_time = agenda.text(row, 11);
        item.duration_minutes = static_cast<int>(agenda.integer(row, 12));
        item.created_at = agenda.text(row, 13);
        item_index.emplace(item.id, snapshot.agenda_items.size());
        snapshot.agenda_items.push_back(std::move(item));
    }
    RUNDUM_TRY_ASSIGN(files, m_connection->query("SELECT agenda_item_id, id, file_name, content_type, size_bytes, "
                                                 "title FROM agenda_attachments ORDER BY created_at, id"));
    for (std::size_t row = 0; row < files.size(); ++row) {
        if (auto found = item_index.find(files.text(row, 0)); found != item_index.end()) {
            snapshot.agenda_items[found->second].attachments.push_back(attachment_info(files, row, 1));
        }
    }

    RUNDUM_TRY_ASSIGN(registrations, m_connection->query("SELECT meeting_id, city_id, note, registered_by, updated_at "
                                                         "FROM meeting_registrations ORDER BY meeting_id, city_id"));
    std::map<std::pair<std::string, std::string>, std::size_t> registration_index;
    for (std::size_t row = 0; row < registrations.size(); ++row) {
        registration_index.emplace(std::pair{registrations.text(row, 0), registrations.text(row, 1)},
                                   snapshot.registrations.size());
        snapshot.registrations.push_back(Registration{registrations.text(row, 0), registrations.text(row, 1), {},
                                                      registrations.text(row, 2), registrations.text(row, 3),
                                                      registrations.text(row, 4)});
    }
    RUNDUM_TRY_ASSIGN(people, m_connection->query("SELECT meeting_id, city_id, name, is_online FROM meeting_attendees "
                                                  "ORDER BY meeting_id, city_id, position"));
    for (std::size_t row = 0; row < people.size(); ++row) {
        auto found = registration_index.find(std::pair{people.text(row, 0), people.text(row, 1)});
        if (found != registration_index.end()) {
            snapshot.registrations[found->second].attendees.push_back(
                Attendee{people.text(row, 2), people.integer(row, 3) != 0});
        }
    }

    RUNDUM_TRY_ASSIGN(actions, m_connection->query("SELECT id, meeting_id, text, city_id, due_date, is_done, done_at "
                                                   "FROM action_items ORDER BY meeting_id, id"));
    for (std::size_t row = 0; row < actions.size(); ++row) {
        snapshot.action_items.push_back(ActionItem{actions.text(row, 0), actions.text(row, 1), actions.text(row, 2),
                                                   actions.text(row, 3), actions.text(row, 4),
                                                   actions.integer(row, 5) != 0, actions.text(row, 6)});
    }
    return {};
}

Result<void> SqlStore::apply_meeting_snapshot(const NetworkSnapshot& snapshot, const std::set<std::string>& users)
{
    const std::string imported_at = utc_now_text();
    for (const Meeting& meeting : snapshot.meetings) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO meetings (id, title, starts_at, ends_at, host_city_id, venue, online_link, "
            "registration_deadline, description, minutes, is_cancelled, sequence, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "title = excluded.title, starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
            "host_city_id = excluded.host_city_id, venue = excluded.venue, online_link = excluded.online_link, "
            "registration_deadline = excluded.registration_deadline, description = excluded.description, "
            "minutes = excluded.minutes, is_cancelled = excluded.is_cancelled, sequence = excluded.sequence, "
            "created_at = excluded.created_at, updated_at = excluded.updated_at",
            {meeting.id, meeting.title, meeting.starts_at, meeting.ends_at, meeting.host_city_id, meeting.venue,
             meeting.online_link, meeting.registration_deadline, meeting.description, meeting.minutes,
             flag(meeting.is_cancelled), std::int64_t{meeting.sequence}, meeting.created_at, meeting.updated_at}));
        RUNDUM_TRY(m_connection->query("DELETE FROM meeting_decisions WHERE meeting_id = ?", {meeting.id}));
        for (std::size_t i = 0; i < meeting.decisions.size(); ++i) {
            RUNDUM_TRY(m_connection->query("INSERT INTO meeting_decisions (meeting_id, position, text) VALUES (?, ?, ?)",
                                           {meeting.id, static_cast<std::int64_t>(i), meeting.decisions[i]}));
        }        RUNDUM_TRY(record_imported_as_mailed(*m_connection, meeting, imported_at));
    }
    for (const AgendaItem& item : snapshot.agenda_items) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO agenda_items (id, meeting_id, kind, project_id, challenge_slug, title, note, city_id, "
            "proposed_by, status, position, start_time, duration_minutes, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "meeting_id = excluded.meeting_id, kind = excluded.kind, project_id = excluded.project_id, "
            "challenge_slug = excluded.challenge_slug, title = excluded.title, note = excluded.note, "
            "city_id = excluded.city_id, proposed_by = excluded.proposed_by, status = excluded.status, "
            "position = excluded.position, start_time = excluded.start_time, "
            "duration_minutes = excluded.duration_minutes, created_at = excluded.created_at",
            {item.id, item.meeting_id, std::string(agenda_kind_key(item.kind)), text_or_null(item.project_id),
             text_or_null(item.challenge_slug), item.title, item.note, text_or_null(item.city_id),
             known_user(users, item.proposed_by), std::string(agenda_status_key(item.status)),
             std::int64_t{item.position}, item.start_time, std::int64_t{item.duration_minutes}, item.created_at}));
    }
    for (const Registration& registration : snapshot.registrations) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO meeting_registrations (meeting_id, city_id, note, registered_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (meeting_id, city_id) DO UPDATE SET note = excluded.note, "
            "registered_by = excluded.registered_by, updated_at = excluded.updated_at",
            {registration.meeting_id, registration.city_id, registration.note,
             known_user(users, registration.registered_by), registration.updated_at}));
        RUNDUM_TRY(m_connection->query("DELETE FROM meeting_attendees WHERE meeting_id = ? AND city_id = ?",
                                       {registration.meeting_id, registration.city_id}));
        for (std::size_t i = 0; i < registration.attendees.size(); ++i) {
            const Attendee& attendee = registration.attendees[i];
            RUNDUM_TRY(m_connection->query(
                "INSERT INTO meeting_attendees (meeting_id, city_id, position, name, is_online) VALUES (?, ?, ?, ?, ?)",
                {registration.meeting_id, registration.city_id, static_cast<std::int64_t>(i), attendee.name,
                 flag(attendee.is_online)}));
        }
    }
    const std::string now = utc_now_text();
    for (const ActionItem& item : snapshot.action_items) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO action_items (id, meeting_id, text, city_id, due_date, is_done, done_at, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET meeting_id = excluded.meeting_id, "
            "text = excluded.text, city_id = excluded.city_id, due_date = excluded.due_date, "
            "is_done = excluded.is_done, done_at = excluded.done_at",
            {item.id, item.meeting_id, item.text, item.city_id, item.due_date, flag(item.is_done), item.done_at, now}));
    }
    return {};
}

} // namespace rundum::store
