// SPDX-License-Identifier: EUPL-1.2
// SQLite C API calls, with errors turned into Result values.
#include "store/sqlite/sqlite_connection.hpp"

#include <cerrno>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace rundum::store::sqlite {

Error SqliteConnection::error(int code, std::string_view what) const
{
    std::string detail = std::string(what) + ": " +
                         (m_database != nullptr ? sqlite3_errmsg(m_database) : sqlite3_errstr(code));
    // A full disk (or SQLite's own size limit) is no outage that passes in seconds: the operator
    // must act, so it is logged here, where the file is known, and named to the user.
    const bool disk_full = (code & 0xFF) == SQLITE_FULL ||
                           ((code & 0xFF) == SQLITE_IOERR && m_database != nullptr &&
                            sqlite3_system_errno(m_database) == ENOSPC);
    if (disk_full) {
        const char* file = m_database != nullptr ? sqlite3_db_filename(m_database, "main") : nullptr;
        spdlog::error("database {}: the disk is full, changes cannot be saved ({})",
                      file != nullptr ? file : "?", detail);
        return Error{ErrorCode::Unavailable, "error.store.disk_full", {}, detail};
    }
    switch (code & 0xFF) {
    case SQLITE_CONSTRAINT:
        return Error{ErrorCode::Conflict, "error.store.conflict", {}, detail};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error{ErrorCode::Unavailable, "error.store.corrupt", {}, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
        return Error{ErrorCode::Unavailable, "error.store.unavailable", {}, detail};
    default:
        return Error{ErrorCode::Internal, "error.internal", {}, detail};
    }
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const std::filesystem::path& file,
                                                                 bool create)
{
    sqlite3* database = nullptr;
    const int flags =
        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    const int code = sqlite3_open_v2(file.c_str(), &database, flags, nullptr);
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(database));
    if (code != SQLITE_OK) {
        return fail(connection->error(code, "open " + file.string()));
    }
    sqlite3_busy_timeout(database, 5000);
    // WAL lets readers go on while a writer (an import) commits.
    RUNDUM_TRY(connection->execute("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON"));
    return connection;
}

SqliteConnection::~SqliteConnection()
{
    for (auto& [sql, statement] : m_statements) {
        sqlite3_finalize(statement);
    }
    sqlite3_close(m_database);
}

Result<sqlite3_stmt*> SqliteConnection::prepared(std::string_view sql)
{
    if (auto found = m_statements.find(sql); found != m_statements.end()) {
        return found->second;
    }
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v2(m_database, sql.data(), static_cast<int>(sql.size()),
                                        &statement, nullptr);
    if (code != SQLITE_OK) {
        return fail(error(code, "prepare"));
    }
    m_statements.emplace(std::string(sql), statement);
    return statement;
}

Result<Rows> SqliteConnection::query(std::string_view sql, std::span<const SqlValue> parameters)
{
    RUNDUM_TRY_ASSIGN(statement, prepared(sql));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    int index = 1;
    for (const SqlValue& parameter : parameters) {
        if (const auto* text = std::get_if<std::string>(&parameter)) {
            sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()),
                              SQLITE_TRANSIENT);
        } else if (const auto* integer = std::get_if<std::int64_t>(&parameter)) {
            sqlite3_bind_int64(statement, index, *integer);
        } else if (const auto* number = std::get_if<double>(&parameter)) {
            sqlite3_bind_double(statement, index, *number);
        } else {
            sqlite3_bind_null(statement, index);
        }
        ++index;
    }
    std::vector<std::vector<SqlValue>> rows;
    while (true) {
        const int code = sqlite3_step(statement);
        if (code == SQLITE_DONE) {
            break;
        }
        if (code != SQLITE_ROW) {
            Error failure = error(code, "step");
            sqlite3_reset(statement);
            return fail(std::move(failure));
        }
        const int columns = sqlite3_column_count(statement);
        std::vector<SqlValue> row;
        row.reserve(static_cast<std::size_t>(columns));
        for (int column = 0; column < columns; ++column) {
            switch (sqlite3_column_type(statement, column)) {
            case SQLITE_INTEGER:
                row.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(statement, column)));
                break;
            case SQLITE_FLOAT:
                row.emplace_back(sqlite3_column_double(statement, column));
                break;
            case SQLITE_NULL:
                row.emplace_back(std::monostate{});
                break;
            default: {
                const auto* bytes = sqlite3_column_text(statement, column);
                row.emplace_back(std::string(reinterpret_cast<const char*>(bytes),
                                             static_cast<std::size_t>(sqlite3_column_bytes(statement, column))));
            }
            }
        }
        rows.push_back(std::move(row));
    }
    sqlite3_reset(statement); // ends the statement's read, so WAL checkpoints are not held up
    return Rows(std::move(rows));
}

Result<void> SqliteConnection::execute(std::string_view sql)
{
    const std::string terminated(sql);
    const int code = sqlite3_exec(m_database, terminated.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK) {
        return fail(error(code, "execute"));
    }
    return {};
}

} // namespace rundum::store::sqlite
