// SPDX-License-Identifier: EUPL-1.2
// The retention rules from the command line, on every backend: `rundum retention` once (with
// its German report and the --keep-... options), the daily job of `rundum serve` moved by the
// test clock, and clear refusals of bad periods.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "core/notification_mail.hpp"
#include "process.hpp"
#include "store/open_store.hpp"
#include "store/sql/open_connection.hpp"
#include "test_database.hpp"
#include "jobs/retention_job.hpp"

namespace rundum::testing {
namespace {

using std::chrono::days;
using std::chrono::hours;
using TimePoint = std::chrono::system_clock::time_point;

std::int64_t unix_of(TimePoint when)
{
    return std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count();
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

class RetentionCommandTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const CommandResult init = rundum({"init", "--data", data()});
        ASSERT_EQ(init.exit_code, 0) << init.err;
        auto opened = store::open_store(location());
        ASSERT_TRUE(opened.has_value()) << (opened ? "" : opened.error().detail);
        m_store = std::move(*opened);
        auto connection = store::open_connection(location());
        ASSERT_TRUE(connection.has_value());
        m_sql = std::move(*connection);
        m_clock_file = m_directory.path() / "now";
        set_clock(m_now);
    }

    std::string data() const { return (m_directory.path() / "data").string(); }
    store::StoreLocation location() const { return {m_directory.path() / "data", m_database.url()}; }

    CommandResult rundum(std::vector<std::string> arguments) const
    {
        arguments.insert(arguments.begin(), rundum_binary());
        for (const std::string& argument : m_database.arguments()) {
            arguments.push_back(argument);
        }
        return run_command(arguments);
    }

    void set_clock(TimePoint when) const { std::ofstream(m_clock_file) << iso_utc_text(unix_of(when)) << "\n"; }

    void sign_in_attempt_at(TimePoint when)
    {
        ASSERT_TRUE(m_store->record_sign_in_attempt("erika@jena.example", "192.0.2.1",
                                                    SignInRecord{unix_of(when), false, "192.0.2.1"})
                        .has_value());
    }

    void mail_sent_at(TimePoint when)
    {
        ASSERT_TRUE(m_store->enqueue_mail(QueuedMail{0, "erika@jena.example", "Betreff", "Hallo Erika", 0, ""})
                        .has_value());
        auto claimed = m_store->claim_due_mails(unix_of(m_now) + 60, 10, 60);
        ASSERT_TRUE(claimed.has_value());
        ASSERT_EQ(claimed->size(), 1U);
        ASSERT_TRUE(m_store->mark_mail_sent(claimed->front().id, iso_utc_text(unix_of(when))).has_value());
    }

    std::size_t sign_in_attempts() const
    {
        return m_store->sign_in_attempts_for_email("erika@jena.example", 0).value().size();
    }

    std::int64_t mails() const { return m_sql->query("SELECT count(*) FROM mail_queue").value().integer(0, 0); }

    // Waits (bounded) until `done` holds, for the server's background job.
    template <typename Done> bool eventually(Done&& done) const
    {
        for (int i = 0; i < 300; ++i) {
            if (done()) {
                return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

    TemporaryDirectory m_directory;
    TestDatabase m_database;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::SqlConnection> m_sql;
    std::filesystem::path m_clock_file;
    const TimePoint m_now = std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
};

TEST_F(RetentionCommandTest, TheCommandRemovesWhatIsDueAndSaysSoInGermanWithThePeriodsGiven)
{
    sign_in_attempt_at(m_now - hours(1));
    mail_sent_at(m_now - days(8));

    const CommandResult longer = rundum({"retention", "--data", data(), "--test-clock-file", m_clock_file.string(),
                                         "--keep-sent-mails-days", "30"});
    ASSERT_EQ(longer.exit_code, 0) << longer.err;
    EXPECT_TRUE(contains(longer.out, "Löschfristen angewandt (Stand " + iso_utc_text(unix_of(m_now)) + ")"))
        << longer.out;
    EXPECT_TRUE(contains(longer.out, "Anmeldeversuche gelöscht: 1\n")) << longer.out;
    EXPECT_TRUE(contains(longer.out, "Versandte E-Mails gelöscht: 0\n")) << longer.out;
    EXPECT_EQ(sign_in_attempts(), 0U);
    EXPECT_EQ(mails(), 1);

    const CommandResult by_default =
        rundum({"retention", "--data", data(), "--test-clock-file", m_clock_file.string()});
    ASSERT_EQ(by_default.exit_code, 0) << by_default.err;
    EXPECT_TRUE(contains(by_default.out, "Versandte E-Mails gelöscht: 1\n")) << by_default.out;
    EXPECT_TRUE(contains(by_default.out, "Anmeldeversuche gelöscht: 0\n")) << by_default.out;
    EXPECT_EQ(mails(), 0);
}

TEST_F(RetentionCommandTest, BadPeriodsAreRefusedNamingTheOptionAndItsRange)
{
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"--keep-sent-mails-days=-3"}, "--keep-sent-mails-days erwartet eine ganze Zahl von 0 bis 36500, nicht „-3“."},
        {{"--keep-audit-addresses-days", "90 Tage"}, "--keep-audit-addresses-days erwartet eine ganze Zahl von 1 bis "
                                                     "36500, nicht „90 Tage“."},
        {{"--keep-read-notifications-days", "99999"}, "nicht „99999“"},
        // Shorter than the sign-in throttle's window would forget failures it counts.
        {{"--keep-sign-in-attempts-minutes", "5"}, "--keep-sign-in-attempts-minutes erwartet eine ganze Zahl von 15 bis"},
    };
    for (const auto& [options, message] : cases) {
        for (const char* command : {"retention", "serve"}) {
            std::vector<std::string> arguments = {command, "--data", data()};
            arguments.insert(arguments.end(), options.begin(), options.end());
            const CommandResult refused = rundum(arguments);
            EXPECT_EQ(refused.exit_code, 2) << command << " " << options.front();
            EXPECT_TRUE(contains(refused.err, message)) << refused.err;
        }
    }
    sign_in_attempt_at(m_now - hours(1));
    EXPECT_EQ(rundum({"retention", "--data", data(), "--keep-sign-in-attempts-minutes=x"}).exit_code, 2);
    EXPECT_EQ(sign_in_attempts(), 1U) << "nothing was removed";
}

TEST_F(RetentionCommandTest, ServeRunsTheRulesAtStartAndAgainADayLaterByItsClock)
{
    sign_in_attempt_at(m_now - hours(1));
    mail_sent_at(m_now - days(2)); // young at the start with 3 days, old two days later
    std::vector<std::string> arguments = {"--test-clock-file", m_clock_file.string(), "--keep-sent-mails-days", "3"};
    for (const std::string& argument : m_database.arguments()) {
        arguments.push_back(argument);
    }
    ServerProcess server(data(), arguments);

    ASSERT_TRUE(eventually([&] { return sign_in_attempts() == 0; })) << "the run at start";
    EXPECT_EQ(mails(), 1) << "the mail is younger than its period at the start";

    set_clock(m_now + days(2));
    EXPECT_TRUE(eventually([&] { return mails() == 0; })) << "the run a day later by the test clock";
}

// A clock the test sets.
class SetClock final : public web::Clock {
public:
    explicit SetClock(TimePoint now) : m_now(now) {}
    TimePoint now() const override { return m_now; }
    TimePoint m_now;
};

TEST_F(RetentionCommandTest, TheJobRunsOnceADayByItsClockNotAtEveryLook)
{
    SetClock clock(m_now);
    web::RetentionJob job(*m_store, RetentionPolicy{}, clock);
    sign_in_attempt_at(m_now - hours(1));
    const auto first = job.run_if_due();
    ASSERT_TRUE(first.has_value()) << "it runs at start";
    EXPECT_EQ(first->sign_in_attempts, 1);

    sign_in_attempt_at(m_now - hours(1));
    EXPECT_FALSE(job.run_if_due().has_value());
    clock.m_now = m_now + hours(23);
    EXPECT_FALSE(job.run_if_due().has_value()) << "not before a day has passed";
    EXPECT_EQ(sign_in_attempts(), 1U);
    clock.m_now = m_now + hours(24);
    const auto next = job.run_if_due();
    ASSERT_TRUE(next.has_value()) << "a day later";
    EXPECT_EQ(next->sign_in_attempts, 1);
    EXPECT_EQ(sign_in_attempts(), 0U);
}

} // namespace
} // namespace rundum::testing
