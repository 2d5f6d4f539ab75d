// SPDX-License-Identifier: EUPL-1.2
// The web application as a function, without a network: routing, error statuses, the bug
// boundary and the page cache, on a store whose answers the test controls.
#include <gtest/gtest.h>

#include <stdexcept>

#include "log_capture.hpp"
#include "process.hpp"
#include "text_checks.hpp"
#include "unscripted_store.hpp"
#include "web/app.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/clock.hpp"
#include "jobs/mail_sender.hpp"

namespace rundum::web {
namespace {

using rundum::testing::contains;
using rundum::testing::count_of;

// A store that serves one city and two projects and can be told to fail or to throw; what the
// pages below do not ask for stays unscripted.
class ScriptedStore final : public rundum::testing::UnscriptedStore {
public:
    enum class Mode { Normal, Unavailable, Throws, DiskFull };

    Mode mode = Mode::Normal;
    std::uint64_t version = 1;
    int list_calls = 0;
    std::vector<Project> projects;
    std::vector<ChangeEntry> changes; ///< the change log, oldest first

    Result<std::vector<City>> list_cities() override
    {
        ++list_calls;
        RUNDUM_TRY(check());
        return std::vector<City>{jena()};
    }
    Result<std::optional<City>> find_city(std::string_view slug) override
    {
        RUNDUM_TRY(check());
        return slug == "jena" ? std::optional<City>(jena()) : std::nullopt;
    }
    Result<NetworkSnapshot> snapshot() override { return NetworkSnapshot{.cities = {jena()}}; }
    Result<std::uint64_t> data_version() override
    {
        if (mode == Mode::Unavailable) {
            return fail(ErrorCode::Unavailable, "error.store.unavailable");
        }
        return version;
    }
    Result<std::vector<ChangeEntry>> changes_since(std::int64_t after, int limit) override
    {
        std::vector<ChangeEntry> newer;
        for (const ChangeEntry& change : changes) {
            if (change.id > after && std::cmp_less(newer.size(), limit)) {
                newer.push_back(change);
            }
        }
        return newer;
    }
    Result<std::optional<CityImage>> city_image(std::string_view) override { return std::nullopt; }
    Result<std::vector<Question>> list_questions() override { return std::vector<Question>{}; }
    Result<std::vector<Topic>> list_topics() override { return std::vector<Topic>{}; }
    Result<std::vector<Project>> list_projects() override { return projects; }
    Result<std::optional<Project>> find_project(std::string_view id) override
    {
        for (const Project& project : projects) {
            if (project.id == id) {
                return std::optional<Project>(project);
            }
        }
        return std::optional<Project>();
    }
    Result<std::vector<Project>> find_projects(const std::vector<std::string>& ids) override
    {
        std::vector<Project> found;
        for (const Project& project : projects) {
            if (std::find(ids.begin(), ids.end(), project.id) != ids.end()) {
                found.push_back(project);
            }
        }
        return found;
    }

private:
    Result<void> check()
    {
        if (mode == Mode::Throws) {
            throw std::logic_error("broken invariant");
        }
        if (mode == Mode::DiskFull) {
            return fail(ErrorCode::Unavailable, "error.store.disk_full", {}, "database or disk is full");
        }
        return {};
    }

    static City jena()
    {
        City city;
        city.id = "city-jena";
        city.slug = "jena";
        city.name = "Jena";
        city.alliance = "Jenaer Bündnis für Familie";
        return city;
    }
};

// The real index, whose writes fail while `full` is set, as they do on a full disk.
class FillableIndex final : public search::SearchIndex {
public:
    explicit FillableIndex(std::unique_ptr<search::SearchIndex> index) : m_index(std::move(index)) {}

    bool full = false;

    Result<void> put(const search::SearchDocument& document) override
    {
        RUNDUM_TRY(writable());
        return m_index->put(document);
    }
    Result<void> put_all(const std::vector<search::SearchDocument>& documents) override
    {
        RUNDUM_TRY(writable());
        return m_index->put_all(documents);
    }
    Result<void> remove(const std::string& kind, const std::string& id) override
    {
        RUNDUM_TRY(writable());
        return m_index->remove(kind, id);
    }
    Result<void> clear() override
    {
        RUNDUM_TRY(writable());
        return m_index->clear();
    }
    Result<void> compact() override
    {
        RUNDUM_TRY(writable());
        return m_index->compact();
    }
    Result<search::SearchResults> search(const search::SearchQuery& query) const override
    {
        return m_index->search(query);
    }
    Result<std::vector<search::SearchHit>> suggest(const std::string& typed, bool include_members_only,
                                                   std::size_t limit) const override
    {
        return m_index->suggest(typed, include_members_only, limit);
    }
    Result<void> set_metadata(const std::string& key, const std::string& value) override
    {
        RUNDUM_TRY(writable());
        return m_index->set_metadata(key, value);
    }
    Result<std::string> metadata(const std::string& key) const override { return m_index->metadata(key); }
    std::size_t size() const override { return m_index->size(); }

private:
    Result<void> writable() const
    {
        if (full) {
            return fail(ErrorCode::Unavailable, "error.search.unavailable", {}, "No space left on device");
        }
        return {};
    }

    std::unique_ptr<search::SearchIndex> m_index;
};

class AppTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto catalogue = i18n::Catalogue::load("de");
        ASSERT_TRUE(catalogue.has_value());
        m_catalogue = std::move(*catalogue);
        auto index = search::SearchIndex::open(m_index_directory.path());
        ASSERT_TRUE(index.has_value());
        m_index = std::make_unique<FillableIndex>(std::move(*index));
        m_store.projects = {project("p-jena-lesepaten", "Lesepaten für Grundschulen"),
                            project("p-jena-familienlotsen", "Familienlotsen im Quartier")};
        auto app = App::create(m_store, *m_index, m_catalogue, AppConfig{}, auth::PasswordHashCost::for_tests());
        ASSERT_TRUE(app.has_value()) << app.error().detail;
        m_app = std::move(*app);
        m_store.list_calls = 0; // building the search index read the cities once
    }

    Response get(const std::string& path)
    {
        Request request;
        request.method = "GET";
        const std::size_t query = path.find('?');
        request.path = path.substr(0, query);
        request.query = query == std::string::npos ? std::string() : path.substr(query + 1);
        return m_app->handle(request);
    }

    ScriptedStore m_store;
    rundum::testing::TemporaryDirectory m_index_directory;
    static Project project(const std::string& id, const std::string& title)
    {
        Project project;
        project.id = id;
        project.city_id = "city-jena";
        project.title = title;
        project.summary = "Ehrenamtliche begleiten Familien.";
        project.visibility = ProjectVisibility::Public;
        project.created_at = "2026-01-01T00:00:00Z";
        project.updated_at = project.created_at;
        return project;
    }

    std::unique_ptr<FillableIndex> m_index;
    i18n::Catalogue m_catalogue;
    std::unique_ptr<App> m_app;
};

TEST_F(AppTest, RoutesPagesApiAndAssets)
{
    EXPECT_EQ(get("/").status, 200);
    EXPECT_EQ(get("/staedte").status, 200);
    EXPECT_EQ(get("/staedte/jena").status, 200);
    EXPECT_EQ(get("/staedte/jena/kontakt.vcf").status, 200);
    EXPECT_EQ(get("/api/v1/cities").status, 200);
    EXPECT_EQ(get("/api/v1/cities/jena").status, 200);
    EXPECT_EQ(get("/static/style.css").status, 200);
    EXPECT_EQ(get("/staedte/erfurt").status, 404);
}

TEST_F(AppTest, AnUnreachableDatabaseGives503WithAGermanMessage)
{
    m_store.mode = ScriptedStore::Mode::Unavailable;
    auto page = get("/staedte");
    EXPECT_EQ(page.status, 503);
    EXPECT_NE(page.body.find("nicht erreichbar"), std::string::npos);
    auto api = get("/api/v1/cities");
    EXPECT_EQ(api.status, 503);
    EXPECT_EQ(api.content_type, "application/json");
}

TEST_F(AppTest, ABugGivesAFriendly500PageWithAnIncidentNumber)
{
    m_store.mode = ScriptedStore::Mode::Throws;
    auto page = get("/staedte");
    EXPECT_EQ(page.status, 500);
    EXPECT_NE(page.body.find("Vorgang 1"), std::string::npos) << page.body;
    EXPECT_EQ(page.body.find("broken invariant"), std::string::npos); // detail stays in the log
    EXPECT_FALSE(page.headers.empty()); // security headers on error pages too
}

TEST_F(AppTest, PagesComeFromTheCacheUntilTheDataVersionMoves)
{
    get("/staedte");
    get("/staedte");
    EXPECT_EQ(m_store.list_calls, 1);
    m_store.version = 2;
    get("/staedte");
    EXPECT_EQ(m_store.list_calls, 2);
}

TEST_F(AppTest, ErrorAnswersAreNotCached)
{
    m_store.mode = ScriptedStore::Mode::Throws;
    EXPECT_EQ(get("/staedte").status, 500);
    m_store.mode = ScriptedStore::Mode::Normal;
    EXPECT_EQ(get("/staedte").status, 200);
}

TEST_F(AppTest, WithAFullDiskUnderTheIndexSearchGoesOnAndShowsTheLatestHiddenNowhere)
{
    ASSERT_TRUE(contains(get("/praxisbeispiele").body, "Familienlotsen im Quartier"));
    // The disk fills; then a project is made members-only in the store, and the index cannot follow.
    m_index->full = true;
    m_store.projects[1].visibility = ProjectVisibility::Members;
    m_store.changes.push_back({2, "project p-jena-familienlotsen"});
    m_store.version = 2;
    rundum::testing::LogCapture log;
    for (const std::string path : {"/praxisbeispiele", "/suche?q=Familienlotsen", "/suche?q=Familienlotzen",
                                   "/suche/vorschlaege?q=Famili", "/api/v1/projects?q=Familienlotsen",
                                   "/praxisbeispiele.csv", "/staedte/jena"}) {
        const Response answer = get(path);
        EXPECT_EQ(answer.status, 200) << path << ": " << answer.body.substr(0, 400);
        EXPECT_FALSE(contains(answer.body, "Familienlotsen im Quartier")) << path;
        if (!contains(path, "Familienlotsen")) {
            EXPECT_FALSE(contains(answer.body, "Familienlotsen")) << path << ": no word, correction or suggestion";
        }
    }
    EXPECT_TRUE(contains(get("/suche?q=Familienlotsen").body, "0 Treffer"));
    const Response list = get("/praxisbeispiele");
    EXPECT_TRUE(contains(list.body, "Lesepaten für Grundschulen")) << "the rest is still listed";
    EXPECT_TRUE(contains(list.body, "1 Treffer")) << "the total counts only what the public may see";
    // The operator reads why, once (not once per request).
    EXPECT_EQ(count_of(log.text(), "search index: cannot catch up"), 1U) << log.text();
}

TEST_F(AppTest, AFullDiskIsNamedToTheVisitor)
{
    m_store.mode = ScriptedStore::Mode::DiskFull;
    const Response page = get("/staedte");
    EXPECT_EQ(page.status, 503);
    EXPECT_TRUE(contains(page.body, "Speicherplatz des Servers ist voll")) << page.body.substr(0, 600);
    EXPECT_TRUE(contains(page.body, "Lesen geht weiter"));
}

TEST(ErrorStatus, EachErrorCodeHasItsHttpStatus)
{
    EXPECT_EQ(http_status(ErrorCode::Invalid), 400);
    EXPECT_EQ(http_status(ErrorCode::Unauthorised), 401);
    EXPECT_EQ(http_status(ErrorCode::Forbidden), 403);
    EXPECT_EQ(http_status(ErrorCode::NotFound), 404);
    EXPECT_EQ(http_status(ErrorCode::Conflict), 409);
    EXPECT_EQ(http_status(ErrorCode::Internal), 500);
    EXPECT_EQ(http_status(ErrorCode::Unavailable), 503);
}

} // namespace
} // namespace rundum::web

namespace rundum::web {
namespace {

TEST(MailRetry, WaitsLongerAfterEachFailureUpToAnHour)
{
    EXPECT_EQ(retry_delay_seconds(1), 5);
    EXPECT_EQ(retry_delay_seconds(2), 10);
    EXPECT_EQ(retry_delay_seconds(3), 20);
    EXPECT_EQ(retry_delay_seconds(10), 2560);
    EXPECT_EQ(retry_delay_seconds(11), 3600);
    EXPECT_EQ(retry_delay_seconds(1000), 3600);
}

} // namespace
} // namespace rundum::web

namespace rundum::web {
namespace {

TEST(ReadableTime, ShowsStoredTimesTheGermanWay)
{
    EXPECT_EQ(readable_time("2026-11-26T04:05:11Z"), "26.11.2026, 04:05 UTC");
    EXPECT_EQ(readable_time("gestern"), "gestern");
}

} // namespace
} // namespace rundum::web
