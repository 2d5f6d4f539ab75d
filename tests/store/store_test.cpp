// SPDX-License-Identifier: EUPL-1.2
// Storage behaviour, run on every backend (SQLite now; PostgreSQL joins in its own issue).
#include <gtest/gtest.h>

#include <functional>
#include <tuple>
#include <vector>

#include "process.hpp"
#include "test_database.hpp"
#include "store/migrations.hpp"
#include "store/open_store.hpp"
#include "store/sql/open_connection.hpp"

#include <set>
#include <span>
#include <sstream>
#include <sstream>

namespace rundum::store {
namespace {

using rundum::testing::TemporaryDirectory;

using rundum::testing::TestDatabase;

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
    city.contacts = {Contact{"contact-" + slug + "-1", "Erika Muster", "Koordination", "", "", true, false, false},
                     Contact{"contact-" + slug + "-2", "Max Beispiel", "", "", "", true, false, false}};
    return city;
}

// Runs on the backend of the test run: SQLite, or a fresh PostgreSQL database.
class StoreTest : public ::testing::Test {
protected:
    StoreLocation location() const { return {m_directory.path() / "data", m_database.url()}; }

    std::unique_ptr<Store> create_store_here()
    {
        auto store = create_store(location());
        EXPECT_TRUE(store.has_value()) << (store ? "" : store.error().detail);
        return store ? std::move(*store) : nullptr;
    }

    TemporaryDirectory m_directory;
    TestDatabase m_database;
};

TEST_F(StoreTest, ANewStoreIsAtTheLatestSchemaAndEmpty)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->schema_version().value(), latest_schema_version());
    EXPECT_TRUE(store->list_cities().value().empty());
}

TEST_F(StoreTest, StoresCitiesWithAddressAndContactsInOrder)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    City open_profile = city("essen", "Essen");
    open_profile.address.reset();
    open_profile.contacts.clear();
    ASSERT_TRUE(store->apply_snapshot({{city("muenchen", "München"), open_profile}, {}, {}}).has_value());

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

TEST_F(StoreTest, FindsACityBySlugAndNothingForAnUnknownSlug)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena")}, {}, {}}).has_value());
    auto found = store->find_city("jena").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->id, "city-jena");
    EXPECT_FALSE(store->find_city("atlantis").value().has_value());
    EXPECT_FALSE(store->find_city("' OR 1=1 --").value().has_value());
}

TEST_F(StoreTest, ApplyingASnapshotUpdatesItsCitiesAndLeavesOthersAlone)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena"), city("hamm", "Hamm")}, {}, {}}).has_value());
    City changed = city("jena", "Jena");
    changed.alliance = "Neues Bündnis";
    changed.contacts = {Contact{"contact-jena-9", "Neue Person", "Koordination", "", "", true, false, false}};
    ASSERT_TRUE(store->apply_snapshot({{changed}, {}, {}}).has_value());

    auto jena = store->find_city("jena").value().value();
    EXPECT_EQ(jena.alliance, "Neues Bündnis");
    ASSERT_EQ(jena.contacts.size(), 1U);
    EXPECT_EQ(jena.contacts[0].id, "contact-jena-9");
    auto hamm = store->find_city("hamm").value().value();
    EXPECT_EQ(hamm.alliance, "Bündnis Hamm");
    EXPECT_EQ(hamm.contacts.size(), 2U);
}

TEST_F(StoreTest, AFailingSnapshotChangesNothing)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena"), city("hamm", "Hamm")}, {}, {}}).has_value());
    City renamed = city("jena", "Jena");
    renamed.alliance = "Darf nicht bleiben";
    City clash = city("hamm", "Hamm");
    clash.id = "city-other"; // a new city that takes Hamm's slug
    clash.contacts.clear();
    auto result = store->apply_snapshot({{renamed, clash}, {}, {}});
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, ErrorCode::Conflict);
    EXPECT_EQ(result.error().key, "error.import.conflict");
    EXPECT_EQ(store->find_city("jena").value()->alliance, "Bündnis Jena");
    EXPECT_EQ(store->list_cities().value().size(), 2U);
}

TEST_F(StoreTest, DataVersionMovesWhenAnotherProcessWrites)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    auto other = open_store(location());
    ASSERT_TRUE(other.has_value());
    const auto before = store->data_version().value();
    EXPECT_EQ(store->data_version().value(), before); // reading does not move it
    ASSERT_TRUE((*other)->apply_snapshot({{city("jena", "Jena")}, {}, {}}).has_value());
    EXPECT_NE(store->data_version().value(), before);
    EXPECT_EQ(store->list_cities().value().size(), 1U);
}

TEST_F(StoreTest, DataVersionMovesWhenThisStoreWrites)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    const auto before = store->data_version().value();
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena")}, {}, {}}).has_value());
    EXPECT_NE(store->data_version().value(), before);
}

TEST_F(StoreTest, RefusesToCreateOverAnExistingDatabase)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena")}, {}, {}}).has_value());
    auto again = create_store(location());
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().key, m_database.url().empty() ? "error.data_directory.exists"
                                                          : "error.database.exists");
    EXPECT_EQ(store->list_cities().value().size(), 1U);
}

TEST_F(StoreTest, ReopeningFindsWhatWasStored)
{
    {
        auto store = create_store_here();
        ASSERT_TRUE(store);
        ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena")}, {}, {}}).has_value());
    }
    auto reopened = open_store(location());
    ASSERT_TRUE(reopened.has_value()) << reopened.error().detail;
    EXPECT_EQ((*reopened)->find_city("jena").value()->contacts.size(), 2U);
}

TEST_F(StoreTest, NumbersSurviveTheRoundTripExactly)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    City precise = city("jena", "Jena");
    precise.location = {50.930060000000001, 11.591842123456789};
    ASSERT_TRUE(store->apply_snapshot({{precise}, {}, {}}).has_value());
    auto stored = store->find_city("jena").value().value();
    EXPECT_EQ(stored.location.latitude, precise.location.latitude);
    EXPECT_EQ(stored.location.longitude, precise.location.longitude);
}

TEST_F(StoreTest, TheCopyTableListNamesEveryTableOfTheSchema)
{
    ASSERT_TRUE(create_store_here());
    auto connection = open_connection(location());
    ASSERT_TRUE(connection.has_value());
    auto tables = (*connection)->query((*connection)->dialect().list_tables);
    ASSERT_TRUE(tables.has_value());
    std::set<std::string> in_database;
    for (std::size_t row = 0; row < tables->size(); ++row) {
        if (tables->text(row, 0) != "schema_migrations") {
            in_database.insert(tables->text(row, 0));
        }
    }
    std::set<std::string> listed;
    for (const SchemaTable& table : schema_tables()) {
        listed.insert(std::string(table.name));
        // Every listed column exists: selecting them must work.
        EXPECT_TRUE((*connection)->query("SELECT " + std::string(table.columns) + " FROM " +
                                         std::string(table.name)).has_value()) << table.name;
    }
    EXPECT_EQ(listed, in_database);
}

// The copy list is kept by hand beside the migrations: a column it lacks would be dropped by
// `rundum migrate` without any check noticing (the verification reads the same list). So every
// column of the live schema, on either database, must be in the list, and only those.
TEST_F(StoreTest, TheCopyTableListNamesEveryColumnOfTheSchema)
{
    ASSERT_TRUE(create_store_here());
    auto connection = open_connection(location());
    ASSERT_TRUE(connection.has_value());
    for (const SchemaTable& table : schema_tables()) {
        const SqlValue name{std::string(table.name)};
        auto columns = (*connection)->query((*connection)->dialect().list_columns, std::span(&name, 1));
        ASSERT_TRUE(columns.has_value()) << table.name;
        std::set<std::string> in_database;
        for (std::size_t row = 0; row < columns->size(); ++row) {
            in_database.insert(columns->text(row, 0));
        }
        std::set<std::string> listed;
        std::stringstream list{std::string(table.columns)};
        for (std::string column; std::getline(list, column, ',');) {
            listed.insert(column.substr(column.find_first_not_of(' ')));
        }
        EXPECT_EQ(listed, in_database) << table.name << ": the copy list and the live schema differ";
    }
}

User member(const std::string& email, Role role, const std::string& city_id)
{
    User user;
    user.id = "user-" + email.substr(0, email.find('@'));
    user.email = email;
    user.role = role;
    user.city_id = city_id;
    user.created_at = "2026-11-26T10:00:00Z";
    return user;
}

TEST_F(StoreTest, AccountsAreStoredAndEmailsAreUnique)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena")}, {}, {}}).has_value());
    ASSERT_TRUE(store->add_user(member("a@jena.example", Role::Coordinator, "city-jena")).has_value());
    auto duplicate = store->add_user(member("a@jena.example", Role::Admin, ""));
    ASSERT_FALSE(duplicate.has_value());
    EXPECT_EQ(duplicate.error().key, "error.account.email_taken");
    auto found = store->find_user_by_email("a@jena.example").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->city_id, "city-jena");
    EXPECT_EQ(found->role, Role::Coordinator);
    EXPECT_FALSE(found->has_password);
    EXPECT_EQ(store->password_hash(found->id).value(), "");
}

TEST_F(StoreTest, AOneTimeLinkWorksOnceAndNotAfterItExpires)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->add_user(member("b@x.example", Role::Admin, "")).has_value());
    ASSERT_TRUE(store->add_user(member("b2@x.example", Role::Admin, "")).has_value());
    ASSERT_TRUE(store->add_one_time_token("hash-1", "user-b", TokenPurpose::SetPassword, "2026-12-03T10:00:00Z").has_value());
    ASSERT_TRUE(store->add_one_time_token("hash-old", "user-b2", TokenPurpose::SetPassword, "2026-11-01T10:00:00Z").has_value());
    const std::string now = "2026-11-26T12:00:00Z";
    EXPECT_TRUE(store->one_time_token_user("hash-1", TokenPurpose::SetPassword, now).value().has_value());
    EXPECT_FALSE(store->one_time_token_user("hash-1", TokenPurpose::ResetPassword, now).value().has_value());
    EXPECT_FALSE(store->one_time_token_user("hash-old", TokenPurpose::SetPassword, now).value().has_value());
    auto used = store->use_one_time_token("hash-1", TokenPurpose::SetPassword, now, "Berta", "$argon2id$x");
    ASSERT_TRUE(used.has_value());
    EXPECT_EQ(used->name, "Berta");
    EXPECT_TRUE(used->has_password);
    auto again = store->use_one_time_token("hash-1", TokenPurpose::SetPassword, now, "Mallory", "$argon2id$y");
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().key, "error.account.link_invalid");
    EXPECT_EQ(store->password_hash("user-b").value(), "$argon2id$x");
    EXPECT_FALSE(store->use_one_time_token("hash-old", TokenPurpose::SetPassword, now, "", "h").has_value());
}

TEST_F(StoreTest, AnAccountHasOneLiveLinkAndAResetShutsEveryoneElseOut)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->add_user(member("r@x.example", Role::Admin, "")).has_value());
    const std::string expires = "2026-12-03T10:00:00Z";
    const std::string now = "2026-11-26T12:00:00Z";
    ASSERT_TRUE(store->add_one_time_token("reset-1", "user-r", TokenPurpose::ResetPassword, expires).has_value());
    ASSERT_TRUE(store->add_one_time_token("reset-2", "user-r", TokenPurpose::ResetPassword, expires).has_value());
    ASSERT_TRUE(store->add_one_time_token("invite", "user-r", TokenPurpose::SetPassword, expires).has_value());
    EXPECT_FALSE(store->one_time_token_user("reset-1", TokenPurpose::ResetPassword, now).value().has_value())
        << "a new link replaces the older one";
    EXPECT_TRUE(store->one_time_token_user("reset-2", TokenPurpose::ResetPassword, now).value().has_value());
    ASSERT_TRUE(store->add_session("session", "user-r", expires).has_value());
    ASSERT_TRUE(store->add_api_token("user-r", ApiTokenInfo{"t-1", "Skript", now, ""}, "api-hash").has_value());
    ASSERT_TRUE(store->use_one_time_token("reset-2", TokenPurpose::ResetPassword, now, "", "$argon2id$neu").has_value());
    EXPECT_FALSE(store->session_user("session", now).value().has_value()) << "sessions end with a reset";
    EXPECT_FALSE(store->api_token_user("api-hash", now).value().has_value()) << "API tokens are revoked";
    EXPECT_TRUE(store->one_time_token_user("invite", TokenPurpose::SetPassword, now).value().has_value())
        << "links of another purpose stay";
}

TEST_F(StoreTest, AnAuditCountSeesOneActionFromOneAddressOrForOneSubject)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    for (const auto& [at, address, subject] : std::vector<std::tuple<std::string, std::string, std::string>>{
             {"2026-11-26T10:00:00Z", "10.0.0.1", "a@x.example"},
             {"2026-11-26T11:00:00Z", "10.0.0.1", ""},
             {"2026-11-26T11:30:00Z", "10.0.0.2", "a@x.example"}}) {
        ASSERT_TRUE(store->add_audit_entry(AuditEntry{at, "", "", "password_reset_requested", subject, address}).has_value());
    }
    ASSERT_TRUE(store->add_audit_entry(AuditEntry{"2026-11-26T11:40:00Z", "", "", "sign_in", "a@x.example", "10.0.0.1"})
                    .has_value());
    EXPECT_EQ(store->count_audit_entries("password_reset_requested", "10.0.0.1", "", "2026-11-26T00:00:00Z").value(), 2);
    EXPECT_EQ(store->count_audit_entries("password_reset_requested", "10.0.0.1", "", "2026-11-26T10:30:00Z").value(), 1);
    EXPECT_EQ(store->count_audit_entries("password_reset_requested", "", "a@x.example", "2026-11-26T00:00:00Z").value(), 2);
    EXPECT_EQ(store->count_audit_entries("sign_in", "", "", "2026-11-26T00:00:00Z").value(), 1);
}

TEST_F(StoreTest, SessionsEndAtTheirExpiryAndOnRemoval)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->add_user(member("c@x.example", Role::Admin, "")).has_value());
    ASSERT_TRUE(store->add_session("s1", "user-c", "2026-11-26T12:00:00Z").has_value());
    ASSERT_TRUE(store->add_session("s2", "user-c", "2026-11-26T18:00:00Z").has_value());
    EXPECT_TRUE(store->session_user("s1", "2026-11-26T11:59:59Z").value().has_value());
    EXPECT_FALSE(store->session_user("s1", "2026-11-26T12:00:00Z").value().has_value());
    ASSERT_TRUE(store->remove_sessions_of("user-c").has_value());
    EXPECT_FALSE(store->session_user("s2", "2026-11-26T12:00:00Z").value().has_value());
}

TEST_F(StoreTest, ErasingAMemberRemovesSessionsAndKeepsTheAuditTrailUnderAPseudonym)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->add_user(member("d@x.example", Role::Admin, "")).has_value());
    ASSERT_TRUE(store->add_session("s", "user-d", "2030-01-01T00:00:00Z").has_value());
    ASSERT_TRUE(store->add_audit_entry({"2026-11-26T10:00:00Z", "user-d", "d@x.example", "sign_in", "d@x.example", "127.0.0.1"}).has_value());
    ASSERT_TRUE(store->erase_member("user-d", "ein ehemaliges Mitglied").has_value());
    EXPECT_FALSE(store->find_user("user-d").value().has_value());
    EXPECT_FALSE(store->session_user("s", "2026-11-26T10:00:00Z").value().has_value());
    auto log = store->audit_entries("", 10).value();
    ASSERT_EQ(log.size(), 1U);
    EXPECT_EQ(log[0].actor_email, "ein ehemaliges Mitglied");
    EXPECT_EQ(log[0].subject, "ein ehemaliges Mitglied");
    EXPECT_EQ(log[0].actor_id, "");
    EXPECT_EQ(log[0].client_address, "");
    EXPECT_EQ(store->erase_member("user-d", "x").error().code, ErrorCode::NotFound);
}

TEST_F(StoreTest, SignInAttemptsAreFoundByAccountAndByAddressWithinTheWindow)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->record_sign_in_attempt("e@x.example", "10.0.0.1", {1000, false, ""}).has_value());
    ASSERT_TRUE(store->record_sign_in_attempt("e@x.example", "10.0.0.2", {2000, true, ""}).has_value());
    ASSERT_TRUE(store->record_sign_in_attempt("f@x.example", "10.0.0.1", {3000, false, ""}).has_value());
    auto for_account = store->sign_in_attempts_for_email("e@x.example", 0).value();
    ASSERT_EQ(for_account.size(), 2U);
    EXPECT_EQ(for_account[0].client_address, "10.0.0.1"); // the throttle counts per account and address
    EXPECT_EQ(for_account[1].client_address, "10.0.0.2");
    EXPECT_EQ(store->sign_in_attempts_for_email("e@x.example", 1500).value().size(), 1U);
    auto from_address = store->sign_in_attempts_from("10.0.0.1", 0).value();
    ASSERT_EQ(from_address.size(), 2U);
    EXPECT_EQ(from_address[1].at_unix_seconds, 3000);
}

TEST_F(StoreTest, SignInSecretsLastTwoThrottleWindowsAndAreSharedByEveryCaller)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->sign_in_secrets(10, "a").value(), std::vector<std::string>{"a"});
    EXPECT_EQ(store->sign_in_secrets(10, "b").value(), std::vector<std::string>{"a"}) << "the first one stays";
    EXPECT_EQ(store->sign_in_secrets(11, "c").value(), (std::vector<std::string>{"c", "a"}));
    // Two windows later, the oldest is gone: what was hashed with it can no longer be tested.
    EXPECT_EQ(store->sign_in_secrets(12, "d").value(), (std::vector<std::string>{"d", "c"}));
}

TEST_F(StoreTest, SavingACityKeepsNumberedVersionsAndMovesTheDataVersion)
{
    auto store = create_store_here();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->apply_snapshot({{city("jena", "Jena")}, {}, {}}).has_value());
    const auto before = store->data_version().value();
    City changed = city("jena", "Jena");
    changed.statement = "Neu";
    ASSERT_TRUE(store->save_city(changed, CityVersion{0, "2026-11-26T10:00:00Z", "Erika", "{\"v\":1}"}).has_value());
    ASSERT_TRUE(store->save_city(changed, CityVersion{0, "2026-11-26T11:00:00Z", "Max", "{\"v\":2}"}).has_value());
    EXPECT_NE(store->data_version().value(), before);
    EXPECT_EQ(store->find_city("jena").value()->statement, "Neu");
    auto versions = store->city_versions("city-jena").value();
    ASSERT_EQ(versions.size(), 2U);
    EXPECT_EQ(versions[0].number, 2);
    EXPECT_EQ(versions[0].changed_by, "Max");
    EXPECT_EQ(versions[1].content, "{\"v\":1}");
}

} // namespace
} // namespace rundum::store
