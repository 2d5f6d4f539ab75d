// SPDX-License-Identifier: EUPL-1.2
// A full disk, on every backend: the driver names it (its own message, not "unreachable") and logs
// it for the operator, and reading goes on.
#include <gtest/gtest.h>

#include <memory>

#include "log_capture.hpp"
#include "process.hpp"
#include "store/postgres/postgres_connection.hpp"
#include "store/sqlite/sqlite_connection.hpp"
#include "test_database.hpp"

namespace rundum::store {
namespace {

class DiskFullTest : public ::testing::Test {
protected:
    rundum::testing::TemporaryDirectory m_directory;
    rundum::testing::TestDatabase m_database;
};

TEST_F(DiskFullTest, AWriteToAFullDatabaseSaysSoAndIsLogged)
{
    rundum::testing::LogCapture log;
    Error refused;
    std::unique_ptr<SqlConnection> connection;
    if (rundum::testing::testing_postgresql()) {
        auto opened = postgres::PostgresConnection::open(m_database.url());
        ASSERT_TRUE(opened.has_value()) << opened.error().detail;
        connection = std::move(*opened);
        ASSERT_TRUE(connection->execute("CREATE TABLE notes (body TEXT)").has_value());
        ASSERT_TRUE(connection->execute("INSERT INTO notes VALUES ('vorher')").has_value());
        // What PostgreSQL answers when its disk is full (SQLSTATE 53100), without filling one.
        auto written = connection->execute(
            "DO $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' "
            "USING ERRCODE = 'disk_full'; END $$");
        ASSERT_FALSE(written.has_value());
        refused = written.error();
    } else {
        auto opened = sqlite::SqliteConnection::open(m_directory.path() / "voll.sqlite3", true);
        ASSERT_TRUE(opened.has_value()) << opened.error().detail;
        connection = std::move(*opened);
        ASSERT_TRUE(connection->execute("CREATE TABLE notes (body TEXT)").has_value());
        ASSERT_TRUE(connection->execute("INSERT INTO notes VALUES ('vorher')").has_value());
        // The database may not grow by one page more: to SQLite, the disk is full.
        auto pages = connection->query("PRAGMA page_count");
        ASSERT_TRUE(pages.has_value());
        ASSERT_TRUE(connection->execute("PRAGMA max_page_count = " + std::to_string(pages->integer(0, 0))).has_value());
        auto written = connection->execute("INSERT INTO notes VALUES (hex(zeroblob(100000)))");
        ASSERT_FALSE(written.has_value());
        refused = written.error();
        EXPECT_NE(log.text().find("voll.sqlite3"), std::string::npos) << "the log names the file: " << log.text();
    }
    EXPECT_EQ(refused.code, ErrorCode::Unavailable);
    EXPECT_EQ(refused.key, "error.store.disk_full");
    EXPECT_NE(log.text().find("disk is full"), std::string::npos) << log.text();
    // Reading goes on.
    auto read = connection->query("SELECT body FROM notes");
    ASSERT_TRUE(read.has_value()) << read.error().detail;
    ASSERT_EQ(read->size(), 1U);
    EXPECT_EQ(read->text(0, 0), "vorher");
}

} // namespace
} // namespace rundum::store
