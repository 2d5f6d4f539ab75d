// Chooses the connection for a location and checks that the database is what the caller expects.
#include "store/open_store.hpp"

#include <system_error>

#include "store/postgres/postgres_connection.hpp"
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

Result<std::unique_ptr<Store>> as_store(Result<std::unique_ptr<SqlStore>> store)
{
    if (!store) {
        return fail(store.error());
    }
    return std::unique_ptr<Store>(std::move(*store));
}

Result<std::unique_ptr<Store>> create_postgres_store(const StoreLocation& location)
{
    RUNDUM_TRY_ASSIGN(connection, postgres::PostgresConnection::open(location.database_url));
    RUNDUM_TRY_ASSIGN(version, read_schema_version(*connection));
    if (version != 0) {
        return fail(ErrorCode::Conflict, "error.database.exists",
                    {postgres::redacted_url(location.database_url)});
    }
    RUNDUM_TRY(make_data_directory(location.data_directory));
    return as_store(SqlStore::open(std::move(connection)));
}

Result<std::unique_ptr<Store>> open_postgres_store(const StoreLocation& location)
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
    return as_store(SqlStore::open(std::move(connection)));
}

} // namespace

Result<std::unique_ptr<Store>> create_store(const StoreLocation& location)
{
    if (!location.database_url.empty()) {
        return create_postgres_store(location);
    }
    const fs::path file = location.data_directory / SQLITE_FILE_NAME;
    std::error_code error;
    if (fs::exists(file, error)) {
        return fail(ErrorCode::Conflict, "error.data_directory.exists",
                    {location.data_directory.string()});
    }
    RUNDUM_TRY(make_data_directory(location.data_directory));
    RUNDUM_TRY_ASSIGN(connection, sqlite::SqliteConnection::open(file, true));
    auto store = as_store(SqlStore::open(std::move(connection)));
    if (!store) {
        fs::remove(file, error); // leave no half-made database behind
    }
    return store;
}

Result<std::unique_ptr<Store>> open_store(const StoreLocation& location)
{
    if (!location.database_url.empty()) {
        return open_postgres_store(location);
    }
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
    auto connection = sqlite::SqliteConnection::open(file, false);
    auto store = connection ? as_store(SqlStore::open(std::move(*connection)))
                            : fail(connection.error());
    if (!store && (store.error().key == "error.store.corrupt" ||
                   store.error().key == "error.store.not_rundum")) {
        store.error().args = {file.string()};
    }
    return store;
}

} // namespace rundum::store
