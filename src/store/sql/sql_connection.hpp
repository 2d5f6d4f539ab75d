// SPDX-License-Identifier: EUPL-1.2
// The seam between rundum's SQL and a database driver. SQL is written once, portable, with
// `?` placeholders; what differs between SQLite and PostgreSQL is the SqlDialect, in one place.
#pragma once

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "store/sql/sql_value.hpp"

namespace rundum::store {

/// Everything that differs between the SQL dialects rundum speaks.
struct SqlDialect {
    std::string_view name;                 ///< "sqlite" or "postgresql"
    std::string_view auto_id_column;       ///< an integer primary key the database numbers itself
    std::string_view begin_write;          ///< starts a transaction that will write; writers queue up
    std::string_view begin_migration;      ///< starts the schema upgrade; one process at a time
    std::string_view list_tables;          ///< a query giving the names of the schema's tables
    std::string_view list_columns;         ///< a query giving a table's column names (one parameter: the table)
    std::string_view reset_auto_id;        ///< after rows with explicit ids: {{table}} numbers on from max(id)
};

/// The SQLite dialect.
const SqlDialect& sqlite_dialect();
/// The PostgreSQL dialect.
const SqlDialect& postgresql_dialect();

/// Replaces the dialect's tokens ({{auto_id}}) in a portable statement.
std::string in_dialect(std::string_view sql, const SqlDialect& dialect);

/// Rewrites `?` placeholders as `$1, $2, ...` for PostgreSQL (none inside quoted literals).
std::string numbered_placeholders(std::string_view sql);

/// One connection to a database. Not thread-safe: the store serialises access.
class SqlConnection {
public:
    virtual ~SqlConnection() = default;

    /// Runs a statement with bound parameters and returns its rows (none for writes).
    virtual Result<Rows> query(std::string_view sql, std::span<const SqlValue> parameters) = 0;

    /// Runs one or more statements without parameters (schema, transaction control).
    virtual Result<void> execute(std::string_view sql) = 0;

    /// The connection's dialect.
    virtual const SqlDialect& dialect() const = 0;

    /// Shorthand for query() with a braced parameter list.
    Result<Rows> query(std::string_view sql, std::initializer_list<SqlValue> parameters = {})
    {
        return query(sql, std::span<const SqlValue>(parameters.begin(), parameters.size()));
    }
};

} // namespace rundum::store
