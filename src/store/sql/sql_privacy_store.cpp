// SPDX-License-Identifier: EUPL-1.2
// The member's own data for the Art. 15 export, and the operator's part of the privacy notice, in SQL.
#include "store/sql/sql_store.hpp"

#include <array>

namespace rundum::store {

namespace {

/// One kind of record: the columns it shows (keys below privacy.export.field), the query
/// that selects them in that order, and what each `?` stands for: i the user id, e the
/// e-mail address, n the name (the e-mail address for a member without one), a and b the
/// name and the e-mail address as the API writes them into versions ("... (API)"). Who
/// wrote a version, an approach or a figure is kept as a name (web's editor_name), hence "neab".
struct PersonalQuery {
    std::string_view kind;
    std::string_view fields;
    std::string_view sql;
    std::string_view parameters;
};

constexpr std::array<PersonalQuery, 26> PERSONAL_QUERIES = {{
    {"account", "id, email, name, role, city_id, password_set, created_at",
     "SELECT id, email, name, role, city_id, CASE WHEN password_hash = '' THEN 'nein' ELSE 'ja' END, created_at "
     "FROM users WHERE id = ?",
     "i"},
    {"sessions", "expires_at", "SELECT expires_at FROM sessions WHERE user_id = ? ORDER BY expires_at", "i"},
    {"one_time_links", "purpose, expires_at, used_at",
     "SELECT purpose, expires_at, used_at FROM one_time_tokens WHERE user_id = ? ORDER BY expires_at", "i"},
    {"api_tokens", "label, created_at, last_used_at",
     "SELECT label, created_at, last_used_at FROM api_tokens WHERE user_id = ? ORDER BY created_at, id", "i"},
    {"sign_in_attempts", "at_unix, client_address, succeeded",
     "SELECT at_unix, client_address, succeeded FROM sign_in_attempts WHERE email = ? ORDER BY at_unix, id", "e"},
    {"audit_entries", "at, actor_email, action, subject, client_address",
     "SELECT at, actor_email, action, subject, client_address FROM audit_log "
     "WHERE actor_id = ? OR actor_email = ? OR subject = ? ORDER BY at, id",
     "iee"},
    {"mails", "subject, created_at, sent_at",
     "SELECT subject, created_at, sent_at FROM mail_queue WHERE to_address = ? ORDER BY created_at, id", "e"},
    {"notifications", "message_key, arguments, link, created_at, is_read, emailed_at",
     "SELECT message_key, arguments, link, created_at, is_read, emailed_at FROM notifications "
     "WHERE user_id = ? ORDER BY created_at, id",
     "i"},
    {"notification_mail_setting", "mode, last_digest_at",
     "SELECT mode, last_digest_at FROM notification_mail_settings WHERE user_id = ?", "i"},
    {"unsubscribe_links", "created_at",
     "SELECT created_at FROM notification_unsubscribe_tokens WHERE user_id = ? ORDER BY created_at", "i"},
    {"questions", "id, city_id, title, body, created_at, updated_at",
     "SELECT id, city_id, title, body, created_at, updated_at FROM questions WHERE user_id = ? ORDER BY created_at, id",
     "i"},
    {"answers", "id, question_id, question_title, body, is_helpful, created_at, updated_at",
     "SELECT a.id, a.question_id, q.title, a.body, a.is_helpful, a.created_at, a.updated_at FROM answers a "
     "JOIN questions q ON q.id = a.question_id WHERE a.user_id = ? ORDER BY a.created_at, a.id",
     "i"},
    {"interests", "project_id, project_title, city_id, note, created_at",
     "SELECT i.project_id, p.title, i.city_id, i.note, i.created_at FROM project_interests i "
     "JOIN projects p ON p.id = i.project_id WHERE i.user_id = ? ORDER BY i.created_at, i.project_id",
     "i"},
    {"registrations", "meeting_id, meeting_title, city_id, note, updated_at",
     "SELECT r.meeting_id, m.title, r.city_id, r.note, r.updated_at FROM meeting_registrations r "
     "JOIN meetings m ON m.id = r.meeting_id WHERE r.registered_by = ? ORDER BY r.updated_at, r.meeting_id",
     "i"},
    // The attendees of the registrations the member made, and the member as an attendee of any.
    {"attendees", "meeting_id, meeting_title, city_id, name, is_online",
     "SELECT a.meeting_id, m.title, a.city_id, a.name, a.is_online FROM meeting_attendees a "
     "JOIN meetings m ON m.id = a.meeting_id JOIN meeting_registrations r "
     "ON r.meeting_id = a.meeting_id AND r.city_id = a.city_id "
     "WHERE r.registered_by = ? OR a.name = ? ORDER BY a.meeting_id, a.city_id, a.position",
     "in"},
    {"agenda_proposals", "id, meeting_id, meeting_title, title, note, status, created_at",
     "SELECT g.id, g.meeting_id, m.title, g.title, g.note, g.status, g.created_at FROM agenda_items g "
     "JOIN meetings m ON m.id = g.meeting_id WHERE g.proposed_by = ? ORDER BY g.created_at, g.id",
     "i"},
    // An adoption keeps no author: the audit log tells who recorded or changed it.
    {"adoptions", "id, original_project_id, project_title, city_id, adaptations, experience, outcome, started, "
                  "created_at, updated_at",
     "SELECT a.id, a.original_project_id, p.title, a.city_id, a.adaptations, a.experience, a.outcome, a.started, "
     "a.created_at, a.updated_at FROM adoptions a JOIN projects p ON p.id = a.original_project_id "
     "JOIN cities c ON c.id = a.city_id WHERE EXISTS (SELECT 1 FROM audit_log l WHERE l.actor_id = ? "
     "AND l.action IN ('adoption_recorded', 'adoption_edited') AND l.subject = c.name || ': ' || p.title) "
     "ORDER BY a.created_at, a.id",
     "i"},
    {"adoption_updates", "adoption_id, update_date, text",
     "SELECT u.adoption_id, u.update_date, u.text FROM adoption_updates u JOIN adoptions a ON a.id = u.adoption_id "
     "JOIN projects p ON p.id = a.original_project_id JOIN cities c ON c.id = a.city_id WHERE EXISTS (SELECT 1 "
     "FROM audit_log l WHERE l.actor_id = ? AND l.action IN ('adoption_recorded', 'adoption_edited') "
     "AND l.subject = c.name || ': ' || p.title) ORDER BY u.adoption_id, u.position",
     "i"},
    {"projects", "id, title, city_id, visibility, contact_name, contact_email, contact_phone, created_at, updated_at",
     "SELECT id, title, city_id, visibility, contact_name, contact_email, contact_phone, created_at, updated_at "
     "FROM projects WHERE contact_email = ? OR contact_name = ? OR id IN (SELECT project_id FROM project_versions "
     "WHERE changed_by IN (?, ?, ?, ?)) ORDER BY created_at, id",
     "enneab"},
    {"project_versions", "project_id, project_title, number, changed_at, changed_by",
     "SELECT v.project_id, p.title, v.number, v.changed_at, v.changed_by FROM project_versions v "
     "JOIN projects p ON p.id = v.project_id WHERE v.changed_by IN (?, ?, ?, ?) ORDER BY v.changed_at, v.project_id, v.number",
     "neab"},
    {"city_versions", "city_id, city_name, number, changed_at, changed_by",
     "SELECT v.city_id, c.name, v.number, v.changed_at, v.changed_by FROM city_versions v "
     "JOIN cities c ON c.id = v.city_id WHERE v.changed_by IN (?, ?, ?, ?) ORDER BY v.changed_at, v.city_id, v.number",
     "neab"},
    {"city_contacts", "city_id, name, role, email, phone, publish_name, publish_email, publish_phone",
     "SELECT city_id, name, role, email, phone, publish_name, publish_email, publish_phone FROM contacts "
     "WHERE email = ? OR name = ? ORDER BY city_id, position",
     "en"},
    {"challenge_approaches", "challenge_slug, city_id, text, updated_at",
     "SELECT challenge_slug, city_id, text, updated_at FROM challenge_approaches WHERE updated_by IN (?, ?, ?, ?) ORDER BY updated_at, challenge_slug, city_id",
     "neab"},
    {"indicator_values", "city_id, indicator, value, year, source, note, updated_at",
     "SELECT city_id, indicator, value, year, source, note, updated_at FROM indicator_values WHERE updated_by IN (?, ?, ?, ?) ORDER BY updated_at, city_id, indicator",
     "neab"},
    {"uploads", "at_unix", "SELECT at_unix FROM upload_log WHERE user_id = ? ORDER BY at_unix, id", "i"},
    {"consent_records", "subject_kind, holder_id, person, field, granted, basis, recorded_by, recorded_at",
     "SELECT subject_kind, holder_id, person, field, granted, basis, recorded_by, recorded_at FROM consent_records "
     "WHERE recorded_by_id = ? OR person = ? ORDER BY recorded_at, id",
     "in"},
}};

std::vector<std::string> split_fields(std::string_view fields)
{
    std::vector<std::string> names;
    while (!fields.empty()) {
        const auto comma = fields.find(',');
        std::string_view name = fields.substr(0, comma);
        while (name.starts_with(' ')) {
            name.remove_prefix(1);
        }
        names.emplace_back(name);
        fields = comma == std::string_view::npos ? std::string_view() : fields.substr(comma + 1);
    }
    return names;
}

// The fields of PrivacyOperator as they are stored, one row each.
constexpr std::array<std::string_view, 4> OPERATOR_FIELDS = {"controller", "data_protection_officer", "legal_bases",
                                                             "supervisory_authority"};

std::array<std::string*, 4> operator_fields(PrivacyOperator& part)
{
    return {&part.controller, &part.data_protection_officer, &part.legal_bases, &part.supervisory_authority};
}

} // namespace

Result<PersonalData> SqlStore::personal_data(const User& user)
{
    const std::string name = user.name.empty() ? user.email : user.name;
    const auto value_of = [&](char letter) -> SqlValue {
        switch (letter) {
        case 'i':
            return user.id;
        case 'e':
            return user.email;
        case 'n':
            return name;
        case 'a':
            return name + " (API)";
        default:
            return user.email + " (API)";
        }
    };
    std::lock_guard lock(m_mutex);
    return read_consistently([&]() -> Result<PersonalData> {
        PersonalData data;
        for (const PersonalQuery& query : PERSONAL_QUERIES) {
            std::vector<SqlValue> parameters;
            for (char letter : query.parameters) {
                parameters.push_back(value_of(letter));
            }
            RUNDUM_TRY_ASSIGN(rows, m_connection->query(query.sql, parameters));
            PersonalRecords records{std::string(query.kind), split_fields(query.fields), {}};
            for (std::size_t row = 0; row < rows.size(); ++row) {
                std::vector<std::string> values;
                for (std::size_t column = 0; column < records.fields.size(); ++column) {
                    values.push_back(rows.text(row, column));
                }
                records.rows.push_back(std::move(values));
            }
            data.records.push_back(std::move(records));
        }
        return data;
    });
}

Result<PrivacyOperator> SqlStore::privacy_operator()
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT name, value FROM privacy_settings"));
    PrivacyOperator part;
    const auto fields = operator_fields(part);
    for (std::size_t row = 0; row < rows.size(); ++row) {
        for (std::size_t field = 0; field < OPERATOR_FIELDS.size(); ++field) {
            if (rows.text(row, 0) == OPERATOR_FIELDS[field]) {
                *fields[field] = rows.text(row, 1);
            }
        }
    }
    return part;
}

Result<void> SqlStore::save_privacy_operator(const PrivacyOperator& operator_part)
{
    PrivacyOperator part = operator_part;
    const auto fields = operator_fields(part);
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query("DELETE FROM privacy_settings"));
        for (std::size_t field = 0; field < OPERATOR_FIELDS.size(); ++field) {
            RUNDUM_TRY(m_connection->query("INSERT INTO privacy_settings (name, value) VALUES (?, ?)",
                                           {std::string(OPERATOR_FIELDS[field]), *fields[field]}));
        }
        return log_change("privacy notice");
    });
}

} // namespace rundum::store
