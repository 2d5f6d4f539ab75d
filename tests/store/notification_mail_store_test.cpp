// SPDX-License-Identifier: EUPL-1.2
// Notifications by email in storage, on every backend: members' choices, which notifications
// wait for a mail, queueing a mail together with marking them (once only), unsubscribe links,
// and queued mail with extra headers and attachments.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace rundum::store {
namespace {

class NotificationMailStoreTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("jena", "Jena")});
        ASSERT_FALSE(HasFatalFailure());
        for (const char* id : {"u-1", "u-2", "u-3"}) {
            User user{id, std::string(id) + "@jena.example", std::string("Name ") + id, Role::Coordinator,
                      "city-jena", true, "2026-01-01T00:00:00Z"};
            ASSERT_TRUE(m_store->add_user(user).has_value());
        }
    }

    void notify(const std::string& id, const std::string& user_id, const std::string& created_at)
    {
        ASSERT_TRUE(m_store
                        ->add_notification(Notification{id, user_id, "notification.interest", {"Leipzig", id},
                                                        "/praxisbeispiele/" + id, created_at, false})
                        .has_value());
    }

    NotificationMailBatch batch(const std::string& user_id, std::vector<std::string> ids, bool is_digest)
    {
        NotificationMailBatch batch;
        batch.user_id = user_id;
        batch.notification_ids = std::move(ids);
        batch.mail = QueuedMail{0, user_id + "@jena.example", "Betreff", "Text", 0, "",
                                {MailHeader{"List-Unsubscribe", "<https://rundum.example/x>"}}};
        batch.unsubscribe_token_hash = "hash-" + user_id + "-" + std::to_string(++m_batches);
        batch.emailed_at = "2026-11-26T06:30:00Z";
        batch.is_digest = is_digest;
        return batch;
    }

    int m_batches = 0;
};

TEST_F(NotificationMailStoreTest, MembersWhoNeverChoseGetTheDailyDigestAndAChoiceIsKept)
{
    auto settings = m_store->notification_mail_settings("u-1").value();
    EXPECT_EQ(settings.mode, "taeglich");
    EXPECT_EQ(settings.last_digest_at, "");
    ASSERT_TRUE(m_store->set_notification_mail_mode("u-1", "woechentlich").has_value());
    EXPECT_EQ(m_store->notification_mail_settings("u-1").value().mode, "woechentlich");
    ASSERT_TRUE(m_store->set_notification_mail_mode("u-1", "sofort").has_value());
    EXPECT_EQ(m_store->notification_mail_settings("u-1").value().mode, "sofort");
    EXPECT_EQ(m_store->notification_mail_settings("u-2").value().mode, "taeglich") << "only that member";

    auto refused = m_store->set_notification_mail_mode("u-1", "stündlich");
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    EXPECT_EQ(refused.error().key, "notification.email.error.mode");
    EXPECT_EQ(m_store->notification_mail_settings("u-1").value().mode, "sofort");
}

TEST_F(NotificationMailStoreTest, PendingAreRecentUnmailedNotificationsOfMembersWhoWantMailOldestFirst)
{
    notify("n-old", "u-1", "2026-10-01T08:00:00Z"); // before `since`: never mailed
    notify("n-b", "u-1", "2026-11-25T09:00:00Z");
    notify("n-a", "u-1", "2026-11-24T09:00:00Z");
    notify("n-never", "u-2", "2026-11-25T09:00:00Z");
    ASSERT_TRUE(m_store->set_notification_mail_mode("u-2", "nie").has_value());
    notify("n-now", "u-3", "2026-11-26T06:00:00Z");
    ASSERT_TRUE(m_store->set_notification_mail_mode("u-3", "sofort").has_value());

    const auto pending = m_store->pending_notification_mails("2026-11-12T06:30:00Z").value();
    ASSERT_EQ(pending.size(), 2U);
    EXPECT_EQ(pending[0].user.id, "u-1");
    EXPECT_EQ(pending[0].user.email, "u-1@jena.example");
    EXPECT_EQ(pending[0].user.name, "Name u-1");
    EXPECT_EQ(pending[0].settings.mode, "taeglich");
    ASSERT_EQ(pending[0].notifications.size(), 2U);
    EXPECT_EQ(pending[0].notifications[0].id, "n-a");
    EXPECT_EQ(pending[0].notifications[1].id, "n-b");
    EXPECT_EQ(pending[0].notifications[1].arguments, (std::vector<std::string>{"Leipzig", "n-b"}));
    EXPECT_EQ(pending[1].user.id, "u-3");
    EXPECT_EQ(pending[1].settings.mode, "sofort");

    // "nie" marks nothing: after switching to a digest, the (recent) notification is pending.
    ASSERT_TRUE(m_store->set_notification_mail_mode("u-2", "woechentlich").has_value());
    EXPECT_EQ(m_store->pending_notification_mails("2026-11-12T06:30:00Z").value().size(), 3U);
}

TEST_F(NotificationMailStoreTest, QueueingMarksTheNotificationsEmailedSoTheyAreMailedOnce)
{
    notify("n-1", "u-1", "2026-11-25T09:00:00Z");
    notify("n-2", "u-1", "2026-11-25T10:00:00Z");
    ASSERT_TRUE(m_store->queue_notification_mail(batch("u-1", {"n-1", "n-2"}, true)).value());

    EXPECT_TRUE(m_store->pending_notification_mails("2026-11-01T00:00:00Z").value().empty());
    EXPECT_EQ(m_store->notification_mail_settings("u-1").value().last_digest_at, "2026-11-26T06:30:00Z");
    EXPECT_EQ(m_store->notification_mail_settings("u-1").value().mode, "taeglich");
    auto queued = m_store->pending_mails(10).value();
    ASSERT_EQ(queued.size(), 1U);
    EXPECT_EQ(queued[0].to, "u-1@jena.example");
    ASSERT_EQ(queued[0].headers.size(), 1U);
    EXPECT_EQ(queued[0].headers[0].value, "<https://rundum.example/x>");

    // Another instance that read the same notifications before: it queues nothing.
    EXPECT_FALSE(m_store->queue_notification_mail(batch("u-1", {"n-2"}, true)).value());
    EXPECT_EQ(m_store->pending_mails(10).value().size(), 1U);
    EXPECT_FALSE(m_store->unsubscribe_token_user("hash-u-1-2").value().has_value()) << "nothing of it stored";

    // A mail at once leaves the digest time alone, and keeps the chosen mode.
    ASSERT_TRUE(m_store->set_notification_mail_mode("u-2", "sofort").has_value());
    notify("n-3", "u-2", "2026-11-25T11:00:00Z");
    ASSERT_TRUE(m_store->queue_notification_mail(batch("u-2", {"n-3"}, false)).value());
    EXPECT_EQ(m_store->notification_mail_settings("u-2").value().last_digest_at, "");
    EXPECT_EQ(m_store->notification_mail_settings("u-2").value().mode, "sofort");
}

TEST_F(NotificationMailStoreTest, EveryMailsUnsubscribeTokenLeadsToItsMember)
{
    notify("n-1", "u-1", "2026-11-25T09:00:00Z");
    notify("n-2", "u-1", "2026-11-25T10:00:00Z");
    ASSERT_TRUE(m_store->queue_notification_mail(batch("u-1", {"n-1"}, false)).value());
    ASSERT_TRUE(m_store->queue_notification_mail(batch("u-1", {"n-2"}, false)).value());
    for (const char* hash : {"hash-u-1-1", "hash-u-1-2"}) {
        auto user = m_store->unsubscribe_token_user(hash).value();
        ASSERT_TRUE(user.has_value()) << hash;
        EXPECT_EQ(user->id, "u-1");
        EXPECT_EQ(user->email, "u-1@jena.example");
    }
    EXPECT_FALSE(m_store->unsubscribe_token_user("hash-unbekannt").value().has_value());

    // The links go with the account.
    ASSERT_TRUE(m_store->erase_member("u-1", "ein ehemaliges Mitglied (Jena)").has_value());
    EXPECT_FALSE(m_store->unsubscribe_token_user("hash-u-1-1").value().has_value());
}

TEST_F(NotificationMailStoreTest, QueuedMailKeepsItsHeadersAndAttachmentsByteForByte)
{
    const std::string bytes = std::string("BEGIN:VCALENDAR\r\nSUMMARY:Treffen in München\r\n") + std::string("\0\xff", 2);
    QueuedMail mail{0, "anna@jena.example", "Einladung", "Text", 0, "",
                    {MailHeader{"List-Unsubscribe", "<https://rundum.example/a>"},
                     MailHeader{"X-Leer", ""}},
                    {MailAttachment{"einladung.ics", "text/calendar; method=REQUEST; charset=UTF-8", bytes},
                     MailAttachment{"leer.txt", "text/plain", ""}}};
    ASSERT_TRUE(m_store->enqueue_mail(mail).has_value());
    auto claimed = m_store->claim_due_mails(1000, 10, 60).value();
    ASSERT_EQ(claimed.size(), 1U);
    ASSERT_EQ(claimed[0].headers.size(), 2U);
    EXPECT_EQ(claimed[0].headers[0].name, "List-Unsubscribe");
    EXPECT_EQ(claimed[0].headers[0].value, "<https://rundum.example/a>");
    EXPECT_EQ(claimed[0].headers[1].name, "X-Leer");
    EXPECT_EQ(claimed[0].headers[1].value, "");
    ASSERT_EQ(claimed[0].attachments.size(), 2U);
    EXPECT_EQ(claimed[0].attachments[0].file_name, "einladung.ics");
    EXPECT_EQ(claimed[0].attachments[0].content_type, "text/calendar; method=REQUEST; charset=UTF-8");
    EXPECT_EQ(claimed[0].attachments[0].content, bytes);
    EXPECT_EQ(claimed[0].attachments[1].content, "");

    // A plain mail has none.
    ASSERT_TRUE(m_store->enqueue_mail(QueuedMail{0, "b@jena.example", "S", "T", 0, ""}).has_value());
    auto plain = m_store->pending_mails(10).value();
    ASSERT_EQ(plain.size(), 2U);
    EXPECT_TRUE(plain[1].headers.empty());
    EXPECT_TRUE(plain[1].attachments.empty());
}

} // namespace
} // namespace rundum::store
