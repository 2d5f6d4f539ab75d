// SPDX-License-Identifier: EUPL-1.2
// SqlConnection over the SQLite C API, with prepared statements kept for reuse.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "store/sql/sql_connection.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace rundum::store::sqlite {

/// One connection to a database file, in WAL mode with foreign keys on.
class SqliteConnection final : public SqlConnection {
public:
    /// Opens an existing file (create = false) or creates it (create = true). A file that is
    /// not a SQLite database is reported as corrupt and left as it is.
    static Result<std::unique_ptr<SqliteConnection>> open(const std::filesystem::path& file, bool create);

    ~SqliteConnection() override;
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    Result<Rows> query(std::string_view sql, std::span<const SqlValue> parameters) override;
    Result<void> execute(std::string_view sql) override;
    const SqlDialect& dialect() const override { return sqlite_dialect(); }

private:
    explicit SqliteConnection(sqlite3* database) : m_database(database) {}
    Result<sqlite3_stmt*> prepared(std::string_view sql);
    Error error(int code, std::string_view what) const;

    sqlite3* m_database;
    std::map<std::string, sqlite3_stmt*, std::less<>> m_statements; ///< by SQL text
};

} // namespace rundum::store::sqlite
