// Opening a network's store from a data directory.
#pragma once

#include <filesystem>
#include <memory>

#include "core/result.hpp"
#include "store/store.hpp"

namespace rundum::store {

/// Where the store lives and how to open it.
struct StoreLocation {
    std::filesystem::path data_directory; ///< the instance's own directory
};

/// Creates a new data directory with an empty, fully migrated database. Fails, changing
/// nothing, if the directory already holds a database.
Result<std::unique_ptr<Store>> create_store(const StoreLocation& location);

/// Opens an existing data directory and brings its schema up to date. Fails if the
/// directory or database is missing, is not a rundum database, or is newer than this program.
Result<std::unique_ptr<Store>> open_store(const StoreLocation& location);

} // namespace rundum::store
