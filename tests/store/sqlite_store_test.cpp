// SPDX-License-Identifier: EUPL-1.2
// SQLite-only storage behaviour: the data directory and the database file under the store.
#include <gtest/gtest.h>

#include <fstream>
#include <sqlite3.h>

#include "process.hpp"
#include "store/migrations.hpp"
#include "store/open_store.hpp"

namespace rundum::store {
namespace {

using rundum::testing::TemporaryDirectory;

TEST(SqliteStore, OpeningAMissingDirectoryFailsWithoutCreatingIt)
{
    TemporaryDirectory directory;
    const auto missing = directory.path() / "nowhere";
    auto store = open_store({missing, ""});
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().key, "error.data_directory.missing");
    EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST(SqliteStore, OpeningADirectoryWithoutDatabaseFails)
{
    TemporaryDirectory directory;
    std::filesystem::create_directories(directory.path() / "empty");
    auto store = open_store({directory.path() / "empty", ""});
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().key, "error.data_directory.no_database");
}

TEST(SqliteStore, ACorruptDatabaseIsReportedAndLeftUntouched)
{
    TemporaryDirectory directory;
    const auto file = directory.path() / "rundum.sqlite3";
    const std::string garbage(8192, 'x');
    std::ofstream(file) << garbage;
    auto store = open_store({directory.path(), ""});
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().key, "error.store.corrupt");
    std::ifstream read_back(file);
    std::string content((std::istreambuf_iterator<char>(read_back)), std::istreambuf_iterator<char>());
    EXPECT_EQ(content, garbage);
}

void run_sql(const std::filesystem::path& file, const char* sql)
{
    sqlite3* database = nullptr;
    ASSERT_EQ(sqlite3_open(file.c_str(), &database), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(database, sql, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(database);
}

TEST(SqliteStore, AForeignDatabaseIsNotTakenOver)
{
    TemporaryDirectory directory;
    run_sql(directory.path() / "rundum.sqlite3", "CREATE TABLE invoices (id INTEGER)");
    auto store = open_store({directory.path(), ""});
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().key, "error.store.not_rundum");
}

TEST(SqliteStore, ADatabaseFromANewerRundumIsRefused)
{
    TemporaryDirectory directory;
    ASSERT_TRUE(create_store({directory.path(), ""}).has_value());
    run_sql(directory.path() / "rundum.sqlite3",
            "INSERT INTO schema_migrations (version, description) VALUES (9999, 'future')");
    auto store = open_store({directory.path(), ""});
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().key, "error.store.too_new");
}

TEST(SqliteStore, AnEmptyDatabaseFileIsUpgradedToTheLatestSchemaOnOpen)
{
    TemporaryDirectory directory;
    run_sql(directory.path() / "rundum.sqlite3", "PRAGMA user_version = 0");
    auto store = open_store({directory.path(), ""});
    ASSERT_TRUE(store.has_value());
    EXPECT_EQ((*store)->schema_version().value(), latest_schema_version());
}

} // namespace
} // namespace rundum::store
