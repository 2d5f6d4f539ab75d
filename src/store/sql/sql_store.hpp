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
    /// Takes a connection to a database whose schema is up to date (see schema_migration.hpp).
    explicit SqlStore(std::unique_ptr<SqlConnection> connection) : m_connection(std::move(connection)) {}

    Result<std::vector<City>> list_cities() override;
    Result<std::optional<City>> find_city(std::string_view slug) override;
    Result<NetworkSnapshot> snapshot() override;
    Result<void> apply_snapshot(const NetworkSnapshot& snapshot) override;
    Result<std::uint64_t> data_version() override;
    Result<int> schema_version() override;

private:
    Result<std::vector<City>> select_cities(std::string_view where_clause, std::string_view slug);
    Result<void> upsert_city(const City& city);

    std::mutex m_mutex;
    std::unique_ptr<SqlConnection> m_connection;
};

} // namespace rundum::store
