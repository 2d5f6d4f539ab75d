// SPDX-License-Identifier: EUPL-1.2
// Transactions over a SqlConnection: all of the work, or none of it.
#pragma once

#include <string_view>

#include "store/sql/sql_connection.hpp"

namespace rundum::store {

/// Runs `work` (returning Result<void>) inside a transaction opened with `begin` (a dialect's
/// begin_write, or plain "BEGIN"); rolls back if the work fails, commits otherwise.
template <typename Work>
Result<void> in_transaction(SqlConnection& connection, std::string_view begin, Work&& work)
{
    RUNDUM_TRY(connection.execute(begin));
    if (auto done = work(); !done) {
        (void)connection.execute("ROLLBACK");
        return done;
    }
    return connection.execute("COMMIT");
}

} // namespace rundum::store
