// The store written once in portable SQL, over any SqlConnection (SQLite or PostgreSQL).
#pragma once

#include <memory>
#include <mutex>

#include "store/sql/sql_connection.hpp"
#include "store/store.hpp"

namespace rundum::store {

/// Store on one connection; a mutex serialises the threads that share it.
class SqlStore final : public Store {
public:
    /// Takes the connection and brings the schema up to date.
    static Result<std::unique_ptr<SqlStore>> open(std::unique_ptr<SqlConnection> connection);

    Result<std::vector<City>> list_cities() override;
    Result<std::optional<City>> find_city(std::string_view slug) override;
    Result<NetworkSnapshot> snapshot() override;
    Result<void> apply_snapshot(const NetworkSnapshot& snapshot) override;
    Result<std::uint64_t> data_version() override;
    Result<int> schema_version() override;

private:
    explicit SqlStore(std::unique_ptr<SqlConnection> connection) : m_connection(std::move(connection)) {}

    Result<void> migrate();
    Result<std::vector<City>> select_cities(std::string_view where_clause, std::string_view slug);
    Result<void> upsert_city(const City& city);

    std::mutex m_mutex;
    std::unique_ptr<SqlConnection> m_connection;
};

/// The schema version of the database behind a connection: 0 for an empty database. Fails
/// (Unavailable, error.store.not_rundum) for a database that holds tables of something else.
Result<int> read_schema_version(SqlConnection& connection);

} // namespace rundum::store
