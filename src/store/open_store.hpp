// SPDX-License-Identifier: EUPL-1.2
// Opening a network's store: SQLite in the data directory, or PostgreSQL given by URL.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/result.hpp"
#include "store/store.hpp"

namespace rundum::store {

/// Where the store lives.
struct StoreLocation {
    std::filesystem::path data_directory; ///< the instance's own directory
    std::string database_url;             ///< postgresql://...; empty = SQLite in data_directory
};

/// Creates a new, fully migrated, empty database. Fails, changing nothing, if the data
/// directory (SQLite) or the database (PostgreSQL) already holds a rundum database.
Result<std::unique_ptr<Store>> create_store(const StoreLocation& location);

/// Opens an existing database and brings its schema up to date. Fails if it is missing, is not
/// a rundum database, is newer than this program, or cannot be reached.
Result<std::unique_ptr<Store>> open_store(const StoreLocation& location);

} // namespace rundum::store
