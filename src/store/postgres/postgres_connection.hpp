// SPDX-License-Identifier: EUPL-1.2
// SqlConnection over libpq. A lost server is reported as Unavailable and the connection is
// re-established on the next call, so an instance recovers without a restart.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "store/sql/sql_connection.hpp"

struct pg_conn;

namespace rundum::store::postgres {

/// One connection to a PostgreSQL database, given as a URL (postgresql://user@host:port/db).
class PostgresConnection final : public SqlConnection {
public:
    /// Connects; fails (Unavailable) if the server cannot be reached.
    static Result<std::unique_ptr<PostgresConnection>> open(const std::string& url);

    ~PostgresConnection() override;
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    Result<Rows> query(std::string_view sql, std::span<const SqlValue> parameters) override;
    Result<void> execute(std::string_view sql) override;
    const SqlDialect& dialect() const override { return postgresql_dialect(); }

private:
    PostgresConnection(pg_conn* connection, std::string url)
        : m_connection(connection), m_url(std::move(url)) {}
    Result<void> ensure_connected();
    void note_transaction_state();
    Result<std::string> prepared(std::string_view sql);

    pg_conn* m_connection;
    std::string m_url;
    std::map<std::string, std::string, std::less<>> m_statements; ///< SQL text -> statement name
    bool m_in_transaction{false}; ///< a transaction was open after the last command
};

/// The URL with any password replaced by "***", for messages and logs.
std::string redacted_url(const std::string& url);

} // namespace rundum::store::postgres
