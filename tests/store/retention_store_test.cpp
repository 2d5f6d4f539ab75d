// SPDX-License-Identifier: EUPL-1.2
// The retention rules in storage, on every backend: of each kind, a record just older than its
// period is gone after apply_retention and one just younger stays; the change log keeps its
// newest row, and a search index that was behind the rows deleted rebuilds instead of missing them.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <limits>

#include "core/notification_mail.hpp"
#include "search/index_follower.hpp"
#include "store/sql/open_connection.hpp"
#include "store_fixture.hpp"

namespace rundum::store {
namespace {

using std::chrono::days;
using std::chrono::minutes;
using std::chrono::seconds;
using TimePoint = std::chrono::system_clock::time_point;

constexpr std::int64_t NEVER_DUE = std::numeric_limits<std::int64_t>::max();

std::int64_t unix_of(TimePoint when)
{
    return std::chrono::duration_cast<seconds>(when.time_since_epoch()).count();
}

std::string iso(TimePoint when)
{
    return iso_utc_text(unix_of(when));
}

class RetentionStoreTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("jena", "Jena")}, {sample_project("p-alpha", "jena", "Alpha")});
        ASSERT_FALSE(HasFatalFailure());
        ASSERT_TRUE(m_store->add_user(User{"u-1", "u-1@jena.example", "Erika", Role::Coordinator, "city-jena", true,
                                           "2026-01-01T00:00:00Z"})
                        .has_value());
        auto connection = open_connection({m_directory.path() / "data", m_database.url()});
        ASSERT_TRUE(connection.has_value()) << (connection ? "" : connection.error().detail);
        m_sql = std::move(*connection);
    }

    /// The texts of the first column of `sql`, sorted.
    std::vector<std::string> texts(const std::string& sql) const
    {
        auto rows = m_sql->query(sql);
        EXPECT_TRUE(rows.has_value()) << sql;
        std::vector<std::string> found;
        for (std::size_t row = 0; rows && row < rows->size(); ++row) {
            found.push_back(rows->text(row, 0));
        }
        std::sort(found.begin(), found.end());
        return found;
    }

    void run(std::string_view sql, std::initializer_list<SqlValue> parameters)
    {
        auto done = m_sql->query(sql, parameters);
        ASSERT_TRUE(done.has_value()) << sql << ": " << (done ? "" : done.error().detail);
    }

    // A moment a little after the real time: the rows the store stamps itself (the change
    // log, a queued mail's creation) are then a little in the past, as in production.
    const TimePoint m_now = std::chrono::time_point_cast<seconds>(std::chrono::system_clock::now()) + std::chrono::hours(1);
    std::unique_ptr<SqlConnection> m_sql;
};

TEST_F(RetentionStoreTest, RemovesWhatIsOlderThanItsPeriodAndKeepsWhatIsYounger)
{
    const RetentionPolicy policy; // the defaults docs/privacy.md lists
    const auto older = [&](auto period) { return m_now - period - minutes(1); };
    const auto younger = [&](auto period) { return m_now - period + minutes(1); };

    for (auto [email, at] : {std::pair{"old@x.example", older(policy.sign_in_attempts)},
                             std::pair{"young@x.example", younger(policy.sign_in_attempts)}}) {
        ASSERT_TRUE(m_store->record_sign_in_attempt(email, "192.0.2.1", SignInRecord{unix_of(at), false, "192.0.2.1"})
                        .has_value());
    }
    const std::string insert_mail = "INSERT INTO mail_queue (to_address, subject, body, created_at, "
                                    "next_attempt_unix, attempts, last_error, sent_at) VALUES (?, 'S', 'B', ?, ?, 0, '', ?)";
    run(insert_mail, {"sent-old", iso(older(policy.sent_mails)), std::int64_t{0}, iso(older(policy.sent_mails))});
    run(insert_mail, {"sent-young", iso(older(policy.sent_mails)), std::int64_t{0}, iso(younger(policy.sent_mails))});
    run(insert_mail, {"given-up-old", iso(older(policy.failed_mails)), NEVER_DUE, SqlValue{}});
    run(insert_mail, {"given-up-young", iso(younger(policy.failed_mails)), NEVER_DUE, SqlValue{}});
    // Still being retried: whatever its age, it is not given up yet.
    run(insert_mail, {"retrying-old", iso(older(policy.failed_mails)), unix_of(m_now), SqlValue{}});

    for (auto [subject, at] : {std::pair{"entry-old", older(policy.audit_entries)},
                               std::pair{"address-old", older(policy.audit_addresses)},
                               std::pair{"address-young", younger(policy.audit_addresses)}}) {
        ASSERT_TRUE(
            m_store->add_audit_entry(AuditEntry{iso(at), "u-1", "u-1@jena.example", "sign_in", subject, "192.0.2.7"})
                .has_value());
    }

    ASSERT_TRUE(m_store->add_session("session-expired", "u-1", iso(m_now - seconds(1))).has_value());
    ASSERT_TRUE(m_store->add_session("session-live", "u-1", iso(m_now + std::chrono::hours(1))).has_value());
    const std::string insert_token =
        "INSERT INTO one_time_tokens (token_hash, user_id, purpose, expires_at, used_at) VALUES (?, 'u-1', 'set', ?, ?)";
    run(insert_token, {"token-used", iso(m_now + days(1)), iso(m_now - minutes(5))});
    run(insert_token, {"token-expired", iso(m_now - seconds(1)), SqlValue{}});
    run(insert_token, {"token-live", iso(m_now + days(1)), SqlValue{}});

    ASSERT_TRUE(m_store->add_user(User{"u-2", "u-2@jena.example", "Max", Role::Coordinator, "city-jena", true,
                                       "2026-01-01T00:00:00Z"})
                    .has_value());
    for (auto [id, user, at] : {std::tuple{"created-old-read-just-now", "u-1", older(policy.read_notifications)},
                                std::tuple{"unread-old", "u-2", older(policy.read_notifications)}}) {
        ASSERT_TRUE(m_store->add_notification(Notification{id, user, "notification.interest", {}, "", iso(at), false})
                        .has_value());
    }
    ASSERT_TRUE(m_store->mark_notifications_read("u-1").has_value());
    for (auto [id, at] : {std::pair{"read-old", older(policy.read_notifications)},
                          std::pair{"read-young", younger(policy.read_notifications)}}) {
        ASSERT_TRUE(m_store->add_notification(Notification{id, "u-1", "notification.interest", {}, "", iso(at), true})
                        .has_value());
    }
    for (TimePoint at : {older(policy.upload_log), younger(policy.upload_log)}) {
        ASSERT_TRUE(m_store->claim_upload("u-1", unix_of(at), 0, 100).value());
    }
    const std::string insert_unsubscribe =
        "INSERT INTO notification_unsubscribe_tokens (token_hash, user_id, created_at) VALUES (?, 'u-1', ?)";
    run(insert_unsubscribe, {"unsubscribe-old", iso(older(policy.unsubscribe_links))});
    run(insert_unsubscribe, {"unsubscribe-young", iso(younger(policy.unsubscribe_links))});

    const RetentionReport report = m_store->apply_retention(m_now, policy).value();

    EXPECT_EQ(m_store->sign_in_attempts_for_email("old@x.example", 0).value().size(), 0U);
    EXPECT_EQ(m_store->sign_in_attempts_for_email("young@x.example", 0).value().size(), 1U);
    EXPECT_EQ(texts("SELECT to_address FROM mail_queue"),
              (std::vector<std::string>{"given-up-young", "retrying-old", "sent-young"}));
    EXPECT_EQ(texts("SELECT subject || '=' || client_address FROM audit_log"),
              (std::vector<std::string>{"address-old=", "address-young=192.0.2.7"}));
    EXPECT_EQ(texts("SELECT token_hash FROM sessions"), std::vector<std::string>{"session-live"});
    EXPECT_EQ(texts("SELECT token_hash FROM one_time_tokens"), std::vector<std::string>{"token-live"});
    EXPECT_EQ(texts("SELECT id FROM notifications"),
              (std::vector<std::string>{"created-old-read-just-now", "read-young", "unread-old"}));
    EXPECT_EQ(texts("SELECT at_unix FROM upload_log"),
              std::vector<std::string>{std::to_string(unix_of(younger(policy.upload_log)))});
    EXPECT_EQ(texts("SELECT token_hash FROM notification_unsubscribe_tokens"),
              std::vector<std::string>{"unsubscribe-young"});

    EXPECT_EQ(report.sign_in_attempts, 1);
    EXPECT_EQ(report.sent_mails, 1);
    EXPECT_EQ(report.failed_mails, 1);
    EXPECT_EQ(report.audit_entries, 1);
    EXPECT_EQ(report.audit_addresses, 1);
    EXPECT_EQ(report.sessions, 1);
    EXPECT_EQ(report.one_time_tokens, 2);
    EXPECT_EQ(report.read_notifications, 1);
    EXPECT_EQ(report.upload_log, 1);
    EXPECT_EQ(report.unsubscribe_links, 1);

    // A second run finds nothing more.
    const RetentionReport again = m_store->apply_retention(m_now, policy).value();
    EXPECT_EQ(again.sign_in_attempts + again.sent_mails + again.failed_mails + again.audit_entries +
                  again.audit_addresses + again.sessions + again.one_time_tokens + again.read_notifications +
                  again.upload_log + again.unsubscribe_links + again.change_log,
              0);
}

TEST_F(RetentionStoreTest, ShorterPeriodsRemoveMore)
{
    ASSERT_TRUE(m_store->add_audit_entry(AuditEntry{iso(m_now - days(3)), "u-1", "u-1@jena.example", "sign_in", "s",
                                                    "192.0.2.7"})
                    .has_value());
    const std::string insert_mail = "INSERT INTO mail_queue (to_address, subject, body, created_at, "
                                    "next_attempt_unix, attempts, last_error, sent_at) VALUES (?, 'S', 'B', ?, 0, 0, '', ?)";
    run(insert_mail, {"sent-2-days-ago", iso(m_now - days(2)), iso(m_now - days(2))});
    RetentionPolicy policy;
    EXPECT_EQ(m_store->apply_retention(m_now, policy).value().sent_mails, 0);
    policy.sent_mails = Days(1);
    policy.audit_addresses = Days(2);
    const RetentionReport report = m_store->apply_retention(m_now, policy).value();
    EXPECT_EQ(report.sent_mails, 1);
    EXPECT_EQ(report.audit_addresses, 1);
    EXPECT_EQ(texts("SELECT to_address FROM mail_queue"), std::vector<std::string>{});
    EXPECT_EQ(texts("SELECT client_address FROM audit_log"), std::vector<std::string>{""});
}

// The change log's times follow its ids; here they are set so: the setup's rows long ago, then
// rows older and younger than the period.
class ChangeLogRetentionTest : public RetentionStoreTest {
protected:
    void age_the_log(TimePoint at)
    {
        run("UPDATE change_log SET changed_at = ?", {iso(at)});
    }
};

TEST_F(ChangeLogRetentionTest, OldRowsGoButTheNewestStaysAndDataVersionNeverGoesBack)
{
    const RetentionPolicy policy;
    age_the_log(m_now - policy.change_log - days(10));
    const auto before_old = static_cast<std::int64_t>(texts("SELECT what FROM change_log").size());
    ASSERT_GT(before_old, 0);
    run("INSERT INTO change_log (changed_at, what) VALUES (?, 'city old')", {iso(m_now - policy.change_log - minutes(1))});
    run("INSERT INTO change_log (changed_at, what) VALUES (?, 'city young')", {iso(m_now - policy.change_log + minutes(1))});
    const std::uint64_t version = m_store->data_version().value();

    const RetentionReport report = m_store->apply_retention(m_now, policy).value();
    EXPECT_EQ(report.change_log, before_old + 1);
    EXPECT_EQ(texts("SELECT what FROM change_log"), std::vector<std::string>{"city young"});
    EXPECT_EQ(m_store->data_version().value(), version);

    // Everything old, the newest included: the newest stays, and data_version with it.
    age_the_log(m_now - policy.change_log - days(1));
    EXPECT_EQ(m_store->apply_retention(m_now, policy).value().change_log, 0);
    EXPECT_EQ(m_store->data_version().value(), version);
    EXPECT_EQ(texts("SELECT what FROM change_log"), std::vector<std::string>{"city young"});

    // The next write numbers on from there.
    EXPECT_TRUE(moves_version([&] {
        ASSERT_TRUE(m_store->save_project(sample_project("p-beta", "jena", "Beta"), ProjectVersion{0, "t", "E", "{}"})
                        .has_value());
    }));
    EXPECT_GT(m_store->data_version().value(), version);
}

TEST_F(ChangeLogRetentionTest, AFollowerBehindTheRowsDeletedIsToldSoAndOneUpToDateIsNot)
{
    const RetentionPolicy policy;
    age_the_log(m_now - policy.change_log - days(10));
    const std::int64_t behind = static_cast<std::int64_t>(m_store->data_version().value());
    ASSERT_TRUE(m_store->save_project(sample_project("p-beta", "jena", "Beta"), ProjectVersion{0, "t", "E", "{}"})
                    .has_value());
    ASSERT_TRUE(m_store->save_project(sample_project("p-gamma", "jena", "Gamma"), ProjectVersion{0, "t", "E", "{}"})
                    .has_value());
    const std::int64_t newest = static_cast<std::int64_t>(m_store->data_version().value());
    age_the_log(m_now - policy.change_log - days(1));
    ASSERT_GT(m_store->apply_retention(m_now, policy).value().change_log, 0);

    const auto told = m_store->changes_since(behind, 100).value();
    ASSERT_EQ(told.size(), 1U);
    EXPECT_EQ(told[0].what, CHANGE_LOG_TRIMMED);
    EXPECT_EQ(told[0].id, newest - 1) << "the id before the oldest row kept, so reading on gives that row";
    const auto then = m_store->changes_since(told[0].id, 100).value();
    ASSERT_EQ(then.size(), 1U);
    EXPECT_EQ(then[0].what, "project p-gamma");

    EXPECT_EQ(m_store->changes_since(newest - 1, 100).value().size(), 1U) << "nothing it needs was deleted";
    EXPECT_TRUE(m_store->changes_since(newest, 100).value().empty());
}

// A search index that stood at a change-log position before the rows deleted: it must find
// the project whose change it never read (it rebuilds), not just the one of the newest row.
TEST_F(ChangeLogRetentionTest, ASearchIndexBehindTheRowsDeletedRebuildsAndMissesNothing)
{
    auto index = search::SearchIndex::open(m_directory.path() / "index");
    ASSERT_TRUE(index.has_value()) << (index ? "" : index.error().detail);
    search::IndexFollower follower(*m_store, **index, 2026);
    ASSERT_TRUE(follower.catch_up(m_store->data_version().value()).has_value());

    const RetentionPolicy policy;
    ASSERT_TRUE(m_store->save_project(sample_project("p-beta", "jena", "Bienenweide"), ProjectVersion{0, "t", "E", "{}"})
                    .has_value());
    ASSERT_TRUE(m_store->save_project(sample_project("p-gamma", "jena", "Gartenschau"), ProjectVersion{0, "t", "E", "{}"})
                    .has_value());
    age_the_log(m_now - policy.change_log - days(1));
    ASSERT_GT(m_store->apply_retention(m_now, policy).value().change_log, 0);

    ASSERT_TRUE(follower.catch_up(m_store->data_version().value()).has_value());
    const auto found = [&](const std::string& word) {
        search::SearchQuery query;
        query.text = word;
        return (*index)->search(query).value().total;
    };
    EXPECT_EQ(found("Gartenschau"), 1U);
    EXPECT_EQ(found("Bienenweide"), 1U) << "the change the index never read was deleted from the log";
}

} // namespace
} // namespace rundum::store
