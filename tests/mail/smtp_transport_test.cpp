// SPDX-License-Identifier: EUPL-1.2
// SmtpTransport against a real SMTP receiver on 127.0.0.1: what arrives, and how failures are
// told apart (Unavailable: retry later; Invalid: never retry).
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "mail/smtp_transport.hpp"
#include "smtp_receiver.hpp"

namespace rundum::mail {
namespace {

using namespace std::chrono_literals;
using testing::body_of;
using testing::decode_header_value;
using testing::decode_quoted_printable;
using testing::raw_header;
using testing::SmtpReceiver;

const std::string invitation_body = "Liebe Anna,\n\n"
                                    "Grüße aus München – bitte bis Freitag antworten.\n"
                                    ".\n"
                                    ".Punkt am Zeilenanfang\n"
                                    "Gleichung: 1+1=2 \n" +
                                    std::string(200, 'z') + "\n";

MailMessage invitation()
{
    return MailMessage{"Bündnis für Familie Jena <jena@example.org>",
                       "Anna Müller <anna@example.org>", "Einladung für Jena: Passwort setzen",
                       invitation_body, "einladung-1@rundum.example"};
}

SmtpConfig config_for(const SmtpReceiver& receiver)
{
    SmtpConfig config;
    config.url = receiver.url();
    config.timeout = 3s;
    return config;
}

std::string with_crlf(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '\n') {
            out += '\r';
        }
        out += c;
    }
    return out;
}

TEST(MailSmtpTransport, DeliversExactlyOneMessageWithEnvelopeAndDecodableBody)
{
    SmtpReceiver receiver;
    SmtpTransport transport(config_for(receiver));
    const auto sent = transport.send(invitation());
    ASSERT_TRUE(sent.has_value()) << sent.error().detail;
    ASSERT_TRUE(receiver.wait_for_messages(1, 5s));
    std::this_thread::sleep_for(100ms); // a second message would have arrived by now
    const auto messages = receiver.messages();
    ASSERT_EQ(messages.size(), 1U);
    const auto& message = messages.front();
    EXPECT_EQ(message.envelope_from, "jena@example.org");
    EXPECT_EQ(message.recipients, std::vector<std::string>{"anna@example.org"});
    EXPECT_EQ(decode_header_value(raw_header(message.data, "Subject")),
              "Einladung für Jena: Passwort setzen");
    EXPECT_EQ(decode_header_value(raw_header(message.data, "To")),
              "Anna Müller <anna@example.org>");
    EXPECT_EQ(raw_header(message.data, "Message-ID"), "<einladung-1@rundum.example>");
    EXPECT_FALSE(raw_header(message.data, "Date").empty());
    // Lines "." and ".Punkt" survive: libcurl stuffs the dots, the receiver removes them.
    EXPECT_EQ(decode_quoted_printable(body_of(message.data)), with_crlf(invitation_body));
}

TEST(MailSmtpTransport, StoppedServerGivesUnavailableWithinTimeout)
{
    SmtpReceiver receiver;
    receiver.stop();
    SmtpTransport transport(config_for(receiver));
    const auto started = std::chrono::steady_clock::now();
    const auto sent = transport.send(invitation());
    EXPECT_LT(std::chrono::steady_clock::now() - started, 3500ms);
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(sent.error().key, "error.mail.unavailable");
    EXPECT_NE(sent.error().detail.find("127.0.0.1"), std::string::npos) << sent.error().detail;
}

TEST(MailSmtpTransport, ServerBackOnSamePortReceivesAgain)
{
    SmtpReceiver receiver;
    SmtpTransport transport(config_for(receiver));
    ASSERT_TRUE(transport.send(invitation()).has_value());
    receiver.stop();
    const auto while_down = transport.send(invitation());
    ASSERT_FALSE(while_down.has_value());
    EXPECT_EQ(while_down.error().code, ErrorCode::Unavailable);
    receiver.start();
    const auto after = transport.send(invitation());
    ASSERT_TRUE(after.has_value()) << after.error().detail;
    EXPECT_TRUE(receiver.wait_for_messages(2, 5s));
    EXPECT_EQ(receiver.messages().size(), 2U);
}

TEST(MailSmtpTransport, HangingServerGivesUnavailableAfterTimeoutNotNever)
{
    SmtpReceiver receiver;
    receiver.set_silent(true);
    auto config = config_for(receiver);
    config.timeout = 2s;
    SmtpTransport transport(config);
    const auto started = std::chrono::steady_clock::now();
    const auto sent = transport.send(invitation());
    const auto elapsed = std::chrono::steady_clock::now() - started;
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().code, ErrorCode::Unavailable);
    EXPECT_GE(elapsed, 1500ms);
    EXPECT_LT(elapsed, 5s);
}

TEST(MailSmtpTransport, RejectedRecipientGivesInvalidAndNothingIsDelivered)
{
    SmtpReceiver receiver;
    receiver.reject_recipient("anna@example.org");
    SmtpTransport transport(config_for(receiver));
    const auto sent = transport.send(invitation());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().code, ErrorCode::Invalid);
    EXPECT_EQ(sent.error().key, "error.mail.rejected");
    EXPECT_NE(sent.error().detail.find("550"), std::string::npos) << sent.error().detail;
    EXPECT_TRUE(receiver.messages().empty());
}

TEST(MailSmtpTransport, RequiredTlsIsNeverSkippedForAServerWithoutStarttls)
{
    SmtpReceiver receiver;
    auto config = config_for(receiver);
    config.require_tls = true;
    SmtpTransport transport(config);
    const auto sent = transport.send(invitation());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().code, ErrorCode::Unavailable);
    EXPECT_TRUE(receiver.messages().empty());
}

TEST(MailSmtpTransport, LogsInWithConfiguredUsernameAndPassword)
{
    SmtpReceiver receiver;
    receiver.require_login("rundum", "geheim – äöü");
    auto config = config_for(receiver);
    config.username = "rundum";
    config.password = "geheim – äöü";
    SmtpTransport transport(config);
    const auto sent = transport.send(invitation());
    ASSERT_TRUE(sent.has_value()) << sent.error().detail;
    ASSERT_TRUE(receiver.wait_for_messages(1, 5s));
    EXPECT_EQ(receiver.messages().front().username, "rundum");
}

TEST(MailSmtpTransport, WrongPasswordGivesUnavailableNotRejectedMessage)
{
    SmtpReceiver receiver;
    receiver.require_login("rundum", "richtig");
    auto config = config_for(receiver);
    config.username = "rundum";
    config.password = "falsch";
    SmtpTransport transport(config);
    const auto sent = transport.send(invitation());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().code, ErrorCode::Unavailable) << sent.error().detail;
    EXPECT_TRUE(receiver.messages().empty());
}

TEST(MailSmtpTransport, MissingLoginGivesUnavailableNotRejectedMessage)
{
    SmtpReceiver receiver;
    receiver.require_login("rundum", "richtig");
    SmtpTransport transport(config_for(receiver));
    const auto sent = transport.send(invitation());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().code, ErrorCode::Unavailable) << sent.error().detail;
}

TEST(MailSmtpTransport, InjectedHeaderIsRefusedBeforeConnecting)
{
    SmtpReceiver receiver;
    SmtpTransport transport(config_for(receiver));
    auto message = invitation();
    message.subject += "\r\nBcc: alle@example.org";
    const auto sent = transport.send(message);
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().key, "error.mail.invalid_header");
    EXPECT_EQ(receiver.connection_count(), 0U);
}

TEST(MailSmtpTransport, OnlySmtpUrlsAreFollowed)
{
    SmtpReceiver receiver;
    auto config = config_for(receiver);
    config.url = "http://127.0.0.1:" + std::to_string(receiver.port());
    SmtpTransport transport(config);
    const auto sent = transport.send(invitation());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(receiver.connection_count(), 0U);
}

TEST(MailSmtpTransport, PasswordInUrlStaysOutOfTheDetail)
{
    SmtpReceiver receiver;
    receiver.stop();
    auto config = config_for(receiver);
    config.url = "smtp://rundum:geheim@127.0.0.1:" + std::to_string(receiver.port());
    SmtpTransport transport(config);
    const auto sent = transport.send(invitation());
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().detail.find("geheim"), std::string::npos) << sent.error().detail;
}

TEST(MailSmtpTransport, SendsFromSeveralThreadsAtOnce)
{
    SmtpReceiver receiver;
    SmtpTransport transport(config_for(receiver));
    std::vector<std::thread> threads;
    threads.reserve(4);
    std::vector<int> failures(4, 0);
    for (std::size_t t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 3; ++i) {
                auto message = invitation();
                message.message_id = "m" + std::to_string(t) + "-" + std::to_string(i) + "@x";
                if (!transport.send(message)) {
                    ++failures[t];
                }
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(failures, std::vector<int>(4, 0));
    EXPECT_TRUE(receiver.wait_for_messages(12, 5s));
    EXPECT_EQ(receiver.messages().size(), 12U);
}

} // namespace
} // namespace rundum::mail
