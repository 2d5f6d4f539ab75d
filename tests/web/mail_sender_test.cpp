// SPDX-License-Identifier: EUPL-1.2
// The mail sender on the real queue of every backend: a message that can never be sent is given
// up after its first permanent failure, one that keeps failing after MAX_MAIL_ATTEMPTS tries.
#include <gtest/gtest.h>

#include <limits>

#include "../store/store_fixture.hpp"
#include "auth/tokens.hpp"
#include "mail/mime.hpp"
#include "web/http/clock.hpp"
#include "jobs/mail_sender.hpp"

namespace rundum::web {
namespace {

// Answers every message with the error it was given, and counts the tries; building the
// message (to_rfc5322) runs first, as in the real transports.
class FailingTransport final : public mail::MailTransport {
public:
    explicit FailingTransport(ErrorCode code, int* tries) : m_code(code), m_tries(tries) {}

    Result<void> send(const mail::MailMessage& message) override
    {
        ++*m_tries;
        RUNDUM_TRY(mail::to_rfc5322(message, "Fri, 14 Feb 2025 09:30:00 +0000"));
        return fail(m_code, m_code == ErrorCode::Invalid ? "error.mail.rejected" : "error.mail.unavailable", {},
                    "SMTP: last reply " + std::string(m_code == ErrorCode::Invalid ? "550" : "421"));
    }

private:
    ErrorCode m_code;
    int* m_tries;
};

// Keeps the bodies it is given; fails the first `failures` of them as a server that is away.
class RecordingTransport final : public mail::MailTransport {
public:
    RecordingTransport(std::vector<std::string>* bodies, int failures) : m_bodies(bodies), m_failures(failures) {}

    Result<void> send(const mail::MailMessage& message) override
    {
        m_bodies->push_back(message.body_text);
        if (m_failures-- > 0) {
            return fail(ErrorCode::Unavailable, "error.mail.unavailable", {}, "SMTP: last reply 421");
        }
        return {};
    }

private:
    std::vector<std::string>* m_bodies;
    int m_failures;
};

class MailSenderTest : public store::FreshStoreTest {
protected:
    void SetUp() override { open_store({}); }

    // Sends what is due `rounds` times, each an hour and more after the one before: whatever is
    // still tried is due again (the back-off is at most an hour).
    void send_rounds(MailSender& sender, int rounds)
    {
        for (int i = 0; i < rounds; ++i) {
            m_now += 4000;
            sender.send_due(m_now);
        }
    }

    std::int64_t m_now = 2'000'000'000;
};

TEST_F(MailSenderTest, AMailWithALineBreakInItsSubjectIsGivenUpAfterOneTry)
{
    ASSERT_TRUE(m_store->enqueue_mail(QueuedMail{0, "jena@example.org", "Interesse an Familien\r\nBcc: x@evil.example",
                                                 "Text", 0, "", {}, {}})
                    .has_value());
    int tries = 0;
    MailSender sender(*m_store, std::make_unique<FailingTransport>(ErrorCode::Unavailable, &tries), "netz@example.org");
    send_rounds(sender, 3);
    EXPECT_EQ(tries, 1);
    const auto pending = m_store->pending_mails(10).value();
    ASSERT_EQ(pending.size(), 1U); // reported to the admin, not dropped silently
    EXPECT_TRUE(pending[0].last_error.starts_with("given up")) << pending[0].last_error;
    EXPECT_TRUE(m_store->claim_due_mails(std::numeric_limits<std::int64_t>::max() - 1, 10, 1).value().empty());
}

TEST_F(MailSenderTest, AMailTheServerRefusesIsGivenUpAfterOneTry)
{
    ASSERT_TRUE(m_store->enqueue_mail(QueuedMail{0, "niemand@example.org", "Hallo", "Text", 0, "", {}, {}}).has_value());
    int tries = 0;
    MailSender sender(*m_store, std::make_unique<FailingTransport>(ErrorCode::Invalid, &tries), "netz@example.org");
    send_rounds(sender, 3);
    EXPECT_EQ(tries, 1);
}

TEST_F(MailSenderTest, AMailThatKeepsFailingIsGivenUpAfterTheLastAllowedTry)
{
    ASSERT_TRUE(m_store->enqueue_mail(QueuedMail{0, "jena@example.org", "Hallo", "Text", 0, "", {}, {}}).has_value());
    int tries = 0;
    MailSender sender(*m_store, std::make_unique<FailingTransport>(ErrorCode::Unavailable, &tries), "netz@example.org");
    send_rounds(sender, MAX_MAIL_ATTEMPTS - 1); // a server that is down for a day: still retried
    EXPECT_FALSE(m_store->pending_mails(1).value().at(0).last_error.starts_with("given up"));
    send_rounds(sender, 5); // the last try, and no more
    EXPECT_EQ(tries, MAX_MAIL_ATTEMPTS);
    const auto pending = m_store->pending_mails(10).value();
    ASSERT_EQ(pending.size(), 1U);
    EXPECT_EQ(pending[0].attempts, MAX_MAIL_ATTEMPTS);
    EXPECT_TRUE(pending[0].last_error.starts_with("given up"));
}

TEST_F(MailSenderTest, AnAccountLinkIsMadeAtEachTryAndNeverStored)
{
    User member{"user-neu", "neu@jena.example", "", Role::Coordinator, "", false, now_iso()};
    ASSERT_TRUE(m_store->add_user(member).has_value());
    ASSERT_TRUE(m_store->enqueue_mail(account_link_mail(member.email, "Einladung", "Ihr Link: [[Link]] (einmal)",
                                                        TokenPurpose::SetPassword, member.id))
                    .has_value());
    EXPECT_EQ(m_store->pending_mails(1).value().at(0).body, "Ihr Link: [[Link]] (einmal)");
    std::vector<std::string> bodies;
    MailSender sender(*m_store, std::make_unique<RecordingTransport>(&bodies, 1), "netz@example.org",
                      AccountLinkSettings{"https://rundum.example", std::chrono::hours(72), std::chrono::hours(1)});
    send_rounds(sender, 2); // the first try fails, the second goes out
    ASSERT_EQ(bodies.size(), 2U);
    const std::string prefix = "Ihr Link: https://rundum.example/passwort-setzen/";
    ASSERT_TRUE(bodies[0].starts_with(prefix)) << bodies[0];
    ASSERT_TRUE(bodies[1].starts_with(prefix)) << bodies[1];
    const std::string first = bodies[0].substr(prefix.size(), 43);
    const std::string second = bodies[1].substr(prefix.size(), 43);
    EXPECT_NE(first, second) << "a retry makes a new link";
    const auto valid = [&](const std::string& token) {
        return m_store->one_time_token_user(auth::token_hash(token), TokenPurpose::SetPassword, now_iso())
            .value()
            .has_value();
    };
    EXPECT_FALSE(valid(first)) << "one live link per account";
    EXPECT_TRUE(valid(second));
    EXPECT_TRUE(m_store->pending_mails(10).value().empty());
}

TEST_F(MailSenderTest, AMailWhoseAccountIsGoneIsGivenUpWithoutALink)
{
    ASSERT_TRUE(m_store->enqueue_mail(account_link_mail("weg@jena.example", "Neues Passwort", "[[Link]]",
                                                        TokenPurpose::ResetPassword, "user-geloescht"))
                    .has_value());
    std::vector<std::string> bodies;
    MailSender sender(*m_store, std::make_unique<RecordingTransport>(&bodies, 0), "netz@example.org");
    send_rounds(sender, 2);
    EXPECT_TRUE(bodies.empty());
    EXPECT_TRUE(m_store->pending_mails(1).value().at(0).last_error.starts_with("given up"));
}

} // namespace
} // namespace rundum::web
