// The web application as a function, without a network: routing, error statuses, the bug
// boundary and the page cache, on a store whose answers the test controls.
#include <gtest/gtest.h>

#include <stdexcept>

#include "log_capture.hpp"
#include "process.hpp"
#include "text_checks.hpp"
#include "web/app.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/clock.hpp"
#include "jobs/mail_sender.hpp"

namespace rundum::web {
namespace {

using rundum::testing::contains;
using rundum::testing::count_of;

// A store that serves one city and can be told to fail or to throw.
class ScriptedStore final : public store::Store {
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
    Result<void> apply_snapshot(const NetworkSnapshot&) override { return {}; }
    Result<std::uint64_t> data_version() override
    {
        if (mode == Mode::Unavailable) {
            return fail(ErrorCode::Unavailable, "error.store.unavailable");
        }
        return version;
    }
    Result<int> schema_version() override { return 1; }

    // Accounts: nobody is signed in on this store (the HTTP tests cover accounts for real).
    Result<void> add_user(const User&) override { return {}; }
    Result<std::optional<User>> find_user(std::string_view) override { return std::nullopt; }
    Result<std::optional<User>> find_user_by_email(std::string_view) override { return std::nullopt; }
    Result<std::vector<User>> list_users() override { return std::vector<User>{}; }
    Result<std::string> password_hash(std::string_view) override { return std::string(); }
    Result<void> set_password_hash(std::string_view, std::string_view) override { return {}; }
    Result<void> erase_member(std::string_view, std::string_view) override { return {}; }
    Result<void> add_one_time_token(std::string_view, std::string_view, TokenPurpose,
                                    std::string_view) override { return {}; }
    Result<std::optional<User>> one_time_token_user(std::string_view, TokenPurpose,
                                                    std::string_view) override { return std::nullopt; }
    Result<User> use_one_time_token(std::string_view, TokenPurpose, std::string_view,
                                    std::string_view, std::string_view) override
    {
        return fail(ErrorCode::NotFound, "error.account.link_invalid");
    }
    Result<void> add_session(std::string_view, std::string_view, std::string_view) override { return {}; }
    Result<std::optional<User>> session_user(std::string_view, std::string_view) override { return std::nullopt; }
    Result<void> remove_session(std::string_view) override { return {}; }
    Result<void> remove_sessions_of(std::string_view) override { return {}; }
    Result<void> record_sign_in_attempt(std::string_view, std::string_view, const SignInRecord&) override { return {}; }
    Result<std::vector<SignInRecord>> sign_in_attempts_for_email(std::string_view, std::int64_t) override
    {
        return std::vector<SignInRecord>{};
    }
    Result<std::vector<SignInRecord>> sign_in_attempts_from(std::string_view, std::int64_t) override
    {
        return std::vector<SignInRecord>{};
    }
    Result<std::vector<std::string>> sign_in_secrets(std::int64_t, std::string_view candidate) override
    {
        return std::vector<std::string>{std::string(candidate)};
    }
    Result<void> add_audit_entry(const AuditEntry&) override { return {}; }
    Result<std::vector<AuditEntry>> audit_entries(std::string_view, int) override { return std::vector<AuditEntry>{}; }
    Result<std::int64_t> count_audit_entries(std::string_view, std::string_view, std::string_view,
                                             std::string_view) override
    {
        return std::int64_t{0};
    }
    Result<void> enqueue_mail(const QueuedMail&) override { return {}; }
    Result<std::vector<QueuedMail>> claim_due_mails(std::int64_t, int, std::int64_t) override
    {
        return std::vector<QueuedMail>{};
    }
    Result<void> mark_mail_sent(std::int64_t, std::string_view) override { return {}; }
    Result<void> mark_mail_failed(std::int64_t, std::string_view, std::int64_t) override { return {}; }
    Result<void> mark_mail_given_up(std::int64_t, std::string_view) override { return {}; }
    Result<std::vector<QueuedMail>> pending_mails(int) override { return std::vector<QueuedMail>{}; }
    Result<void> set_city_image(std::string_view, const CityImage&) override { return {}; }
    Result<std::optional<CityImage>> city_image(std::string_view) override { return std::nullopt; }
    Result<void> remove_city_image(std::string_view) override { return {}; }
    Result<void> save_city(const City&, const CityVersion&) override { return {}; }
    Result<std::vector<CityVersion>> city_versions(std::string_view) override { return std::vector<CityVersion>{}; }
    Result<void> add_consent_record(const ConsentRecord&) override { return {}; }
    Result<std::vector<ConsentRecord>> consent_records(std::string_view, std::string_view) override
    {
        return std::vector<ConsentRecord>{};
    }
    Result<void> save_city_with_consent(const City&, const CityVersion&, const store::ConsentWrites&) override
    {
        return {};
    }
    Result<void> save_project_with_consent(const Project&, const ProjectVersion&,
                                           const store::ConsentWrites&) override
    {
        return {};
    }

    // Projects: none on this store (tests/web/projects_test.cpp covers them for real).
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
    Result<RetentionReport> apply_retention(std::chrono::system_clock::time_point, const RetentionPolicy&) override
    {
        return RetentionReport{};
    }
    Result<std::vector<Topic>> list_topics() override { return std::vector<Topic>{}; }
    Result<void> save_topics(const std::vector<Topic>&) override { return {}; }
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
    Result<void> save_project(const Project&, const ProjectVersion&) override { return {}; }
    Result<void> delete_project(std::string_view) override { return {}; }
    Result<std::vector<ProjectVersion>> project_versions(std::string_view) override
    {
        return std::vector<ProjectVersion>{};
    }
    Result<void> add_attachment(std::string_view, const AttachmentInfo&, const std::string&) override { return {}; }
    Result<std::optional<std::pair<AttachmentInfo, std::string>>> attachment(std::string_view,
                                                                             std::string_view) override
    {
        return std::nullopt;
    }
    Result<void> remove_attachment(std::string_view, std::string_view) override { return {}; }
    Result<void> add_api_token(std::string_view, const ApiTokenInfo&, std::string_view) override { return {}; }
    Result<std::optional<User>> api_token_user(std::string_view, std::string_view) override { return std::nullopt; }
    Result<std::vector<ApiTokenInfo>> api_tokens(std::string_view) override { return std::vector<ApiTokenInfo>{}; }
    Result<void> revoke_api_token(std::string_view, std::string_view) override { return {}; }
    Result<void> revoke_api_tokens_of(std::string_view) override { return {}; }
    Result<PersonalData> personal_data(const User&) override { return PersonalData{}; }
    Result<PrivacyOperator> privacy_operator() override { return PrivacyOperator{}; }
    Result<void> save_privacy_operator(const PrivacyOperator&) override { return {}; }
    Result<std::vector<Adoption>> list_adoptions() override { return std::vector<Adoption>{}; }
    Result<std::optional<Adoption>> find_adoption(std::string_view) override { return std::nullopt; }
    Result<void> save_adoption(const Adoption&) override { return {}; }
    Result<void> save_adoption_with_copy(const Adoption&, const Project&, const ProjectVersion&) override
    {
        return {};
    }
    Result<void> delete_adoption(std::string_view) override { return {}; }
    Result<std::vector<Interest>> interests(std::string_view) override { return std::vector<Interest>{}; }
    Result<bool> add_interest(const Interest&) override { return true; }
    Result<void> remove_interest(std::string_view, std::string_view) override { return {}; }
    Result<std::vector<Advice>> list_advice() override { return std::vector<Advice>{}; }
    Result<void> add_advice(const Advice&) override { return {}; }
    Result<void> delete_advice(std::string_view) override { return {}; }
    Result<void> add_notification(const Notification&) override { return {}; }
    Result<std::vector<Notification>> notifications(std::string_view, int) override
    {
        return std::vector<Notification>{};
    }
    Result<void> mark_notifications_read(std::string_view) override { return {}; }
    Result<NotificationMailSettings> notification_mail_settings(std::string_view user_id) override
    {
        NotificationMailSettings settings;
        settings.user_id = std::string(user_id);
        return settings;
    }
    Result<void> set_notification_mail_mode(std::string_view, std::string_view) override { return {}; }
    Result<std::optional<User>> unsubscribe_token_user(std::string_view) override { return std::nullopt; }
    Result<std::vector<PendingNotificationMail>> pending_notification_mails(std::string_view) override
    {
        return std::vector<PendingNotificationMail>{};
    }
    Result<bool> queue_notification_mail(const NotificationMailBatch&) override { return false; }
    Result<std::vector<Challenge>> list_challenges() override { return std::vector<Challenge>{}; }
    Result<std::optional<Challenge>> find_challenge(std::string_view) override { return std::nullopt; }
    Result<void> save_challenge(const Challenge&) override { return {}; }
    Result<void> delete_challenge(std::string_view) override { return {}; }
    Result<std::vector<ChallengeApproach>> challenge_approaches(std::string_view) override
    {
        return std::vector<ChallengeApproach>{};
    }
    Result<void> save_approach(const ChallengeApproach&, const std::vector<std::string>&) override { return {}; }
    Result<std::vector<Question>> list_questions() override { return std::vector<Question>{}; }
    Result<std::optional<Question>> find_question(std::string_view) override { return std::nullopt; }
    Result<void> save_question(const Question&) override { return {}; }
    Result<void> delete_question(std::string_view) override { return {}; }
    Result<std::vector<Answer>> answers(std::string_view) override { return std::vector<Answer>{}; }
    Result<std::optional<Answer>> find_answer(std::string_view) override { return std::nullopt; }
    Result<void> save_answer(const Answer&) override { return {}; }
    Result<void> delete_answer(std::string_view) override { return {}; }
    Result<std::vector<IndicatorValue>> list_indicator_values() override { return std::vector<IndicatorValue>{}; }
    Result<void> save_indicator_values(const std::vector<IndicatorValue>&) override { return {}; }
    Result<void> remove_indicator_value(std::string_view, std::string_view) override { return {}; }
    Result<std::vector<PilotProject>> list_pilots() override { return std::vector<PilotProject>{}; }
    Result<std::optional<PilotProject>> find_pilot(std::string_view) override { return std::nullopt; }
    Result<void> save_pilot(const PilotProject&) override { return {}; }
    Result<void> save_pilot_partner(std::string_view, const PilotPartner&) override { return {}; }
    Result<void> add_pilot_document(std::string_view, const AttachmentInfo&, const std::string&,
                                    std::string_view) override
    {
        return {};
    }
    Result<std::optional<std::string>> pilot_document_city(std::string_view, std::string_view) override
    {
        return std::nullopt;
    }
    Result<bool> claim_upload(std::string_view, std::int64_t, std::int64_t, std::size_t) override { return true; }
    Result<std::optional<std::pair<AttachmentInfo, std::string>>> pilot_document(std::string_view,
                                                                                 std::string_view) override
    {
        return std::nullopt;
    }
    Result<void> remove_pilot_document(std::string_view, std::string_view) override { return {}; }
    Result<void> delete_pilot(std::string_view) override { return {}; }
    Result<std::vector<Meeting>> list_meetings() override { return std::vector<Meeting>{}; }
    Result<std::optional<Meeting>> find_meeting(std::string_view) override { return std::nullopt; }
    Result<void> save_meeting(const Meeting&) override { return {}; }
    Result<void> delete_meeting(std::string_view) override { return {}; }
    Result<std::vector<AgendaItem>> agenda_items(std::string_view) override { return std::vector<AgendaItem>{}; }
    Result<std::vector<AgendaItem>> agenda_items_about(AgendaKind, std::string_view) override
    {
        return std::vector<AgendaItem>{};
    }
    Result<std::optional<AgendaItem>> find_agenda_item(std::string_view) override { return std::nullopt; }
    Result<void> save_agenda_item(const AgendaItem&) override { return {}; }
    Result<void> delete_agenda_item(std::string_view) override { return {}; }
    Result<void> add_agenda_attachment(std::string_view, const AttachmentInfo&, const std::string&) override
    {
        return {};
    }
    Result<std::optional<std::pair<AttachmentInfo, std::string>>> agenda_attachment(std::string_view,
                                                                                    std::string_view) override
    {
        return std::nullopt;
    }
    Result<void> remove_agenda_attachment(std::string_view, std::string_view) override { return {}; }
    Result<std::vector<Registration>> registrations(std::string_view) override
    {
        return std::vector<Registration>{};
    }
    Result<MeetingMailsSent> meeting_mails_sent() override { return MeetingMailsSent{}; }
    Result<bool> queue_meeting_mailing(const MeetingMailing&) override { return false; }
    Result<void> save_registration(const Registration&) override { return {}; }
    Result<void> remove_registration(std::string_view, std::string_view) override { return {}; }
    Result<std::vector<ActionItem>> action_items(std::string_view) override { return std::vector<ActionItem>{}; }
    Result<std::vector<ActionItem>> open_action_items(std::string_view) override
    {
        return std::vector<ActionItem>{};
    }
    Result<std::optional<ActionItem>> find_action_item(std::string_view) override { return std::nullopt; }
    Result<void> save_action_item(const ActionItem&) override { return {}; }
    Result<void> delete_action_item(std::string_view) override { return {}; }

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
