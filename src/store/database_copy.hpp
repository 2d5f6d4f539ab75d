// SPDX-License-Identifier: EUPL-1.2
// Copying a whole network between databases (SQLite <-> PostgreSQL), verified table by table.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/open_store.hpp"

namespace rundum::store {

/// What a copy found in one table, on both sides.
struct TableCopyReport {
    std::string table;
    std::int64_t rows{0};
    std::string digest; ///< BLAKE2b-256 of the rows in a canonical text form, hex
};

/// Copies every table of `source` (an initialised network) into `target` (which must not hold a
/// network yet) in one transaction, and before committing reads the target back: each table's
/// row count and content digest must equal the source's, or nothing is committed.
Result<std::vector<TableCopyReport>> copy_database(const StoreLocation& source,
                                                   const StoreLocation& target);

} // namespace rundum::store
