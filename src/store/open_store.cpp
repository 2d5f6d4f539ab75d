// Chooses and opens the store of a data directory (SQLite; PostgreSQL joins with --db).
#include "store/open_store.hpp"

#include <system_error>

#include "store/sqlite/sqlite_store.hpp"

namespace rundum::store {

namespace fs = std::filesystem;

Result<std::unique_ptr<Store>> create_store(const StoreLocation& location)
{
    const fs::path file = location.data_directory / sqlite::DATABASE_FILE_NAME;
    std::error_code error;
    if (fs::exists(file, error)) {
        return fail(ErrorCode::Conflict, "error.data_directory.exists",
                    {location.data_directory.string()});
    }
    if (fs::exists(location.data_directory, error) && !fs::is_directory(location.data_directory, error)) {
        return fail(ErrorCode::Invalid, "error.data_directory.not_directory",
                    {location.data_directory.string()});
    }
    fs::create_directories(location.data_directory, error);
    if (error) {
        return fail(ErrorCode::Unavailable, "error.data_directory.cannot_create",
                    {location.data_directory.string()}, error.message());
    }
    auto store = sqlite::SqliteStore::open(file, true);
    if (!store) {
        fs::remove(file, error); // leave no half-made database behind
        return fail(store.error());
    }
    return std::unique_ptr<Store>(std::move(*store));
}

Result<std::unique_ptr<Store>> open_store(const StoreLocation& location)
{
    std::error_code error;
    if (!fs::is_directory(location.data_directory, error)) {
        return fail(ErrorCode::NotFound, "error.data_directory.missing",
                    {location.data_directory.string()});
    }
    const fs::path file = location.data_directory / sqlite::DATABASE_FILE_NAME;
    if (!fs::is_regular_file(file, error)) {
        return fail(ErrorCode::NotFound, "error.data_directory.no_database",
                    {location.data_directory.string()});
    }
    auto store = sqlite::SqliteStore::open(file, false);
    if (!store) {
        Error failure = store.error();
        if (failure.key == "error.store.corrupt" || failure.key == "error.store.not_rundum") {
            failure.args = {file.string()};
        }
        return fail(std::move(failure));
    }
    return std::unique_ptr<Store>(std::move(*store));
}

} // namespace rundum::store
