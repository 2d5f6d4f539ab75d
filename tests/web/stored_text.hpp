// SPDX-License-Identifier: EUPL-1.2
// Every value a test's database holds, read below the Store interface: to prove what is NOT stored.
#pragma once

#include <string>

#include "store/migrations.hpp"
#include "store/sql/open_connection.hpp"

namespace rundum::testing {

/// One "table: value" line per value of every column of every table of the database at `location`.
inline std::string stored_text(const store::StoreLocation& location)
{
    auto connection = store::open_connection(location);
    if (!connection) {
        return "the database did not open: " + connection.error().detail;
    }
    std::string text;
    for (const store::SchemaTable& table : store::schema_tables()) {
        auto rows = (*connection)->query("SELECT * FROM " + std::string(table.name), {});
        if (!rows) {
            return "cannot read " + std::string(table.name) + ": " + rows.error().detail;
        }
        for (std::size_t row = 0; row < rows->size(); ++row) {
            for (std::size_t column = 0; column < rows->all()[row].size(); ++column) {
                text += std::string(table.name) + ": " + rows->text(row, column) + "\n";
            }
        }
    }
    return text;
}

} // namespace rundum::testing
