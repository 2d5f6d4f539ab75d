// SPDX-License-Identifier: EUPL-1.2
// Opening the raw SQL connection of a location, for work below the Store interface (copies).
#pragma once

#include <memory>

#include "store/open_store.hpp"
#include "store/sql/sql_connection.hpp"

namespace rundum::store {

/// Opens the database of an existing, initialised location and brings its schema up to date.
Result<std::unique_ptr<SqlConnection>> open_connection(const StoreLocation& location);

/// Whether a new database gets its schema right away.
enum class NewSchema { Migrate, LeaveEmpty };

/// Creates the database of a new location (refused where one exists); with LeaveEmpty the
/// caller applies the migrations itself, in a transaction of its own.
Result<std::unique_ptr<SqlConnection>> create_connection(const StoreLocation& location,
                                                         NewSchema schema = NewSchema::Migrate);

/// Undoes create_connection after a failure, as far as it can: removes a new SQLite file.
void discard_new_database(const StoreLocation& location);

} // namespace rundum::store
