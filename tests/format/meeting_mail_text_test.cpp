// SPDX-License-Identifier: EUPL-1.2
// The meeting mails' text on a fixed fixture, with the real German catalogue.
#include <gtest/gtest.h>

#include "format/meeting_mail_text.hpp"
#include "i18n/catalogue.hpp"

namespace rundum::format {
namespace {

// Why the member gets the mail, where to change it, and the one-click link.
const std::string FOOTER =
    "Sie bekommen diese E-Mail als Mitglied des Großstädtenetzwerks „Rund um die Familie“. Ob Sie E-Mails zu "
    "Treffen und Mitteilungen bekommen, stellen Sie in Ihrem Konto unter „Mitteilungen per E-Mail“ ein:\n"
    "https://rundum.example/konto#benachrichtigungen\n"
    "\n"
    "Keine E-Mails zu Treffen und Mitteilungen mehr? Mit einem Klick abbestellen:\n"
    "https://rundum.example/benachrichtigungen/abbestellen/TOKEN\n";

class MeetingMailTextTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_catalogue.has_value()); }

    MessageText text() const
    {
        return [this](std::string_view key, const std::vector<std::string>& args) { return m_catalogue->text(key, args); };
    }

    Result<i18n::Catalogue> m_catalogue = i18n::Catalogue::load("de");
    User m_member{"u-1", "stefanie@jena.example", "Stefanie Beispiel", Role::Coordinator, "city-jena", true, ""};
    MeetingMailFacts m_facts{"Netzwerktreffen Frühjahr",
                             "18.03.2027",
                             "18.03.2027, 10:00–16:00 Uhr",
                             "Jena",
                             "Rathaus Jena, Markt 1",
                             "https://video.example/netzwerk",
                             "04.03.2027, 23:59 Uhr",
                             "https://rundum.example/treffen/m-1",
                             "https://rundum.example/treffen/m-1/anmeldung"};
    MailFooterLinks m_footer{"https://rundum.example/konto#benachrichtigungen",
                             "https://rundum.example/benachrichtigungen/abbestellen/TOKEN"};
};

TEST_F(MeetingMailTextTest, TheInvitationGivesEverythingToComeAndRegister)
{
    const NotificationMailText mail = invitation_mail_text(m_member, InvitationKind::First, m_facts, m_footer, text());
    EXPECT_EQ(mail.subject, "Einladung: Netzwerktreffen Frühjahr am 18.03.2027");
    EXPECT_EQ(mail.body,
              "Guten Tag Stefanie Beispiel,\n"
              "\n"
              "herzlich laden wir Sie zum Netzwerktreffen „Netzwerktreffen Frühjahr“ des Großstädtenetzwerks „Rund "
              "um die Familie“ ein.\n"
              "\n"
              "Wann: 18.03.2027, 10:00–16:00 Uhr\n"
              "Gastgeberstadt: Jena\n"
              "Ort: Rathaus Jena, Markt 1\n"
              "Online-Teilnahme: https://video.example/netzwerk\n"
              "Anmeldung bis: 04.03.2027, 23:59 Uhr\n"
              "\n"
              "So melden Sie sich an: Die Koordination Ihrer Stadt trägt bis 04.03.2027, 23:59 Uhr auf der "
              "Anmeldeseite ein, wer teilnimmt (vor Ort oder online):\n"
              "https://rundum.example/treffen/m-1/anmeldung\n"
              "\n"
              "Alle Angaben und die Tagesordnung finden Sie auf der Seite des Treffens:\n"
              "https://rundum.example/treffen/m-1\n"
              "\n"
              "Mit dem Anhang „einladung.ics“ übernehmen Sie den Termin in Ihren Kalender.\n"
              "\n" +
                  FOOTER);
}

TEST_F(MeetingMailTextTest, AnUpdateSaysChangedAndACancellationDropsRegistrationAndOnlineLink)
{
    const NotificationMailText update = invitation_mail_text(m_member, InvitationKind::Update, m_facts, m_footer, text());
    EXPECT_EQ(update.subject, "Geändert: Netzwerktreffen Frühjahr am 18.03.2027");
    EXPECT_NE(update.body.find("hat sich etwas geändert"), std::string::npos) << update.body;
    EXPECT_NE(update.body.find("ersetzt den Termin in Ihrem Kalender"), std::string::npos) << update.body;
    EXPECT_NE(update.body.find("/treffen/m-1/anmeldung"), std::string::npos) << update.body;

    const NotificationMailText cancelled =
        invitation_mail_text(m_member, InvitationKind::Cancellation, m_facts, m_footer, text());
    EXPECT_EQ(cancelled.subject, "Abgesagt: Netzwerktreffen Frühjahr am 18.03.2027");
    EXPECT_NE(cancelled.body.find("„Netzwerktreffen Frühjahr“ ist abgesagt."), std::string::npos) << cancelled.body;
    EXPECT_NE(cancelled.body.find("Wann: 18.03.2027, 10:00–16:00 Uhr\n"), std::string::npos) << cancelled.body;
    EXPECT_EQ(cancelled.body.find("anmeldung"), std::string::npos) << cancelled.body;
    EXPECT_EQ(cancelled.body.find("video.example"), std::string::npos) << cancelled.body;
    EXPECT_TRUE(cancelled.body.ends_with(FOOTER)) << cancelled.body;
}

TEST_F(MeetingMailTextTest, TheReminderNamesTheCityTheDeadlineAndTheRegistrationLink)
{
    User anonymous = m_member;
    anonymous.name.clear();
    const NotificationMailText mail = reminder_mail_text(anonymous, "Jena", m_facts, m_footer, text());
    EXPECT_EQ(mail.subject, "Anmeldung bis 04.03.2027, 23:59 Uhr — Ihre Stadt hat sich noch nicht angemeldet: "
                            "Netzwerktreffen Frühjahr");
    EXPECT_TRUE(mail.body.starts_with("Guten Tag,\n\ndie Anmeldung zum Netzwerktreffen „Netzwerktreffen Frühjahr“ "
                                      "endet am 04.03.2027, 23:59 Uhr, und Jena hat sich noch nicht angemeldet.\n"))
        << mail.body;
    EXPECT_NE(mail.body.find("Bitte tragen Sie auf der Anmeldeseite ein, wer aus Ihrer Stadt teilnimmt (vor Ort oder "
                             "online):\nhttps://rundum.example/treffen/m-1/anmeldung\n"),
              std::string::npos)
        << mail.body;
    EXPECT_TRUE(mail.body.ends_with(FOOTER)) << mail.body;
}

} // namespace
} // namespace rundum::format
