// SPDX-License-Identifier: EUPL-1.2
// Adoptions, interest, advice and notifications in SQL. An adoption's later updates live in
// adoption_updates, one row each; an empty own-project id is stored as NULL.
#include <map>

#include "core/text.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/text_list.hpp"

namespace rundum::store {

namespace {

constexpr std::string_view ADOPTION_COLUMNS =
    "SELECT id, original_project_id, city_id, project_id, adaptations, experience, outcome, started, "
    "created_at, updated_at FROM adoptions ";

} // namespace

Result<std::vector<Adoption>> SqlStore::select_adoptions(std::string_view where_clause, std::string_view value)
{
    std::vector<SqlValue> parameters;
    if (!where_clause.empty()) {
        parameters.emplace_back(std::string(value));
    }
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(std::string(ADOPTION_COLUMNS) + std::string(where_clause) +
                                                    " ORDER BY created_at, id",
                                                parameters));
    std::vector<Adoption> adoptions;
    std::map<std::string, std::size_t> index_of;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Adoption adoption;
        adoption.id = rows.text(row, 0);
        adoption.original_project_id = rows.text(row, 1);
        adoption.city_id = rows.text(row, 2);
        adoption.project_id = rows.text(row, 3);
        adoption.adaptations = rows.text(row, 4);
        adoption.experience = rows.text(row, 5);
        adoption.outcome = outcome_from_key(rows.text(row, 6)).value_or(AdoptionOutcome::Open);
        adoption.started = rows.text(row, 7);
        adoption.created_at = rows.text(row, 8);
        adoption.updated_at = rows.text(row, 9);
        index_of.emplace(adoption.id, adoptions.size());
        adoptions.push_back(std::move(adoption));
    }
    if (adoptions.empty()) {
        return adoptions;
    }
    const std::string updates_where =
        where_clause.empty() ? std::string()
                             : " WHERE adoption_id IN (SELECT id FROM adoptions " + std::string(where_clause) + ")";
    RUNDUM_TRY_ASSIGN(updates, m_connection->query("SELECT adoption_id, update_date, text FROM adoption_updates" +
                                                       updates_where + " ORDER BY adoption_id, position",
                                                   parameters));
    for (std::size_t row = 0; row < updates.size(); ++row) {
        if (auto found = index_of.find(updates.text(row, 0)); found != index_of.end()) {
            adoptions[found->second].updates.push_back(AdoptionUpdate{updates.text(row, 1), updates.text(row, 2)});
        }
    }
    return adoptions;
}

Result<void> SqlStore::upsert_adoption(const Adoption& adoption)
{
    RUNDUM_TRY(m_connection->query(
        "INSERT INTO adoptions (id, original_project_id, city_id, project_id, adaptations, experience, outcome, "
        "started, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET original_project_id = excluded.original_project_id, "
        "city_id = excluded.city_id, project_id = excluded.project_id, adaptations = excluded.adaptations, "
        "experience = excluded.experience, outcome = excluded.outcome, started = excluded.started, "
        "created_at = excluded.created_at, updated_at = excluded.updated_at",
        {adoption.id, adoption.original_project_id, adoption.city_id, text_or_null(adoption.project_id),
         adoption.adaptations, adoption.experience, std::string(outcome_key(adoption.outcome)), adoption.started,
         adoption.created_at, adoption.updated_at}));
    RUNDUM_TRY(m_connection->query("DELETE FROM adoption_updates WHERE adoption_id = ?", {adoption.id}));
    for (std::size_t position = 0; position < adoption.updates.size(); ++position) {
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO adoption_updates (adoption_id, position, update_date, text) VALUES (?, ?, ?, ?)",
            {adoption.id, static_cast<std::int64_t>(position), adoption.updates[position].date,
             adoption.updates[position].text}));
    }
    return {};
}

Result<std::vector<Adoption>> SqlStore::list_adoptions()
{
    std::lock_guard lock(m_mutex);
    return read_consistently([&] { return select_adoptions("", ""); });
}

Result<std::optional<Adoption>> SqlStore::find_adoption(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(found, read_consistently([&] { return select_adoptions("WHERE id = ?", id); }));
    if (found.empty()) {
        return std::optional<Adoption>();
    }
    return std::optional<Adoption>(std::move(found.front()));
}

Result<void> SqlStore::save_adoption(const Adoption& adoption)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(upsert_adoption(adoption));
        return log_change("learning adoption " + adoption.id);
    });
}

Result<void> SqlStore::save_adoption_with_copy(const Adoption& adoption, const Project& copy,
                                               const ProjectVersion& version)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(upsert_project(copy));
        RUNDUM_TRY(insert_project_version(copy.id, version));
        RUNDUM_TRY(log_change("project " + copy.id));
        RUNDUM_TRY(upsert_adoption(adoption));
        return log_change("learning adoption " + adoption.id);
    });
}

Result<void> SqlStore::delete_adoption(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    return delete_existing("adoptions", "id", id, "error.adoption.not_found", "learning adoption " + std::string(id));
}

Result<std::vector<Interest>> SqlStore::interests(std::string_view project_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT project_id, city_id, user_id, note, created_at FROM "
                                                "project_interests WHERE project_id = ? ORDER BY created_at, city_id",
                                                {std::string(project_id)}));
    std::vector<Interest> found;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        found.push_back(Interest{rows.text(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3),
                                 rows.text(row, 4)});
    }
    return found;
}

Result<bool> SqlStore::add_interest(const Interest& interest)
{
    std::lock_guard lock(m_mutex);
    bool added = false;
    RUNDUM_TRY(in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        // One statement decides, so two instances recording the same interest at once cannot
        // both insert (nor fail on the key).
        RUNDUM_TRY_ASSIGN(inserted, m_connection->query("INSERT INTO project_interests (project_id, city_id, user_id, "
                                                        "note, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                                                        "(project_id, city_id) DO NOTHING RETURNING city_id",
                                                        {interest.project_id, interest.city_id, interest.user_id,
                                                         interest.note, interest.created_at}));
        if (inserted.empty()) {
            return {};
        }
        added = true;
        return log_change("learning interest " + interest.project_id);
    }));
    return added;
}

Result<void> SqlStore::remove_interest(std::string_view project_id, std::string_view city_id)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query("DELETE FROM project_interests WHERE project_id = ? AND city_id = ?",
                                       {std::string(project_id), std::string(city_id)}));
        return log_change("learning interest " + std::string(project_id));
    });
}

Result<void> SqlStore::upsert_advice(const Advice& advice)
{
    return m_connection
        ->query("INSERT INTO advice (id, project_id, advising_city_id, advised_city_id, note, year, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET project_id = excluded.project_id, "
                "advising_city_id = excluded.advising_city_id, advised_city_id = excluded.advised_city_id, "
                "note = excluded.note, year = excluded.year, created_at = excluded.created_at",
                {advice.id, advice.project_id, advice.advising_city_id, advice.advised_city_id, advice.note,
                 advice.year, advice.created_at})
        .map([](const Rows&) {});
}

Result<std::vector<Advice>> SqlStore::list_advice()
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT id, project_id, advising_city_id, advised_city_id, note, "
                                                "year, created_at FROM advice ORDER BY created_at, id"));
    std::vector<Advice> found;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        found.push_back(Advice{rows.text(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3),
                               rows.text(row, 4), rows.text(row, 5), rows.text(row, 6)});
    }
    return found;
}

Result<void> SqlStore::add_advice(const Advice& advice)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(upsert_advice(advice));
        return log_change("learning advice " + advice.id);
    });
}

Result<void> SqlStore::delete_advice(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    return delete_existing("advice", "id", id, "error.advice.not_found", "learning advice " + std::string(id));
}

Result<void> SqlStore::add_notification(const Notification& notification)
{
    std::lock_guard lock(m_mutex);
    // Only the member sees it, on pages that are never cached: no change-log entry.
    return m_connection
        ->query("INSERT INTO notifications (id, user_id, message_key, arguments, link, created_at, is_read, read_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                {notification.id, notification.user_id, notification.message_key,
                 joined_texts(notification.arguments), notification.link, notification.created_at,
                 std::int64_t{notification.is_read ? 1 : 0},
                 notification.is_read ? notification.created_at : std::string()})
        .map([](const Rows&) {});
}

Result<std::vector<Notification>> SqlStore::notifications(std::string_view user_id, int limit)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT id, user_id, message_key, arguments, link, created_at, is_read "
                                                "FROM notifications WHERE user_id = ? "
                                                "ORDER BY created_at DESC, id DESC LIMIT ?",
                                                {std::string(user_id), std::int64_t{limit}}));
    std::vector<Notification> found;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        found.push_back(Notification{rows.text(row, 0), rows.text(row, 1), rows.text(row, 2),
                                     split_texts(rows.text(row, 3)), rows.text(row, 4), rows.text(row, 5),
                                     rows.integer(row, 6) != 0});
    }
    return found;
}

Result<void> SqlStore::mark_notifications_read(std::string_view user_id)
{
    std::lock_guard lock(m_mutex);
    // When it was read is what its retention counts from (see sql_retention.cpp).
    return m_connection
        ->query("UPDATE notifications SET is_read = 1, read_at = ? WHERE user_id = ? AND is_read = 0",
                {utc_now_text(), std::string(user_id)})
        .map([](const Rows&) {});
}

} // namespace rundum::store
