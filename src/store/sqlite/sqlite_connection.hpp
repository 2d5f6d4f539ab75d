// A thin RAII layer over the SQLite C API: a connection and prepared statements with bound
// parameters (SQL text never contains values).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace rundum::store::sqlite {

/// A prepared statement; parameters are bound by position, starting at 1.
class Statement {
public:
    Statement(sqlite3* database, sqlite3_stmt* statement) : m_database(database), m_statement(statement) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, double number);
    Statement& bind(int index, std::int64_t number);

    /// Advances to the next row: true while there is one.
    Result<bool> step();
    /// Runs a statement that returns no rows.
    Result<void> run();

    std::string text(int column) const;
    double number(int column) const;
    std::int64_t integer(int column) const;

private:
    sqlite3* m_database;
    sqlite3_stmt* m_statement;
};

/// One connection to a database file.
class Connection {
public:
    /// Opens an existing file (create = false) or creates it (create = true).
    static Result<Connection> open(const std::filesystem::path& file, bool create);

    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&&) = delete;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    Result<Statement> prepare(std::string_view sql);
    /// Runs SQL without parameters (schema steps, pragmas, transaction control).
    Result<void> execute(std::string_view sql);

    /// An Unavailable or Internal error for the connection's last failure.
    Error last_error(std::string_view what) const;

private:
    explicit Connection(sqlite3* database) : m_database(database) {}
    sqlite3* m_database;
};

} // namespace rundum::store::sqlite
