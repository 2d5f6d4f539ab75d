// SPDX-License-Identifier: EUPL-1.2
// Erasing a member (DSGVO Art. 17): what is kept only for the person goes, what the network
// must keep as its record (versions, the audit trail, questions and answers, registrations)
// stays under a pseudonym that names no one. One transaction: all of it, or nothing.
#include <vector>

#include "store/sql/sql_store.hpp"
#include "store/sql/text_list.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

namespace {

// The ways a member appears as the author of a text field: name or email (while no name was
// set), the API's writes with " (API)" after it. Names that are empty are no way at all.
std::vector<std::string> author_spellings(const User& user)
{
    std::vector<std::string> spellings;
    for (const std::string& who : {user.name, user.email}) {
        if (!who.empty()) {
            spellings.push_back(who);
            spellings.push_back(who + " (API)");
        }
    }
    return spellings;
}

} // namespace

Result<void> SqlStore::erase_member(std::string_view user_id, std::string_view pseudonym)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(found, select_user("WHERE id = ?", user_id));
        if (!found) {
            return fail(ErrorCode::NotFound, "error.account.not_found", {}, "no account " + std::string(user_id));
        }
        const User& user = *found;
        const std::string id(user_id);
        const std::string alias(pseudonym);
        const auto run = [&](std::string_view sql, std::initializer_list<SqlValue> parameters) -> Result<void> {
            return m_connection->query(sql, parameters).map([](const Rows&) {});
        };

        // Kept for the network's record, under the pseudonym: who wrote a version, an approach,
        // a figure.
        for (const std::string& spelling : author_spellings(user)) {
            RUNDUM_TRY(run("UPDATE city_versions SET changed_by = ? WHERE changed_by = ?", {alias, spelling}));
            RUNDUM_TRY(run("UPDATE project_versions SET changed_by = ? WHERE changed_by = ?", {alias, spelling}));
            RUNDUM_TRY(run("UPDATE challenge_approaches SET updated_by = ? WHERE updated_by = ?", {alias, spelling}));
            RUNDUM_TRY(run("UPDATE indicator_values SET updated_by = ? WHERE updated_by = ?", {alias, spelling}));
        }
        // The audit trail keeps what was done, not by whom or from where. Anonymous entries about
        // the address (failed sign-ins, reset requests) came from the person too.
        RUNDUM_TRY(run("UPDATE audit_log SET client_address = '' WHERE actor_id = '' AND subject = ?", {user.email}));
        RUNDUM_TRY(run("UPDATE audit_log SET actor_id = '', actor_email = ?, client_address = '' "
                       "WHERE actor_id = ? OR actor_email = ?",
                       {alias, id, user.email}));
        for (const std::string& who : {user.email, user.name}) {
            if (!who.empty()) {
                RUNDUM_TRY(run("UPDATE audit_log SET subject = replace(subject, ?, ?) "
                               "WHERE replace(subject, ?, '') <> subject",
                               {who, alias, who}));
                // Other members' mail and notifications that name them ("… hat geantwortet").
                RUNDUM_TRY(run("UPDATE mail_queue SET subject = replace(subject, ?, ?), body = replace(body, ?, ?) "
                               "WHERE replace(subject, ?, '') <> subject OR replace(body, ?, '') <> body",
                               {who, alias, who, alias, who, who}));
            }
        }
        // The evidence of a consent they recorded stays (Art. 7 (1)), recorded by no one named.
        RUNDUM_TRY(run("UPDATE consent_records SET recorded_by = ?, recorded_by_id = ? WHERE recorded_by_id = ?",
                       {alias, std::string(ERASED_MEMBER_ID), id}));
        RUNDUM_TRY(pseudonymise_notification_arguments(user, alias));
        // Attendee names they entered for themselves: in their city's registrations, or in one
        // they made.
        if (!user.name.empty()) {
            RUNDUM_TRY(run("DELETE FROM meeting_attendees WHERE name = ? AND (city_id = ? OR EXISTS ("
                           "SELECT 1 FROM meeting_registrations r WHERE r.meeting_id = meeting_attendees.meeting_id "
                           "AND r.city_id = meeting_attendees.city_id AND r.registered_by = ?))",
                           {user.name, user.city_id, id}));
        }
        // Contributions stay, linked to no one.
        const std::string erased(ERASED_MEMBER_ID);
        RUNDUM_TRY(run("UPDATE questions SET user_id = ? WHERE user_id = ?", {erased, id}));
        RUNDUM_TRY(run("UPDATE answers SET user_id = ? WHERE user_id = ?", {erased, id}));
        RUNDUM_TRY(run("UPDATE project_interests SET user_id = ? WHERE user_id = ?", {erased, id}));
        RUNDUM_TRY(run("UPDATE meeting_registrations SET registered_by = ? WHERE registered_by = ?", {erased, id}));
        RUNDUM_TRY(run("UPDATE agenda_items SET proposed_by = ? WHERE proposed_by = ?", {erased, id}));

        // Deleted: what was kept only for the person. Explicit, not by cascade: SQLite enforces
        // foreign keys only when switched on.
        RUNDUM_TRY(run("DELETE FROM sign_in_attempts WHERE lower(email) = lower(?)", {user.email}));
        RUNDUM_TRY(run("DELETE FROM mail_queue WHERE lower(to_address) = lower(?)", {user.email}));
        for (std::string_view table : {"notifications", "notification_mail_settings", "notification_unsubscribe_tokens",
                                       "api_tokens", "upload_log", "sessions", "one_time_tokens"}) {
            RUNDUM_TRY(run("DELETE FROM " + std::string(table) + " WHERE user_id = ?", {id}));
        }
        RUNDUM_TRY(run("DELETE FROM users WHERE id = ?", {id}));
        return log_change("erasure");
    });
}

Result<void> SqlStore::pseudonymise_notification_arguments(const User& user, const std::string& pseudonym)
{
    for (const std::string& who : {user.email, user.name}) {
        if (who.empty()) {
            continue;
        }
        // The arguments are a length-prefixed list: rewritten whole, not by text replacement.
        RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT id, arguments FROM notifications "
                                                    "WHERE user_id <> ? AND replace(arguments, ?, '') <> arguments",
                                                    {user.id, who}));
        for (std::size_t row = 0; row < rows.size(); ++row) {
            std::vector<std::string> arguments = split_texts(rows.text(row, 1));
            for (std::string& argument : arguments) {
                if (argument == who) {
                    argument = pseudonym;
                }
            }
            RUNDUM_TRY(m_connection->query("UPDATE notifications SET arguments = ? WHERE id = ?",
                                           {joined_texts(arguments), rows.text(row, 0)}));
        }
    }
    return {};
}

} // namespace rundum::store
