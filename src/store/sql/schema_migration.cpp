// SPDX-License-Identifier: EUPL-1.2
// Reads and upgrades the schema version.
#include "store/sql/schema_migration.hpp"

#include "store/migrations.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

Result<int> read_schema_version(SqlConnection& connection)
{
    RUNDUM_TRY_ASSIGN(tables, connection.query(connection.dialect().list_tables));
    bool has_migrations = false;
    for (std::size_t row = 0; row < tables.size(); ++row) {
        has_migrations = has_migrations || tables.text(row, 0) == "schema_migrations";
    }
    if (!has_migrations) {
        if (!tables.empty()) {
            return fail(ErrorCode::Unavailable, "error.store.not_rundum");
        }
        return 0;
    }
    RUNDUM_TRY_ASSIGN(version, connection.query("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    return static_cast<int>(version.integer(0, 0));
}

Result<void> migrate_schema(SqlConnection& connection)
{
    // Check outside a transaction first: an up-to-date database is the common case.
    RUNDUM_TRY_ASSIGN(seen, read_schema_version(connection));
    if (seen > latest_schema_version()) {
        return fail(ErrorCode::Unavailable, "error.store.too_new",
                    {std::to_string(seen), std::to_string(latest_schema_version())});
    }
    if (seen == latest_schema_version()) {
        return {};
    }
    // All missing steps in one transaction: a failed upgrade leaves the old schema.
    return in_transaction(connection, connection.dialect().begin_migration,
                          [&] { return apply_missing_migrations(connection); });
}

Result<void> apply_missing_migrations(SqlConnection& connection)
{
    RUNDUM_TRY_ASSIGN(current, read_schema_version(connection)); // another process may have won
    if (current > latest_schema_version()) {
        return fail(ErrorCode::Unavailable, "error.store.too_new",
                    {std::to_string(current), std::to_string(latest_schema_version())});
    }
    if (current == 0) {
        RUNDUM_TRY(connection.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY "
                                      "KEY, description TEXT NOT NULL)"));
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= current) {
            continue;
        }
        for (std::string_view statement : migration.statements) {
            RUNDUM_TRY(connection.execute(in_dialect(statement, connection.dialect())));
        }
        RUNDUM_TRY(connection.query("INSERT INTO schema_migrations (version, description) "
                                    "VALUES (?, ?)",
                                    {std::int64_t{migration.version}, std::string(migration.description)}));
    }
    return {};
}

} // namespace rundum::store
