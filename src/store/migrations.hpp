// SPDX-License-Identifier: EUPL-1.2
// The schema history: one numbered step per change, applied in order, never edited once
// released, so that every old data directory upgrades on start.
#pragma once

#include <span>
#include <string_view>

namespace rundum::store {

/// One step of the schema history. `statements` are portable SQL (SQLite and PostgreSQL).
struct Migration {
    int version;
    std::string_view description;
    std::span<const std::string_view> statements;
};

/// All migrations, ascending by version.
std::span<const Migration> migrations();

/// The version the newest migration brings a database to.
int latest_schema_version();

/// A table of the latest schema as a copy between databases sees it.
struct SchemaTable {
    std::string_view name;
    std::string_view columns;     ///< comma-separated, in a fixed order
    std::string_view order_by;    ///< a unique ordering, so digests compare row by row
    bool has_auto_id;             ///< its `id` is numbered by the database
};

/// Every table of the latest schema except schema_migrations, parents before children.
/// Keep in step with the migrations (a test compares it with a migrated database).
std::span<const SchemaTable> schema_tables();

} // namespace rundum::store
