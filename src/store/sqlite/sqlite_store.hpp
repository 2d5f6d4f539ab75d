// The SQLite implementation of the store: one file in the data directory, WAL mode.
#pragma once

#include <filesystem>
#include <memory>
#include <mutex>

#include "store/sqlite/sqlite_connection.hpp"
#include "store/store.hpp"

namespace rundum::store::sqlite {

/// The name of the database file inside a data directory.
inline constexpr const char* DATABASE_FILE_NAME = "rundum.sqlite3";

/// Store on one SQLite connection; a mutex serialises the threads that share it.
class SqliteStore final : public Store {
public:
    /// Opens (create = false) or creates the file and applies pending migrations.
    static Result<std::unique_ptr<SqliteStore>> open(const std::filesystem::path& file, bool create);

    Result<std::vector<City>> list_cities() override;
    Result<std::optional<City>> find_city(std::string_view slug) override;
    Result<NetworkSnapshot> snapshot() override;
    Result<void> apply_snapshot(const NetworkSnapshot& snapshot) override;
    Result<std::uint64_t> data_version() override;
    Result<int> schema_version() override;

private:
    explicit SqliteStore(Connection connection) : m_connection(std::move(connection)) {}

    Result<void> migrate();
    Result<int> read_schema_version();
    Result<std::vector<City>> select_cities(std::string_view where_clause, std::string_view slug);
    Result<void> load_contacts(std::vector<City>& cities);
    Result<void> upsert_city(const City& city);

    std::mutex m_mutex;
    Connection m_connection;
    std::uint64_t m_own_writes{0}; ///< data_version does not count this connection's commits
};

} // namespace rundum::store::sqlite
