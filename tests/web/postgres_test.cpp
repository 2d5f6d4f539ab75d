// SPDX-License-Identifier: EUPL-1.2
// rundum on PostgreSQL: several instances behave as one, and a server that goes away and comes
// back is survived without a restart.
#include <gtest/gtest.h>

#include <regex>

#include <fstream>

#include "http_session.hpp"
#include "process.hpp"
#include "test_database.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

CommandResult rundum(std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), rundum_binary());
    return run_command(arguments);
}

// The demo export with Jena's alliance renamed, written to a file for `rundum import`.
std::filesystem::path changed_export(const TemporaryDirectory& directory, const std::string& data,
                                     const std::string& url, const std::string& new_name)
{
    auto exported = rundum({"export", "--data", data, "--db", url});
    EXPECT_EQ(exported.exit_code, 0) << exported.err;
    std::string text = exported.out;
    const std::string from = "\"Jenaer Bündnis für Familie\"";
    text.replace(text.find(from), from.size(), "\"" + new_name + "\"");
    const auto file = directory.path() / "changed.json";
    std::ofstream(file) << text;
    return file;
}

TEST(Postgres, TwoInstancesOnOneDatabaseShowAChangeOnTheirNextRequest)
{
    TemporaryDirectory directory;
    TestDatabase database;
    const std::string first_data = (directory.path() / "first").string();
    const std::string second_data = (directory.path() / "second").string();
    ASSERT_EQ(rundum({"init", "--data", first_data, "--db", database.url(), "--demo"}).exit_code, 0);
    ServerProcess first(first_data, database.arguments());
    ServerProcess second(second_data, database.arguments()); // its own, new local directory
    // Both render and cache the page before the change.
    for (const ServerProcess* server : {&first, &second}) {
        ASSERT_TRUE(contains(http_get(server->port(), "/staedte/jena").body, "Jenaer Bündnis für Familie"));
    }
    const auto file = changed_export(directory, first_data, database.url(), "Jenaer Bündnis (geändert)");
    auto imported = rundum({"import", "--data", first_data, "--db", database.url(), file.string()});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    for (const ServerProcess* server : {&first, &second}) {
        EXPECT_TRUE(contains(http_get(server->port(), "/staedte/jena").body, "Jenaer Bündnis (geändert)"));
        EXPECT_TRUE(contains(http_get(server->port(), "/staedte").body, "Jenaer Bündnis (geändert)"));
        EXPECT_TRUE(contains(http_get(server->port(), "/api/v1/cities/jena").body, "Jenaer Bündnis (geändert)"));
    }
}

TEST(Postgres, TwoInstancesWithTheirOwnIndexFindTheSameAfterAChange)
{
    TemporaryDirectory directory;
    TestDatabase database;
    const std::string first_data = (directory.path() / "first").string();
    const std::string second_data = (directory.path() / "second").string();
    ASSERT_EQ(rundum({"init", "--data", first_data, "--db", database.url(), "--demo"}).exit_code, 0);
    ServerProcess first(first_data, database.arguments());
    ServerProcess second(second_data, database.arguments());
    const std::vector<std::string> queries = {"Kita", "Armut", "Familienzentren", "Strasse", "Begr%C3%BC%C3%9Fung"};
    for (const std::string& query : queries) {
        EXPECT_EQ(http_get(first.port(), "/api/v1/search?q=" + query).body,
                  http_get(second.port(), "/api/v1/search?q=" + query).body)
            << query;
    }
    // A project renamed through an import (any process): both indexes follow the change log.
    auto exported = rundum({"export", "--data", first_data, "--db", database.url()});
    ASSERT_EQ(exported.exit_code, 0) << exported.err;
    std::string text = exported.out;
    const std::string from = "\"title\": \"Familienpass\"";
    ASSERT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), "\"title\": \"Saalepass für Familien\"");
    const auto file = directory.path() / "renamed.json";
    std::ofstream(file) << text;
    ASSERT_EQ(rundum({"import", "--data", first_data, "--db", database.url(), file.string()}).exit_code, 0);
    for (const ServerProcess* server : {&first, &second}) {
        const std::string found = http_get(server->port(), "/api/v1/search?q=Saalepass").body;
        EXPECT_TRUE(contains(found, "\"id\":\"p-jena-familienpass\"")) << found;
    }
    EXPECT_EQ(http_get(first.port(), "/api/v1/search?q=Familienpass").body,
              http_get(second.port(), "/api/v1/search?q=Familienpass").body);
}

// A PostgreSQL server of this test's own, so stopping it disturbs no other test.
class OwnPostgres {
public:
    OwnPostgres()
    {
        auto started = run_command({SCRIPT, "start", m_directory.path().string()});
        if (started.exit_code != 0) {
            throw std::runtime_error("cannot start PostgreSQL: " + started.err);
        }
        m_url = started.out.substr(0, started.out.find('\n'));
    }
    ~OwnPostgres() { stop(); }
    OwnPostgres(const OwnPostgres&) = delete;
    OwnPostgres& operator=(const OwnPostgres&) = delete;

    void stop() { run_command({SCRIPT, "stop", m_directory.path().string()}); }
    void start() { ASSERT_EQ(run_command({SCRIPT, "start", m_directory.path().string()}).exit_code, 0); }
    const std::string& url() const { return m_url; }

private:
    static constexpr const char* SCRIPT = RUNDUM_SOURCE_DIR "/tests/support/postgres.sh";
    TemporaryDirectory m_directory;
    std::string m_url;
};

TEST(Postgres, WhileTheServerIsAwayPagesAnswer503AndRecoverWhenItIsBack)
{
    OwnPostgres postgres;
    TemporaryDirectory directory;
    const std::string data = (directory.path() / "data").string();
    ASSERT_EQ(rundum({"init", "--data", data, "--db", postgres.url(), "--demo"}).exit_code, 0);
    ServerProcess server(data, {"--db", postgres.url()});
    ASSERT_EQ(http_get(server.port(), "/staedte/jena").status, 200);
    // A program's API token, made before the outage.
    const std::string link = rundum({"user", "add", "--data", data, "--db", postgres.url(), "--admin", "a@x.example"}).out;
    HttpSession admin(server.port());
    ASSERT_EQ(admin.set_password(path_of(link), "Anna Admin", "Ein langes Passwort fuer den Test").status, 303);
    HttpAnswer created = admin.post("/konto/api-token", {{"label", "Abgleich"}});
    std::smatch match;
    ASSERT_TRUE(std::regex_search(created.body, match, std::regex("<code class=\"token\">([^<]+)</code>")));
    const std::string bearer = "Bearer " + match[1].str();
    ASSERT_EQ(http_request(server.port(), "GET", "/api/v1/adoptions", "", "", "", bearer).status, 200);

    postgres.stop();
    // The token cannot be checked now: that is no verdict on the token (503, not 401).
    HttpAnswer with_token = http_request(server.port(), "GET", "/api/v1/adoptions", "", "", "", bearer);
    EXPECT_EQ(with_token.status, 503) << with_token.body;
    EXPECT_EQ(with_token.header("Retry-After"), "5");
    EXPECT_FALSE(contains(with_token.body, "ungültig"));
    auto page = http_get(server.port(), "/staedte/jena");
    EXPECT_EQ(page.status, 503);
    EXPECT_TRUE(contains(page.body, "nicht erreichbar")) << page.body;
    EXPECT_TRUE(contains(page.body, "lang=\"de\""));
    EXPECT_EQ(page.header("Retry-After"), "5");
    auto api = http_get(server.port(), "/api/v1/cities");
    EXPECT_EQ(api.status, 503);
    EXPECT_TRUE(contains(api.body, "nicht erreichbar")) << api.body;
    // A write while the database is away fails loudly.
    auto import = rundum({"import", "--data", data, "--db", postgres.url(),
                          (std::filesystem::path(RUNDUM_SOURCE_DIR) / "data/demo/network.json").string()});
    EXPECT_EQ(import.exit_code, 1);
    EXPECT_TRUE(contains(import.err, "nicht erreichbar")) << import.err;

    postgres.start();
    EXPECT_EQ(http_get(server.port(), "/staedte/jena").status, 200);
    EXPECT_EQ(http_request(server.port(), "GET", "/api/v1/adoptions", "", "", "", bearer).status, 200);
    EXPECT_EQ(http_get(server.port(), "/api/v1/cities").status, 200);
    EXPECT_EQ(http_get(server.port(), "/staedte").status, 200);
}

TEST(Postgres, AnUnreachableServerIsReportedClearly)
{
    TemporaryDirectory directory;
    const std::string data = (directory.path() / "data").string();
    const std::string nowhere = "postgresql://rundum@127.0.0.1:" + std::to_string(free_port()) + "/rundum";
    for (const char* command : {"init", "serve", "export"}) {
        auto result = rundum({command, "--data", data, "--db", nowhere});
        EXPECT_EQ(result.exit_code, 1) << command;
        EXPECT_TRUE(contains(result.err, "nicht erreichbar")) << result.err;
    }
}

TEST(Postgres, AnEmptyDatabaseMustBeInitialisedFirst)
{
    TemporaryDirectory directory;
    TestDatabase database;
    auto result = rundum({"serve", "--data", (directory.path() / "data").string(), "--db", database.url()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(contains(result.err, "rundum init --db")) << result.err;
}

TEST(Postgres, ANonPostgresUrlIsRefusedAsUsageError)
{
    TemporaryDirectory directory;
    auto result = rundum({"init", "--data", (directory.path() / "data").string(), "--db", "mysql://x"});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "postgresql://")) << result.err;
}

TEST(Postgres, PasswordsInUrlsAreNotPrinted)
{
    TemporaryDirectory directory;
    const std::string url = "postgresql://rundum:geheim123@127.0.0.1:" + std::to_string(free_port()) + "/x";
    auto result = rundum({"export", "--data", (directory.path() / "data").string(), "--db", url});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_FALSE(contains(result.err, "geheim123")) << result.err;
}

TEST(Postgres, MigrateCopiesASqliteNetworkToPostgresAndBackUnchanged)
{
    TemporaryDirectory directory;
    TestDatabase database;
    const std::string sqlite_data = (directory.path() / "sqlite").string();
    ASSERT_EQ(rundum({"init", "--data", sqlite_data, "--demo"}).exit_code, 0);
    const std::string original = rundum({"export", "--data", sqlite_data}).out;

    auto to_postgres = rundum({"migrate", "--data", sqlite_data, "--to", database.url()});
    ASSERT_EQ(to_postgres.exit_code, 0) << to_postgres.err;
    EXPECT_TRUE(contains(to_postgres.out, "cities: 15 Zeilen, Prüfsumme ")) << to_postgres.out;
    EXPECT_TRUE(contains(to_postgres.out, "contacts: 9 Zeilen")) << to_postgres.out;
    EXPECT_TRUE(contains(to_postgres.err, "Kopie vollständig")) << to_postgres.err;
    EXPECT_EQ(rundum({"export", "--data", sqlite_data, "--db", database.url()}).out, original);

    // The copy goes on numbering its change log after the copied rows: a new import works.
    const auto file = changed_export(directory, sqlite_data, database.url(), "Jena nach dem Umzug");
    ASSERT_EQ(rundum({"import", "--data", sqlite_data, "--db", database.url(), file.string()}).exit_code, 0);

    const std::string back_data = (directory.path() / "back").string();
    auto back = rundum({"migrate", "--data", back_data, "--from", database.url()});
    ASSERT_EQ(back.exit_code, 0) << back.err;
    // Both directions print the same digests for the same content.
    const std::string moved = rundum({"export", "--data", back_data}).out;
    EXPECT_TRUE(contains(moved, "Jena nach dem Umzug"));
    EXPECT_EQ(moved, rundum({"export", "--data", sqlite_data, "--db", database.url()}).out);
}

TEST(Postgres, MigrateRefusesATargetThatHoldsANetworkAndChangesNothing)
{
    TemporaryDirectory directory;
    TestDatabase database;
    const std::string data = (directory.path() / "data").string();
    ASSERT_EQ(rundum({"init", "--data", data, "--demo"}).exit_code, 0);
    ASSERT_EQ(rundum({"init", "--data", (directory.path() / "pg").string(), "--db", database.url()}).exit_code, 0);
    const std::string before = rundum({"export", "--data", data, "--db", database.url()}).out;
    auto again = rundum({"migrate", "--data", data, "--to", database.url()});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_TRUE(contains(again.err, "schon ein rundum-Netzwerk")) << again.err;
    EXPECT_EQ(rundum({"export", "--data", data, "--db", database.url()}).out, before);

    auto into_sqlite = rundum({"migrate", "--data", data, "--from", database.url()});
    EXPECT_EQ(into_sqlite.exit_code, 1);
    EXPECT_TRUE(contains(into_sqlite.err, "schon eine Datenbank")) << into_sqlite.err;
}

TEST(Postgres, MigrateWithoutDirectionIsAUsageError)
{
    TemporaryDirectory directory;
    auto result = rundum({"migrate", "--data", directory.path().string()});
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_TRUE(contains(result.err, "--to")) << result.err;
}

} // namespace
} // namespace rundum::testing
