// SPDX-License-Identifier: EUPL-1.2
// The database a test runs on: SQLite in the data directory, or a fresh PostgreSQL database
// on the test run's server (when RUNDUM_TEST_POSTGRES_DIR names it, see tests/support/CMakeLists.txt).
#pragma once

#include <string>
#include <vector>

namespace rundum::testing {

/// Whether this test run uses PostgreSQL.
bool testing_postgresql();

/// The URL of the test run's PostgreSQL server's maintenance database; throws if there is none.
std::string postgres_admin_url();

/// A fresh, empty database for one test; dropped again on destruction (PostgreSQL).
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    /// postgresql://... or "" for SQLite.
    const std::string& url() const { return m_url; }

    /// The command-line arguments that choose this database: {"--db", url} or nothing.
    std::vector<std::string> arguments() const;

private:
    std::string m_name;
    std::string m_url;
};

/// Runs SQL on the maintenance database of the test server (CREATE/DROP DATABASE).
void run_admin_sql(const std::string& sql);

} // namespace rundum::testing
