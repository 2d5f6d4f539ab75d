// SPDX-License-Identifier: EUPL-1.2
// Mail over a real SMTP receiver on loopback, on every backend: invitations and password
// resets are queued, survive a mail server that is down, and arrive once it is back.
#include <gtest/gtest.h>

#include "../mail/smtp_receiver.hpp"
#include "http_session.hpp"
#include "process.hpp"
#include "test_database.hpp"
#include "stored_text.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string PASSPHRASE = "Kita-Ausbau in Jena geht voran";

// The link in a mail's decoded text, e.g. "/passwort-setzen/abc".
std::string link_in_text(const std::string& body, const std::string& prefix)
{
    const auto start = body.find(prefix);
    if (start == std::string::npos) {
        return {};
    }
    const auto end = body.find_first_of(" \r\n", start);
    return body.substr(start, end - start);
}

// The link of a received mail's body (decoded).
std::string link_in(const mail::testing::ReceivedMessage& message, const std::string& prefix)
{
    return link_in_text(mail::testing::decode_quoted_printable(mail::testing::body_of(message.data)), prefix);
}

class MailQueueTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_receiver.stop(); // the mail server is down when the mail is written
        ASSERT_EQ(rundum({"init", "--data", data(), "--demo"}).exit_code, 0);
        m_admin_link = rundum({"user", "add", "--data", data(), "--admin", "buero@netzwerk.example"}).out;
        auto arguments = m_database.arguments();
        arguments.insert(arguments.end(), {"--smtp", m_receiver.url(), "--mail-from",
                                           "Rund um die Familie <netzwerk@rundum.example>"});
        m_server = std::make_unique<ServerProcess>(data(), arguments);
    }

    CommandResult rundum(std::vector<std::string> arguments)
    {
        arguments.insert(arguments.begin(), rundum_binary());
        for (const std::string& argument : m_database.arguments()) {
            arguments.push_back(argument);
        }
        return run_command(arguments);
    }

    std::string data() const { return (m_directory.path() / "data").string(); }

    TemporaryDirectory m_directory;
    TestDatabase m_database;
    mail::testing::SmtpReceiver m_receiver;
    std::string m_admin_link;
    std::unique_ptr<ServerProcess> m_server;
};

TEST_F(MailQueueTest, AnInvitationWaitsWhileTheMailServerIsDownAndArrivesWhenItIsBack)
{
    HttpSession admin(m_server->port());
    ASSERT_EQ(admin.set_password(path_of(m_admin_link), "Bruno Büro", PASSPHRASE).status, 303);
    auto invited = admin.post("/verwaltung/einladen", {{"email", "neu@dortmund.example"}, {"city", "city-dortmund"}});
    ASSERT_EQ(invited.status, 200);
    EXPECT_TRUE(contains(invited.body, "E-Mail mit dem Link ist unterwegs"));

    // The sender has tried and failed: the admin sees the waiting mail and why.
    std::this_thread::sleep_for(std::chrono::seconds(2));
    auto waiting = admin.get("/verwaltung");
    EXPECT_TRUE(contains(waiting.body, "Noch nicht versandte E-Mails")) << waiting.body;
    EXPECT_TRUE(contains(waiting.body, "neu@dortmund.example"));
    EXPECT_EQ(m_receiver.messages().size(), 0U);

    m_receiver.start();
    ASSERT_TRUE(m_receiver.wait_for_messages(1, std::chrono::seconds(30)));
    const auto messages = m_receiver.messages();
    ASSERT_EQ(messages.size(), 1U);
    EXPECT_EQ(messages[0].recipients, std::vector<std::string>{"neu@dortmund.example"});
    EXPECT_EQ(messages[0].envelope_from, "netzwerk@rundum.example");
    EXPECT_EQ(mail::testing::decode_header_value(mail::testing::raw_header(messages[0].data, "Subject")),
              "Einladung zu „Rund um die Familie“: Zugang einrichten");
    const std::string link = link_in(messages[0], "/passwort-setzen/");
    ASSERT_FALSE(link.empty());
    HttpSession invitee(m_server->port());
    EXPECT_EQ(invitee.set_password(link, "Dora Dortmund", PASSPHRASE).status, 303);
    // Sent once: the queue is empty afterwards.
    std::this_thread::sleep_for(std::chrono::seconds(2));
    EXPECT_EQ(m_receiver.messages().size(), 1U);
    EXPECT_FALSE(contains(admin.get("/verwaltung").body, "Noch nicht versandte E-Mails"));
}

TEST_F(MailQueueTest, APasswordResetLinkArrivesByMailAndWorksOnce)
{
    m_receiver.start();
    HttpSession member(m_server->port());
    ASSERT_EQ(member.set_password(path_of(m_admin_link), "Bruno Büro", PASSPHRASE).status, 303);
    HttpSession forgetful(m_server->port());
    forgetful.get("/passwort-vergessen");
    auto requested = forgetful.post("/passwort-vergessen", {{"email", "Buero@Netzwerk.example"}});
    EXPECT_EQ(requested.status, 200);
    EXPECT_TRUE(contains(requested.body, "Wenn es zu dieser Adresse einen Zugang gibt"));
    // An unknown address gets the same answer and no mail.
    auto unknown = forgetful.post("/passwort-vergessen", {{"email", "niemand@nirgends.example"}});
    EXPECT_TRUE(contains(unknown.body, "Wenn es zu dieser Adresse einen Zugang gibt"));

    ASSERT_TRUE(m_receiver.wait_for_messages(1, std::chrono::seconds(30)));
    std::this_thread::sleep_for(std::chrono::seconds(2));
    ASSERT_EQ(m_receiver.messages().size(), 1U);
    const std::string link = link_in(m_receiver.messages()[0], "/passwort-neu/");
    ASSERT_FALSE(link.empty());
    const std::string new_passphrase = "Familienfreundliche Stadt am Rhein";
    EXPECT_EQ(forgetful.set_password(link, "Bruno Büro", new_passphrase).status, 303);
    // The reset signs out the sessions that knew the old password, and the link is used up.
    EXPECT_EQ(member.get("/konto").status, 303);
    EXPECT_EQ(HttpSession(m_server->port()).get(link).status, 404);
    EXPECT_EQ(HttpSession(m_server->port()).sign_in("buero@netzwerk.example", new_passphrase).status, 303);
    EXPECT_EQ(HttpSession(m_server->port()).sign_in("buero@netzwerk.example", PASSPHRASE).status, 200);
}

TEST_F(MailQueueTest, NoWorkingLinkIsStoredOnlyTheSentMailsHoldTheirLinks)
{
    m_receiver.start();
    HttpSession admin(m_server->port());
    ASSERT_EQ(admin.set_password(path_of(m_admin_link), "Bruno Büro", PASSPHRASE).status, 303);
    auto invited = admin.post("/verwaltung/einladen", {{"email", "neu@dortmund.example"}, {"city", "city-dortmund"}});
    ASSERT_EQ(invited.status, 200);
    EXPECT_FALSE(contains(invited.body, "/passwort-setzen/")) << "the page shows no link that the mail would end";
    EXPECT_TRUE(contains(invited.body, "72 Stunden"));
    ASSERT_EQ(HttpSession(m_server->port()).post("/passwort-vergessen", {{"email", "buero@netzwerk.example"}}).status,
              200);
    ASSERT_TRUE(m_receiver.wait_for_messages(2, std::chrono::seconds(30)));
    std::string invitation;
    std::string reset;
    for (const auto& message : m_receiver.messages()) {
        const std::string text = mail::testing::decode_quoted_printable(mail::testing::body_of(message.data));
        (contains(text, "/passwort-setzen/") ? invitation : reset) = text;
    }
    const std::string invitation_link = link_in_text(invitation, "/passwort-setzen/");
    const std::string reset_link = link_in_text(reset, "/passwort-neu/");
    ASSERT_FALSE(invitation_link.empty()) << invitation;
    ASSERT_FALSE(reset_link.empty()) << reset;
    EXPECT_TRUE(contains(invitation, "gilt 72 Stunden")) << invitation;
    EXPECT_TRUE(contains(invitation, "Ist der Link abgelaufen")) << invitation;

    // Sent, and still: no row of any table holds either link or its token.
    const std::string stored = stored_text({data(), m_database.url()});
    ASSERT_TRUE(contains(stored, "mail_queue: neu@dortmund.example")) << stored.substr(0, 400);
    for (const std::string& link : {invitation_link, reset_link}) {
        const std::string token = link.substr(link.rfind('/') + 1);
        ASSERT_EQ(token.size(), 43U) << link;
        EXPECT_FALSE(contains(stored, token)) << "the database holds the token of " << link;
    }
    EXPECT_FALSE(contains(stored, "/passwort-setzen/"));
    EXPECT_FALSE(contains(stored, "/passwort-neu/"));
    // The links in the mails work.
    EXPECT_EQ(HttpSession(m_server->port()).get(reset_link).status, 200);
    EXPECT_EQ(HttpSession(m_server->port()).set_password(invitation_link, "Dora Dortmund", PASSPHRASE).status, 303);
}

TEST_F(MailQueueTest, APendingInvitationIsSentAgainWithANewLinkAndTheOldOneStops)
{
    m_receiver.start();
    HttpSession admin(m_server->port());
    ASSERT_EQ(admin.set_password(path_of(m_admin_link), "Bruno Büro", PASSPHRASE).status, 303);
    const FormFields invitation{{"email", "neu@dortmund.example"}, {"city", "city-dortmund"}};
    ASSERT_EQ(admin.post("/verwaltung/einladen", invitation).status, 200);
    ASSERT_TRUE(m_receiver.wait_for_messages(1, std::chrono::seconds(30)));
    const std::string first = link_in(m_receiver.messages()[0], "/passwort-setzen/");
    EXPECT_TRUE(contains(admin.get("/verwaltung").body, "Einladung erneut senden"));
    ASSERT_EQ(admin.post("/verwaltung/einladen", invitation).status, 200) << "not accepted yet: sent again";
    ASSERT_TRUE(m_receiver.wait_for_messages(2, std::chrono::seconds(30)));
    const std::string second = link_in(m_receiver.messages()[1], "/passwort-setzen/");
    ASSERT_FALSE(second.empty());
    EXPECT_NE(first, second);
    EXPECT_EQ(HttpSession(m_server->port()).get(first).status, 404) << "one live link per account";
    EXPECT_EQ(HttpSession(m_server->port()).set_password(second, "Dora Dortmund", PASSPHRASE).status, 303);
    EXPECT_EQ(admin.post("/verwaltung/einladen", invitation).status, 409) << "accepted: no more invitations";
}

} // namespace
} // namespace rundum::testing
