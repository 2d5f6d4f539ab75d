// SPDX-License-Identifier: EUPL-1.2
// The mail sender on the real queue of every backend: a message that can never be sent is given
// up after its first permanent failure, one that keeps failing after MAX_MAIL_ATTEMPTS tries.
#include <gtest/gtest.h>

#include <limits>

#include "../store/store_fixture.hpp"
#include "mail/mime.hpp"
#include "web/mail_sender.hpp"

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

} // namespace
} // namespace rundum::web
