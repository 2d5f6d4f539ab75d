// SPDX-License-Identifier: EUPL-1.2
// Table-by-table copy with digests; the table list comes from migrations.cpp.
#include "store/database_copy.hpp"

#include <sodium.h>

#include "store/migrations.hpp"
#include "store/sql/open_connection.hpp"
#include "store/sql/schema_migration.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

namespace {

std::string select_all(const SchemaTable& table)
{
    return "SELECT " + std::string(table.columns) + " FROM " + std::string(table.name) +
           " ORDER BY " + std::string(table.order_by);
}

std::string insert_one(const SchemaTable& table)
{
    std::string placeholders;
    for (char c : std::string(table.columns) + ",") {
        if (c == ',') {
            placeholders += placeholders.empty() ? "?" : ", ?";
        }
    }
    return "INSERT INTO " + std::string(table.name) + " (" + std::string(table.columns) +
           ") VALUES (" + placeholders + ")";
}

// Each value as "<kind>:<length>:<text>", so values cannot run into each other and NULL differs
// from the empty text; numbers in their shortest exact form, the same from either driver.
TableCopyReport digest_of(const SchemaTable& table, const Rows& rows)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    for (const auto& row : rows.all()) {
        for (const SqlValue& value : row) {
            const std::string text = Rows({{value}}).text(0, 0);
            const char kind = std::holds_alternative<std::monostate>(value) ? 'n'
                              : std::holds_alternative<std::string>(value)  ? 't'
                                                                            : '#';
            const std::string part = std::string(1, kind) + ":" + std::to_string(text.size()) + ":" + text;
            crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(part.data()), part.size());
        }
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>("\n"), 1);
    }
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash_final(&state, hash, sizeof hash);
    char hex[crypto_generichash_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    return TableCopyReport{std::string(table.name), static_cast<std::int64_t>(rows.size()), hex};
}

std::string with_table(std::string_view sql, std::string_view table)
{
    std::string out(sql);
    const std::string_view token = "{{table}}";
    for (std::size_t at = out.find(token); at != std::string::npos; at = out.find(token, at)) {
        out.replace(at, token.size(), table);
    }
    return out;
}

} // namespace

Result<std::vector<TableCopyReport>> copy_database(const StoreLocation& source,
                                                   const StoreLocation& target)
{
    if (sodium_init() < 0) {
        return fail(ErrorCode::Internal, "error.internal", {}, "libsodium did not initialise");
    }
    RUNDUM_TRY_ASSIGN(from, open_connection(source));
    RUNDUM_TRY_ASSIGN(to, create_connection(target, NewSchema::LeaveEmpty));
    std::vector<TableCopyReport> reports;
    // Schema and rows in one transaction: a failed copy leaves the target as empty as it was.
    auto copied_all = in_transaction(*to, to->dialect().begin_migration, [&]() -> Result<void> {
        RUNDUM_TRY(apply_missing_migrations(*to));
        for (const SchemaTable& table : schema_tables()) {
            RUNDUM_TRY_ASSIGN(rows, from->query(select_all(table)));
            const std::string insert = insert_one(table);
            for (const auto& row : rows.all()) {
                RUNDUM_TRY(to->query(insert, std::span<const SqlValue>(row)));
            }
            if (table.has_auto_id && !to->dialect().reset_auto_id.empty()) {
                RUNDUM_TRY(to->query(with_table(to->dialect().reset_auto_id, table.name)));
            }
            // Read back inside the transaction: a mismatch rolls the whole copy back.
            RUNDUM_TRY_ASSIGN(copied, to->query(select_all(table)));
            TableCopyReport expected = digest_of(table, rows);
            TableCopyReport found = digest_of(table, copied);
            if (expected.rows != found.rows || expected.digest != found.digest) {
                return fail(ErrorCode::Internal, "error.migrate.mismatch", {expected.table},
                            expected.digest + " != " + found.digest);
            }
            reports.push_back(std::move(expected));
        }
        return {};
    });
    if (!copied_all) {
        to.reset();
        discard_new_database(target);
        return fail(copied_all.error());
    }
    return reports;
}

} // namespace rundum::store
