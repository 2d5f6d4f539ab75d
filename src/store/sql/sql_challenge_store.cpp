// SPDX-License-Identifier: EUPL-1.2
// Shared challenges in SQL: the challenge, its linked projects (challenge_projects) and each
// city's approach (challenge_approaches). Open questions are stored one per line.
#include <map>

#include "core/text.hpp"
#include "store/sql/sql_store.hpp"

namespace rundum::store {

Result<std::vector<Challenge>> SqlStore::select_challenges(std::string_view where_clause, std::string_view value)
{
    std::vector<SqlValue> parameters;
    if (!where_clause.empty()) {
        parameters.emplace_back(std::string(value));
    }
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT slug, title, description, open_questions, position FROM "
                                                "challenges " + std::string(where_clause) +
                                                    " ORDER BY position, slug",
                                                parameters));
    std::vector<Challenge> challenges;
    std::map<std::string, std::size_t> index_of;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        Challenge challenge;
        challenge.slug = rows.text(row, 0);
        challenge.title = rows.text(row, 1);
        challenge.description = rows.text(row, 2);
        challenge.open_questions = non_blank_lines(rows.text(row, 3));
        challenge.position = static_cast<int>(rows.integer(row, 4));
        index_of.emplace(challenge.slug, challenges.size());
        challenges.push_back(std::move(challenge));
    }
    const std::string links_where = where_clause.empty() ? std::string() : " WHERE challenge_slug = ?";
    RUNDUM_TRY_ASSIGN(links, m_connection->query("SELECT challenge_slug, project_id FROM challenge_projects" +
                                                     links_where + " ORDER BY challenge_slug, project_id",
                                                 parameters));
    for (std::size_t row = 0; row < links.size(); ++row) {
        if (auto found = index_of.find(links.text(row, 0)); found != index_of.end()) {
            challenges[found->second].project_ids.push_back(links.text(row, 1));
        }
    }
    return challenges;
}

Result<void> SqlStore::upsert_challenge(const Challenge& challenge)
{
    return m_connection
        ->query("INSERT INTO challenges (slug, title, description, open_questions, position) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (slug) DO UPDATE SET title = excluded.title, description = excluded.description, "
                "open_questions = excluded.open_questions, position = excluded.position",
                {challenge.slug, challenge.title, challenge.description, joined_lines(challenge.open_questions),
                 std::int64_t{challenge.position}})
        .map([](const Rows&) {});
}

Result<std::vector<Challenge>> SqlStore::list_challenges()
{
    std::lock_guard lock(m_mutex);
    return read_consistently([&] { return select_challenges("", ""); });
}

Result<std::optional<Challenge>> SqlStore::find_challenge(std::string_view slug)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(found, read_consistently([&] { return select_challenges("WHERE slug = ?", slug); }));
    if (found.empty()) {
        return std::optional<Challenge>();
    }
    return std::optional<Challenge>(std::move(found.front()));
}

Result<void> SqlStore::save_challenge(const Challenge& challenge)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(upsert_challenge(challenge));
        return log_change("challenge " + challenge.slug);
    });
}

Result<void> SqlStore::delete_challenge(std::string_view slug)
{
    std::lock_guard lock(m_mutex);
    // Approaches and project links go with it (ON DELETE CASCADE).
    return delete_existing("challenges", "slug", slug, "error.challenge.not_found",
                           "challenge " + std::string(slug));
}

Result<std::vector<ChallengeApproach>> SqlStore::select_approaches(std::string_view where_clause,
                                                                   std::string_view value)
{
    std::vector<SqlValue> parameters;
    if (!where_clause.empty()) {
        parameters.emplace_back(std::string(value));
    }
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT challenge_slug, city_id, text, updated_at, updated_by FROM "
                                                "challenge_approaches " + std::string(where_clause) +
                                                    " ORDER BY challenge_slug, city_id",
                                                parameters));
    std::vector<ChallengeApproach> approaches;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        approaches.push_back(ChallengeApproach{rows.text(row, 0), rows.text(row, 1), rows.text(row, 2),
                                               rows.text(row, 3), rows.text(row, 4)});
    }
    return approaches;
}

Result<std::vector<ChallengeApproach>> SqlStore::challenge_approaches(std::string_view challenge_slug)
{
    std::lock_guard lock(m_mutex);
    return select_approaches("WHERE challenge_slug = ?", challenge_slug);
}

Result<void> SqlStore::upsert_approach(const ChallengeApproach& approach)
{
    if (approach.text.empty()) {
        return m_connection
            ->query("DELETE FROM challenge_approaches WHERE challenge_slug = ? AND city_id = ?",
                    {approach.challenge_slug, approach.city_id})
            .map([](const Rows&) {});
    }
    return m_connection
        ->query("INSERT INTO challenge_approaches (challenge_slug, city_id, text, updated_at, updated_by) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (challenge_slug, city_id) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                {approach.challenge_slug, approach.city_id, approach.text, approach.updated_at, approach.updated_by})
        .map([](const Rows&) {});
}

Result<void> SqlStore::save_approach(const ChallengeApproach& approach,
                                     const std::vector<std::string>& city_project_ids)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(found, m_connection->query("SELECT slug FROM challenges WHERE slug = ?",
                                                     {approach.challenge_slug}));
        if (found.empty()) {
            return fail(ErrorCode::NotFound, "error.challenge.not_found");
        }
        RUNDUM_TRY(upsert_approach(approach));
        // Only this city's links change; other cities' projects stay linked.
        RUNDUM_TRY(m_connection->query("DELETE FROM challenge_projects WHERE challenge_slug = ? AND project_id IN "
                                       "(SELECT id FROM projects WHERE city_id = ?)",
                                       {approach.challenge_slug, approach.city_id}));
        for (const std::string& project_id : city_project_ids) {
            RUNDUM_TRY_ASSIGN(owned, m_connection->query("SELECT id FROM projects WHERE id = ? AND city_id = ?",
                                                         {project_id, approach.city_id}));
            if (owned.empty()) {
                return fail(ErrorCode::Invalid, "error.approach.project_not_of_city", {project_id});
            }
            RUNDUM_TRY(m_connection->query(
                "INSERT INTO challenge_projects (challenge_slug, project_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                {approach.challenge_slug, project_id}));
        }
        return log_change("challenge " + approach.challenge_slug);
    });
}

} // namespace rundum::store
