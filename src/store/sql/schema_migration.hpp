// SPDX-License-Identifier: EUPL-1.2
// Bringing a database's schema to the latest version of store/migrations.cpp.
#pragma once

#include "store/sql/sql_connection.hpp"

namespace rundum::store {

/// The schema version of the database behind a connection: 0 for an empty database. Fails
/// (Unavailable, error.store.not_rundum) for a database that holds tables of something else.
Result<int> read_schema_version(SqlConnection& connection);

/// Applies the missing migrations inside the caller's transaction (opened with the dialect's
/// begin_migration), so the caller can do more work in the same transaction.
Result<void> apply_missing_migrations(SqlConnection& connection);

/// Applies the missing migrations in one transaction. Refuses a database from a newer rundum.
/// Safe when several processes start at once: they upgrade one after the other.
Result<void> migrate_schema(SqlConnection& connection);

} // namespace rundum::store
