// SPDX-License-Identifier: EUPL-1.2
// The notification mail's text on a fixed fixture, with the real German catalogue.
#include <gtest/gtest.h>

#include "format/notification_digest.hpp"
#include "i18n/catalogue.hpp"

namespace rundum::format {
namespace {

// Every mail ends with the way to the account and the unsubscribe link.
std::string footer(const std::string& token)
{
    return "Alle Mitteilungen finden Sie in Ihrem Konto. Dort stellen Sie auch ein, ob und wie oft Sie diese "
           "E-Mails bekommen:\n"
           "https://rundum.example/konto#mitteilungen\n"
           "\n"
           "Keine E-Mails zu Mitteilungen mehr? Mit einem Klick abbestellen:\n"
           "https://rundum.example/benachrichtigungen/abbestellen/" +
           token + "\n";
}

class NotificationDigestTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_catalogue.has_value()); }

    MessageText text() const
    {
        return [this](std::string_view key, const std::vector<std::string>& args) { return m_catalogue->text(key, args); };
    }

    Result<i18n::Catalogue> m_catalogue = i18n::Catalogue::load("de");
    User m_member{"u-1", "stefanie@jena.example", "Stefanie Beispiel", Role::Coordinator, "city-jena", true, ""};
    Notification m_leipzig{"n-1", "u-1", "notification.interest", {"Leipzig", "Familienpass"},
                           "/praxisbeispiele/p-jena-pass#interesse", "2026-11-25T16:40:00Z", false};
    // A link that would leave the site is not written into the mail.
    Notification m_muenchen{"n-2", "u-1", "notification.interest", {"München", "Kita-Einstieg"},
                            "//evil.example/x", "2026-11-26T05:05:00Z", true};
};

TEST_F(NotificationDigestTest, ADigestListsEachNotificationWithItsTimeAndAbsoluteLink)
{
    const auto mail = notification_mail_text(m_member, {m_leipzig, m_muenchen}, text(), "https://rundum.example/",
                                             "TOKEN123");
    EXPECT_EQ(mail.subject, "2 neue Mitteilungen bei „Rund um die Familie“");
    EXPECT_EQ(mail.body,
              "Guten Tag Stefanie Beispiel,\n"
              "\n"
              "es gibt 2 neue Mitteilungen für Sie im Großstädtenetzwerk „Rund um die Familie“:\n"
              "\n"
              "– 25.11.2026, 17:40: Leipzig interessiert sich für Ihr Praxisbeispiel „Familienpass“.\n"
              "  https://rundum.example/praxisbeispiele/p-jena-pass#interesse\n"
              "\n"
              "– 26.11.2026, 06:05: München interessiert sich für Ihr Praxisbeispiel „Kita-Einstieg“.\n"
              "\n" + footer("TOKEN123"));
}

TEST_F(NotificationDigestTest, ASingleNotificationNamesItselfInTheSubject)
{
    User unnamed = m_member;
    unnamed.name.clear();
    const auto mail = notification_mail_text(unnamed, {m_leipzig}, text(), "https://rundum.example", "T");
    EXPECT_EQ(mail.subject,
              "Neu bei „Rund um die Familie“: Leipzig interessiert sich für Ihr Praxisbeispiel „Familienpass“.");
    EXPECT_EQ(mail.body,
              "Guten Tag,\n"
              "\n"
              "es gibt Neues für Sie im Großstädtenetzwerk „Rund um die Familie“:\n"
              "\n"
              "– 25.11.2026, 17:40: Leipzig interessiert sich für Ihr Praxisbeispiel „Familienpass“.\n"
              "  https://rundum.example/praxisbeispiele/p-jena-pass#interesse\n"
              "\n" + footer("T"));
}

TEST(NotificationDigest, TheUnsubscribeUrlIgnoresTrailingSlashesOfTheBase)
{
    EXPECT_EQ(unsubscribe_url("https://rundum.example//", "abc"), "https://rundum.example/benachrichtigungen/abbestellen/abc");
}

} // namespace
} // namespace rundum::format
