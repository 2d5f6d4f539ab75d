// Storage behaviour, run on every backend (SQLite now; PostgreSQL joins in its own issue).
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <sqlite3.h>

#include "process.hpp"
#include "store/migrations.hpp"
#include "store/open_store.hpp"

namespace rundum::store {
namespace {

using rundum::testing::TemporaryDirectory;

struct Backend {
    std::string name;
    std::function<Result<std::unique_ptr<Store>>(const std::filesystem::path&)> create;
    std::function<Result<std::unique_ptr<Store>>(const std::filesystem::path&)> open;
};

std::vector<Backend> backends()
{
    return {Backend{"sqlite", [](const auto& dir) { return create_store({dir}); },
                    [](const auto& dir) { return open_store({dir}); }}};
}

City city(const std::string& slug, const std::string& name)
{
    City city;
    city.id = "city-" + slug;
    city.slug = slug;
    city.name = name;
    city.state = "Bayern";
    city.official_key = "09162000";
    city.location = {48.137683, 11.575997};
    city.alliance = "Bündnis " + name;
    city.address = PostalAddress{{"Stadt " + name, "Fachstelle"}, "Hauptstraße 1", "80331", name};
    city.website = "https://example.de/" + slug;
    city.contacts = {Contact{"contact-" + slug + "-1", "Erika Muster", "Koordination"},
                     Contact{"contact-" + slug + "-2", "Max Beispiel", ""}};
    return city;
}

class StoreTest : public ::testing::TestWithParam<Backend> {
protected:
    std::unique_ptr<Store> create_store_here()
    {
        auto store = GetParam().create(m_directory.path() / "data");
        EXPECT_TRUE(store.has_value()) << (store ? "" : store.error().detail);
        return store ? std::move(*store) : nullptr;
    }

    TemporaryDirectory m_directory;
};

TEST_P(StoreTest, ANewStoreIsAtTheLatestSchemaAndEmpty)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schema_version().value(), latest_schema_version());
    EXPECT_TRUE(store->list_cities().value().empty());
}

TEST_P(StoreTest, StoresCitiesWithAddressAndContactsInOrder)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    City open_profile = city("essen", "Essen");
    open_profile.address.reset();
    open_profile.contacts.clear();
    ASSERT_TRUE(store->apply_snapshot({{city("muenchen", "München"), open_profile}}).has_value());

    auto cities = store->list_cities().value();
    ASSERT_EQ(cities.size(), 2U);
    EXPECT_EQ(cities[0].slug, "essen"); // ordered by slug
    EXPECT_FALSE(cities[0].address.has_value());
    EXPECT_TRUE(cities[0].contacts.empty());
    const City& munich = cities[1];
    EXPECT_EQ(munich.name, "München");
    ASSERT_TRUE(munich.address.has_value());
    EXPECT_EQ(munich.address->recipient_lines, (std::vector<std::string>{"Stadt München", "Fachstelle"}));
    EXPECT_EQ(munich.address->postcode, "80331");
    ASSERT_EQ(munich.contacts.size(), 2U);
    EXPECT_EQ(munich.contacts[0].name, "Erika Muster");
    EXPECT_EQ(munich.contacts[1].name, "Max Beispiel");
    EXPECT_DOUBLE_EQ(munich.location.longitude, 11.575997);
}

TEST_P(StoreTest, FindsACityBySlugAndNothingForAnUnknownSlug)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena")}}).has_value());
    auto found = store->find_city("jena").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, "city-jena");
    EXPECT_FALSE(store->find_city("atlantis").value().has_value());
    EXPECT_FALSE(store->find_city("' OR 1=1 --").value().has_value());
}

TEST_P(StoreTest, ApplyingASnapshotUpdatesItsCitiesAndLeavesOthersAlone)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena"), city("hamm", "Hamm")}}).has_value());
    City changed = city("jena", "Jena");
    changed.alliance = "Neues Bündnis";
    changed.contacts = {Contact{"contact-jena-9", "Neue Person", "Koordination"}};
    ASSERT_TRUE(store->apply_snapshot({{changed}}).has_value());

    auto jena = store->find_city("jena").value().value();
    EXPECT_EQ(jena.alliance, "Neues Bündnis");
    ASSERT_EQ(jena.contacts.size(), 1U);
    EXPECT_EQ(jena.contacts[0].id, "contact-jena-9");
    auto hamm = store->find_city("hamm").value().value();
    EXPECT_EQ(hamm.alliance, "Bündnis Hamm");
    EXPECT_EQ(hamm.contacts.size(), 2U);
}

TEST_P(StoreTest, AFailingSnapshotChangesNothing)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena"), city("hamm", "Hamm")}}).has_value());
    City renamed = city("jena", "Jena");
    renamed.alliance = "Darf nicht bleiben";
    City clash = city("hamm", "Hamm");
    clash.id = "city-other"; // a new city that takes Hamm's slug
    clash.contacts.clear();
    auto result = store->apply_snapshot({{renamed, clash}});
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    EXPECT_EQ(result.error().key, "error.import.conflict");
    EXPECT_EQ(store->find_city("jena").value()->alliance, "Bündnis Jena");
    EXPECT_EQ(store->list_cities().value().size(), 2U);
}

TEST_P(StoreTest, DataVersionMovesWhenAnotherProcessWrites)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    auto other = GetParam().open(m_directory.path() / "data");
    ASSERT_TRUE(other.has_value());
    const auto before = store->data_version().value();
    EXPECT_EQ(store->data_version().value(), before); // reading does not move it
    ASSERT_TRUE((*other)->apply_snapshot({{city("jena", "Jena")}}).has_value());
    EXPECT_NE(store->data_version().value(), before);
    EXPECT_EQ(store->list_cities().value().size(), 1U);
}

TEST_P(StoreTest, DataVersionMovesWhenThisStoreWrites)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    const auto before = store->data_version().value();
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena")}}).has_value());
    EXPECT_NE(store->data_version().value(), before);
}

TEST_P(StoreTest, RefusesToCreateOverAnExistingDatabase)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena")}}).has_value());
    auto again = GetParam().create(m_directory.path() / "data");
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().key, "error.data_directory.exists");
    EXPECT_EQ(store->list_cities().value().size(), 1U);
}

TEST_P(StoreTest, OpeningAMissingDirectoryFailsWithoutCreatingIt)
{
    const auto missing = m_directory.path() / "nowhere";
    auto store = GetParam().open(missing);
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().key, "error.data_directory.missing");
    EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST_P(StoreTest, OpeningADirectoryWithoutDatabaseFails)
{
    std::filesystem::create_directories(m_directory.path() / "empty");
    auto store = GetParam().open(m_directory.path() / "empty");
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().key, "error.data_directory.no_database");
}

// The SQLite-specific cases below manipulate the file under the store.
TEST(SqliteStore, ACorruptDatabaseIsReportedAndLeftUntouched)
{
    TemporaryDirectory directory;
    const auto file = directory.path() / "rundum.sqlite3";
    const std::string garbage(8192, 'x');
    std::ofstream(file) << garbage;
    auto store = open_store({directory.path()});
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
    auto store = open_store({directory.path()});
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().key, "error.store.not_rundum");
}

TEST(SqliteStore, ADatabaseFromANewerRundumIsRefused)
{
    TemporaryDirectory directory;
    ASSERT_TRUE(create_store({directory.path()}).has_value());
    run_sql(directory.path() / "rundum.sqlite3",
            "INSERT INTO schema_migrations (version, description) VALUES (9999, 'future')");
    auto store = open_store({directory.path()});
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().key, "error.store.too_new");
}

TEST(SqliteStore, AnEmptyDatabaseFileIsUpgradedToTheLatestSchemaOnOpen)
{
    TemporaryDirectory directory;
    run_sql(directory.path() / "rundum.sqlite3", "PRAGMA user_version = 0");
    auto store = open_store({directory.path()});
    ASSERT_TRUE(store.has_value());
    EXPECT_EQ((*store)->schema_version().value(), latest_schema_version());
}

INSTANTIATE_TEST_SUITE_P(EveryBackend, StoreTest, ::testing::ValuesIn(backends()),
                         [](const auto& test_info) { return test_info.param.name; });

} // namespace
} // namespace rundum::store
