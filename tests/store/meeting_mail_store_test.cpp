// SPDX-License-Identifier: EUPL-1.2
// Meeting mailings in storage, on every backend: an invitation per meeting and sequence and a
// reminder per meeting and city are claimed once, together with queueing their mails and
// keeping their unsubscribe tokens; the records go with their meeting.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace rundum::store {
namespace {

class MeetingMailStoreTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("jena", "Jena"), sample_city("leipzig", "Leipzig")});
        ASSERT_FALSE(HasFatalFailure());
        for (const char* city : {"jena", "leipzig"}) {
            const std::string id = std::string("u-") + city;
            ASSERT_TRUE(m_store
                            ->add_user(User{id, id + "@" + city + ".example", "", Role::Coordinator,
                                            std::string("city-") + city, true, "2026-01-01T00:00:00Z"})
                            .has_value());
        }
        Meeting meeting;
        meeting.id = "m-1";
        meeting.title = "Netzwerktreffen";
        meeting.starts_at = "2027-03-18T10:00";
        meeting.ends_at = "2027-03-18T16:00";
        meeting.host_city_id = "city-jena";
        meeting.venue = "Rathaus Jena";
        meeting.registration_deadline = "2027-03-04T23:59";
        meeting.created_at = meeting.updated_at = "2026-11-01T09:00:00Z";
        ASSERT_TRUE(m_store->save_meeting(meeting).has_value());
    }

    MemberMail mail_to(const std::string& user_id, const std::string& token_hash) const
    {
        MemberMail mail;
        mail.user_id = user_id;
        mail.mail = QueuedMail{0, user_id + "@example.org", "Einladung", "Text", 0, "",
                               {MailHeader{"List-Unsubscribe", "<https://rundum.example/x>"}},
                               {MailAttachment{"einladung.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                                               "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"}}};
        mail.unsubscribe_token_hash = token_hash;
        return mail;
    }

    MeetingMailing invitation(int sequence) const
    {
        const std::string number = std::to_string(sequence);
        return MeetingMailing{MeetingMailKind::Invitation,
                              "m-1",
                              sequence,
                              "",
                              {mail_to("u-jena", "hash-j" + number), mail_to("u-leipzig", "hash-l" + number)},
                              "2026-11-26T10:00:00Z"};
    }

    MeetingMailing reminder(const std::string& city, const std::string& token_hash) const
    {
        return MeetingMailing{MeetingMailKind::Reminder, "m-1", 0, "city-" + city,
                              {mail_to("u-" + city, token_hash)}, "2026-11-26T10:00:00Z"};
    }
};

TEST_F(MeetingMailStoreTest, AnInvitationIsQueuedOncePerSequence)
{
    EXPECT_TRUE(m_store->meeting_mails_sent().value().invited_sequences.empty());
    ASSERT_EQ(m_store->queue_meeting_mailing(invitation(0)).value(), true);
    auto queued = m_store->pending_mails(10).value();
    ASSERT_EQ(queued.size(), 2U);
    EXPECT_EQ(queued[0].to, "u-jena@example.org");
    ASSERT_EQ(queued[0].attachments.size(), 1U);
    EXPECT_EQ(queued[0].attachments[0].content_type, "text/calendar; method=REQUEST; charset=UTF-8");

    // A second instance (or poll) finds it claimed and queues nothing.
    EXPECT_EQ(m_store->queue_meeting_mailing(invitation(0)).value(), false);
    EXPECT_EQ(m_store->pending_mails(10).value().size(), 2U);

    // The changed meeting's new sequence is a new mailing.
    ASSERT_EQ(m_store->queue_meeting_mailing(invitation(2)).value(), true);
    EXPECT_EQ(m_store->pending_mails(10).value().size(), 4U);
    const MeetingMailsSent sent = m_store->meeting_mails_sent().value();
    ASSERT_EQ(sent.invited_sequences.size(), 1U);
    EXPECT_EQ(sent.invited_sequences.at("m-1"), (std::vector<int>{0, 2}));
    EXPECT_TRUE(sent.reminded.empty());
}

TEST_F(MeetingMailStoreTest, AReminderIsQueuedOncePerMeetingAndCityWithAWorkingUnsubscribeToken)
{
    ASSERT_EQ(m_store->queue_meeting_mailing(reminder("jena", "hash-r1")).value(), true);
    EXPECT_EQ(m_store->queue_meeting_mailing(reminder("jena", "hash-r2")).value(), false);
    ASSERT_EQ(m_store->queue_meeting_mailing(reminder("leipzig", "hash-r3")).value(), true);
    EXPECT_EQ(m_store->pending_mails(10).value().size(), 2U);
    const MeetingMailsSent sent = m_store->meeting_mails_sent().value();
    EXPECT_EQ(sent.reminded, (std::set<std::pair<std::string, std::string>>{{"m-1", "city-jena"},
                                                                            {"m-1", "city-leipzig"}}));
    EXPECT_TRUE(sent.invited_sequences.empty()) << "a reminder is no invitation";

    auto owner = m_store->unsubscribe_token_user("hash-r1").value();
    ASSERT_TRUE(owner.has_value());
    EXPECT_EQ(owner->id, "u-jena");
    EXPECT_FALSE(m_store->unsubscribe_token_user("hash-r2").value().has_value()) << "the refused mailing kept nothing";
}

TEST_F(MeetingMailStoreTest, TheRecordsGoWithTheirMeeting)
{
    ASSERT_TRUE(m_store->queue_meeting_mailing(invitation(0)).value());
    ASSERT_TRUE(m_store->queue_meeting_mailing(reminder("jena", "hash-r1")).value());
    ASSERT_TRUE(m_store->delete_meeting("m-1").has_value());
    const MeetingMailsSent sent = m_store->meeting_mails_sent().value();
    EXPECT_TRUE(sent.invited_sequences.empty());
    EXPECT_TRUE(sent.reminded.empty());
}

} // namespace
} // namespace rundum::store
