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

} // namespace rundum::store
