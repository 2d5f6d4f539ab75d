// SPDX-License-Identifier: EUPL-1.2
// Personal API tokens in SQL: only their hashes are stored, like sessions.
#include "store/sql/sql_store.hpp"

namespace rundum::store {

Result<void> SqlStore::add_api_token(std::string_view user_id, const ApiTokenInfo& info,
                                     std::string_view token_hash)
{
    std::lock_guard lock(m_mutex);
    return m_connection
        ->query("INSERT INTO api_tokens (id, token_hash, user_id, label, created_at, last_used_at) "
                "VALUES (?, ?, ?, ?, ?, '')",
                {info.id, std::string(token_hash), std::string(user_id), info.label, info.created_at})
        .map([](const Rows&) {});
}

Result<std::optional<User>> SqlStore::api_token_user(std::string_view token_hash, std::string_view now)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT user_id FROM api_tokens WHERE token_hash = ?",
                                                {std::string(token_hash)}));
    if (rows.empty()) {
        return std::optional<User>();
    }
    const std::string user_id = rows.text(0, 0);
    RUNDUM_TRY(m_connection->query("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ?",
                                   {std::string(now), std::string(token_hash)}));
    return select_user("WHERE id = ?", user_id);
}

Result<std::vector<ApiTokenInfo>> SqlStore::api_tokens(std::string_view user_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT id, label, created_at, last_used_at FROM api_tokens "
                                                "WHERE user_id = ? ORDER BY created_at, id",
                                                {std::string(user_id)}));
    std::vector<ApiTokenInfo> tokens;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        tokens.push_back(ApiTokenInfo{rows.text(row, 0), rows.text(row, 1), rows.text(row, 2), rows.text(row, 3)});
    }
    return tokens;
}

Result<void> SqlStore::revoke_api_token(std::string_view user_id, std::string_view token_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT id FROM api_tokens WHERE id = ? AND user_id = ?",
                                                {std::string(token_id), std::string(user_id)}));
    if (rows.empty()) {
        return fail(ErrorCode::NotFound, "error.api_token.not_found");
    }
    return m_connection->query("DELETE FROM api_tokens WHERE id = ?", {std::string(token_id)}).map([](const Rows&) {});
}

Result<void> SqlStore::revoke_api_tokens_of(std::string_view user_id)
{
    std::lock_guard lock(m_mutex);
    return m_connection->query("DELETE FROM api_tokens WHERE user_id = ?", {std::string(user_id)})
        .map([](const Rows&) {});
}

} // namespace rundum::store
