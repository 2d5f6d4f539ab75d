// SPDX-License-Identifier: EUPL-1.2
// Chooses the connection for a location and checks that the database is what the caller expects.
#include "store/open_store.hpp"

#include <system_error>

#include "store/postgres/postgres_connection.hpp"
#include "store/sql/open_connection.hpp"
#include "store/sql/schema_migration.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace rundum::store {

namespace fs = std::filesystem;

namespace {

constexpr const char* SQLITE_FILE_NAME = "rundum.sqlite3";

Result<void> make_data_directory(const fs::path& directory)
{
    std::error_code error;
    if (fs::exists(directory, error) && !fs::is_directory(directory, error)) {
        return fail(ErrorCode::Invalid, "error.data_directory.not_directory", {directory.string()});
    }
    fs::create_directories(directory, error);
    if (error) {
        return fail(ErrorCode::Unavailable, "error.data_directory.cannot_create",
                    {directory.string()}, error.message());
    }
    return {};
}

Result<std::unique_ptr<SqlConnection>> migrated(Result<std::unique_ptr<SqlConnection>> connection)
{
    if (connection) {
        RUNDUM_TRY(migrate_schema(**connection));
    }
    return connection;
}

Result<std::unique_ptr<SqlConnection>> as_sql(auto connection)
{
    if (!connection) {
        return fail(connection.error());
    }
    return std::unique_ptr<SqlConnection>(std::move(*connection));
}

Result<std::unique_ptr<SqlConnection>> create_postgres(const StoreLocation& location, NewSchema schema)
{
    RUNDUM_TRY_ASSIGN(connection, postgres::PostgresConnection::open(location.database_url));
    RUNDUM_TRY_ASSIGN(version, read_schema_version(*connection));
    if (version != 0) {
        return fail(ErrorCode::Conflict, "error.database.exists",
                    {postgres::redacted_url(location.database_url)});
    }
    RUNDUM_TRY(make_data_directory(location.data_directory));
    std::unique_ptr<SqlConnection> created(std::move(connection));
    return schema == NewSchema::Migrate ? migrated(std::move(created)) : std::move(created);
}

Result<std::unique_ptr<SqlConnection>> open_postgres(const StoreLocation& location)
{
    RUNDUM_TRY_ASSIGN(connection, postgres::PostgresConnection::open(location.database_url));
    auto version = read_schema_version(*connection);
    if (!version || *version == 0) {
        Error error = version ? Error{ErrorCode::NotFound, "error.database.empty", {}, {}} : version.error();
        error.args = {postgres::redacted_url(location.database_url)};
        return fail(std::move(error));
    }
    // The local directory holds nothing yet, but each instance gets its own from the start.
    RUNDUM_TRY(make_data_directory(location.data_directory));
    return migrated(std::unique_ptr<SqlConnection>(std::move(connection)));
}

Result<std::unique_ptr<SqlConnection>> create_sqlite(const StoreLocation& location, NewSchema schema)
{
    const fs::path file = location.data_directory / SQLITE_FILE_NAME;
    std::error_code error;
    if (fs::exists(file, error)) {
        return fail(ErrorCode::Conflict, "error.data_directory.exists",
                    {location.data_directory.string()});
    }
    RUNDUM_TRY(make_data_directory(location.data_directory));
    auto opened = as_sql(sqlite::SqliteConnection::open(file, true));
    auto connection = schema == NewSchema::Migrate ? migrated(std::move(opened)) : std::move(opened);
    if (!connection) {
        fs::remove(file, error); // leave no half-made database behind
    }
    return connection;
}

Result<std::unique_ptr<SqlConnection>> open_sqlite(const StoreLocation& location)
{
    std::error_code error;
    if (!fs::is_directory(location.data_directory, error)) {
        return fail(ErrorCode::NotFound, "error.data_directory.missing",
                    {location.data_directory.string()});
    }
    const fs::path file = location.data_directory / SQLITE_FILE_NAME;
    if (!fs::is_regular_file(file, error)) {
        return fail(ErrorCode::NotFound, "error.data_directory.no_database",
                    {location.data_directory.string()});
    }
    auto connection = migrated(as_sql(sqlite::SqliteConnection::open(file, false)));
    if (!connection && (connection.error().key == "error.store.corrupt" ||
                        connection.error().key == "error.store.not_rundum")) {
        connection.error().args = {file.string()};
    }
    return connection;
}

Result<std::unique_ptr<Store>> as_store(Result<std::unique_ptr<SqlConnection>> connection)
{
    if (!connection) {
        return fail(connection.error());
    }
    return std::unique_ptr<Store>(std::make_unique<SqlStore>(std::move(*connection)));
}

} // namespace

Result<std::unique_ptr<SqlConnection>> create_connection(const StoreLocation& location, NewSchema schema)
{
    return location.database_url.empty() ? create_sqlite(location, schema)
                                         : create_postgres(location, schema);
}

void discard_new_database(const StoreLocation& location)
{
    if (location.database_url.empty()) {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm"}) {
            fs::remove(location.data_directory / (std::string(SQLITE_FILE_NAME) + suffix), ignored);
        }
    }
}

Result<std::unique_ptr<SqlConnection>> open_connection(const StoreLocation& location)
{
    return location.database_url.empty() ? open_sqlite(location) : open_postgres(location);
}

Result<std::unique_ptr<Store>> create_store(const StoreLocation& location)
{
    return as_store(create_connection(location));
}

Result<std::unique_ptr<Store>> open_store(const StoreLocation& location)
{
    return as_store(open_connection(location));
}

} // namespace rundum::store
