// SPDX-License-Identifier: EUPL-1.2
// Member accounts in SQL: users, one-time links, sessions, sign-in attempts, the audit log.
// Only hashes of tokens are stored; a stolen database holds no usable link or session.
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

namespace {

constexpr std::string_view USER_COLUMNS =
    "SELECT id, email, name, role, coalesce(city_id, ''), password_hash <> '', created_at FROM users ";

User user_from_row(const Rows& rows, std::size_t row)
{
    User user;
    user.id = rows.text(row, 0);
    user.email = rows.text(row, 1);
    user.name = rows.text(row, 2);
    user.role = role_from_name(rows.text(row, 3)).value_or(Role::Coordinator);
    user.city_id = rows.text(row, 4);
    // SQLite gives 0/1, PostgreSQL "t"/"f" for the comparison.
    const std::string has_password = rows.text(row, 5);
    user.has_password = has_password == "1" || has_password == "t" || has_password == "true";
    user.created_at = rows.text(row, 6);
    return user;
}

} // namespace

Result<std::optional<User>> SqlStore::select_user(std::string_view where_clause, std::string_view value)
{
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(std::string(USER_COLUMNS) + std::string(where_clause),
                                                {std::string(value)}));
    if (rows.empty()) {
        return std::optional<User>();
    }
    return std::optional<User>(user_from_row(rows, 0));
}

Result<void> SqlStore::add_user(const User& user)
{
    std::lock_guard lock(m_mutex);
    auto added = m_connection->query(
        "INSERT INTO users (id, email, name, role, city_id, password_hash, created_at) "
        "VALUES (?, ?, ?, ?, ?, '', ?)",
        {user.id, user.email, user.name, std::string(role_name(user.role)), text_or_null(user.city_id),
         user.created_at});
    if (!added) {
        Error error = added.error();
        if (error.code == ErrorCode::Conflict) {
            error.key = "error.account.email_taken";
            error.args = {user.email};
        }
        return fail(std::move(error));
    }
    return {};
}

Result<std::optional<User>> SqlStore::find_user(std::string_view id)
{
    std::lock_guard lock(m_mutex);
    return select_user("WHERE id = ?", id);
}

Result<std::optional<User>> SqlStore::find_user_by_email(std::string_view email)
{
    std::lock_guard lock(m_mutex);
    return select_user("WHERE email = ?", email);
}

Result<std::vector<User>> SqlStore::list_users()
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(std::string(USER_COLUMNS) + "ORDER BY email"));
    std::vector<User> users;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        users.push_back(user_from_row(rows, row));
    }
    return users;
}

Result<std::string> SqlStore::password_hash(std::string_view user_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT password_hash FROM users WHERE id = ?",
                                                {std::string(user_id)}));
    return rows.empty() ? std::string() : rows.text(0, 0);
}

Result<void> SqlStore::set_password_hash(std::string_view user_id, std::string_view hash)
{
    std::lock_guard lock(m_mutex);
    return m_connection
        ->query("UPDATE users SET password_hash = ? WHERE id = ?", {std::string(hash), std::string(user_id)})
        .map([](const Rows&) {});
}

Result<void> SqlStore::add_one_time_token(std::string_view token_hash, std::string_view user_id,
                                          TokenPurpose purpose, std::string_view expires_at)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        // One live link per account and purpose: an older one stops working now.
        RUNDUM_TRY(m_connection->query(
            "DELETE FROM one_time_tokens WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
            {std::string(user_id), std::string(purpose_name(purpose))}));
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO one_time_tokens (token_hash, user_id, purpose, expires_at) VALUES (?, ?, ?, ?)",
            {std::string(token_hash), std::string(user_id), std::string(purpose_name(purpose)),
             std::string(expires_at)}));
        return {};
    });
}

Result<std::optional<User>> SqlStore::one_time_token_user(std::string_view token_hash,
                                                          TokenPurpose purpose, std::string_view now)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(
                                "SELECT user_id FROM one_time_tokens WHERE token_hash = ? AND purpose = ? "
                                "AND used_at IS NULL AND expires_at > ?",
                                {std::string(token_hash), std::string(purpose_name(purpose)), std::string(now)}));
    if (rows.empty()) {
        return std::optional<User>();
    }
    return select_user("WHERE id = ?", rows.text(0, 0));
}

Result<User> SqlStore::use_one_time_token(std::string_view token_hash, TokenPurpose purpose,
                                          std::string_view now, std::string_view name,
                                          std::string_view password_hash)
{
    std::lock_guard lock(m_mutex);
    User user;
    RUNDUM_TRY(in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        // Marking it used in the same statement that checks it: a link works exactly once,
        // even when two requests race.
        RUNDUM_TRY_ASSIGN(used, m_connection->query(
                                    "UPDATE one_time_tokens SET used_at = ? WHERE token_hash = ? AND "
                                    "purpose = ? AND used_at IS NULL AND expires_at > ? RETURNING user_id",
                                    {std::string(now), std::string(token_hash),
                                     std::string(purpose_name(purpose)), std::string(now)}));
        if (used.empty()) {
            return fail(ErrorCode::NotFound, "error.account.link_invalid");
        }
        const std::string user_id = used.text(0, 0);
        RUNDUM_TRY(m_connection->query(
            "DELETE FROM one_time_tokens WHERE user_id = ? AND purpose = ? AND used_at IS NULL",
            {user_id, std::string(purpose_name(purpose))}));
        if (purpose == TokenPurpose::ResetPassword) {
            // Whoever knew the old password, or holds a key made with it, is shut out.
            RUNDUM_TRY(m_connection->query("DELETE FROM sessions WHERE user_id = ?", {user_id}));
            RUNDUM_TRY(m_connection->query("DELETE FROM api_tokens WHERE user_id = ?", {user_id}));
        }
        if (!name.empty()) {
            RUNDUM_TRY(m_connection->query("UPDATE users SET name = ? WHERE id = ?", {std::string(name), user_id}));
        }
        RUNDUM_TRY(m_connection->query("UPDATE users SET password_hash = ? WHERE id = ?",
                                       {std::string(password_hash), user_id}));
        RUNDUM_TRY_ASSIGN(found, select_user("WHERE id = ?", user_id));
        if (!found) {
            return fail(ErrorCode::NotFound, "error.account.link_invalid");
        }
        user = std::move(*found);
        return {};
    }));
    return user;
}

Result<void> SqlStore::add_session(std::string_view token_hash, std::string_view user_id,
                                   std::string_view expires_at)
{
    std::lock_guard lock(m_mutex);
    return m_connection
        ->query("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                {std::string(token_hash), std::string(user_id), std::string(expires_at)})
        .map([](const Rows&) {});
}

Result<std::optional<User>> SqlStore::session_user(std::string_view token_hash, std::string_view now)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?",
                                                {std::string(token_hash), std::string(now)}));
    if (rows.empty()) {
        return std::optional<User>();
    }
    return select_user("WHERE id = ?", rows.text(0, 0));
}

Result<void> SqlStore::remove_session(std::string_view token_hash)
{
    std::lock_guard lock(m_mutex);
    return m_connection->query("DELETE FROM sessions WHERE token_hash = ?", {std::string(token_hash)})
        .map([](const Rows&) {});
}

Result<void> SqlStore::remove_sessions_of(std::string_view user_id)
{
    std::lock_guard lock(m_mutex);
    return m_connection->query("DELETE FROM sessions WHERE user_id = ?", {std::string(user_id)})
        .map([](const Rows&) {});
}

Result<void> SqlStore::record_sign_in_attempt(std::string_view email, std::string_view address,
                                              const SignInRecord& attempt)
{
    std::lock_guard lock(m_mutex);
    return m_connection
        ->query("INSERT INTO sign_in_attempts (email, client_address, at_unix, succeeded) VALUES (?, ?, ?, ?)",
                {std::string(email), std::string(address), attempt.at_unix_seconds,
                 std::int64_t{attempt.succeeded ? 1 : 0}})
        .map([](const Rows&) {});
}

namespace {

std::vector<SignInRecord> attempts_from_rows(const Rows& rows)
{
    std::vector<SignInRecord> attempts;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        attempts.push_back(SignInRecord{rows.integer(row, 0), rows.integer(row, 1) != 0, rows.text(row, 2)});
    }
    return attempts;
}

} // namespace

Result<std::vector<SignInRecord>> SqlStore::sign_in_attempts_for_email(std::string_view email,
                                                                       std::int64_t since)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT at_unix, succeeded, client_address FROM sign_in_attempts WHERE "
                                                "email = ? AND at_unix >= ? ORDER BY at_unix",
                                                {std::string(email), since}));
    return attempts_from_rows(rows);
}

Result<std::vector<SignInRecord>> SqlStore::sign_in_attempts_from(std::string_view address,
                                                                  std::int64_t since)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT at_unix, succeeded, client_address FROM sign_in_attempts WHERE "
                                                "client_address = ? AND at_unix >= ? ORDER BY at_unix",
                                                {std::string(address), since}));
    return attempts_from_rows(rows);
}

Result<std::vector<std::string>> SqlStore::sign_in_secrets(std::int64_t window, std::string_view candidate)
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> secrets;
    RUNDUM_TRY(in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(m_connection->query("DELETE FROM sign_in_keys WHERE window_start < ?", {window - 1}));
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO sign_in_keys (window_start, secret) VALUES (?, ?) ON CONFLICT (window_start) DO NOTHING",
            {window, std::string(candidate)}));
        RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT secret FROM sign_in_keys ORDER BY window_start DESC", {}));
        for (std::size_t row = 0; row < rows.size(); ++row) {
            secrets.push_back(rows.text(row, 0));
        }
        return {};
    }));
    return secrets;
}

Result<void> SqlStore::add_audit_entry(const AuditEntry& entry)
{
    std::lock_guard lock(m_mutex);
    return m_connection
        ->query("INSERT INTO audit_log (at, actor_id, actor_email, action, subject, client_address) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                {entry.at, entry.actor_id, entry.actor_email, entry.action, entry.subject, entry.client_address})
        .map([](const Rows&) {});
}

Result<std::int64_t> SqlStore::count_audit_entries(std::string_view action, std::string_view client_address,
                                                   std::string_view subject, std::string_view since)
{
    std::lock_guard lock(m_mutex);
    std::string sql = "SELECT COUNT(*) FROM audit_log WHERE action = ? AND at >= ?";
    std::vector<SqlValue> parameters{std::string(action), std::string(since)};
    if (!client_address.empty()) {
        sql += " AND client_address = ?";
        parameters.emplace_back(std::string(client_address));
    }
    if (!subject.empty()) {
        sql += " AND subject = ?";
        parameters.emplace_back(std::string(subject));
    }
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(sql, parameters));
    return rows.integer(0, 0);
}

Result<std::vector<AuditEntry>> SqlStore::audit_entries(std::string_view actor_id, int limit)
{
    std::lock_guard lock(m_mutex);
    const std::string columns = "SELECT at, actor_id, actor_email, action, subject, client_address FROM audit_log ";
    auto rows = actor_id.empty()
                    ? m_connection->query(columns + "ORDER BY id DESC LIMIT ?", {std::int64_t{limit}})
                    : m_connection->query(columns + "WHERE actor_id = ? ORDER BY id DESC LIMIT ?",
                                          {std::string(actor_id), std::int64_t{limit}});
    if (!rows) {
        return fail(rows.error());
    }
    std::vector<AuditEntry> entries;
    for (std::size_t row = 0; row < rows->size(); ++row) {
        entries.push_back(AuditEntry{rows->text(row, 0), rows->text(row, 1), rows->text(row, 2),
                                     rows->text(row, 3), rows->text(row, 4), rows->text(row, 5)});
    }
    return entries;
}

} // namespace rundum::store
