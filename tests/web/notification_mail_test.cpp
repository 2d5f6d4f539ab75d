// SPDX-License-Identifier: EUPL-1.2
// Notifications by email over HTTP, on every backend: the choice on /konto, a mail at once with
// the one-click unsubscribe headers (RFC 8058), the daily digest that combines what came in, the
// unsubscribe link by button and by a mail program's bare POST, and mail that waits in the queue
// while the mail server is down. Notifications come from interest in a Jena project by Leipzig.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "../mail/smtp_receiver.hpp"
#include "core/notification_mail.hpp"
#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

namespace mailtest = mail::testing;

const std::string ADMIN_EMAIL = "buero@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string LEIPZIG_EMAIL = "team@leipzig.example";
const std::string PASSPHRASE = "Familienzentren wachsen in Thüringen";
const std::string UNSUBSCRIBE = "/benachrichtigungen/abbestellen/";
const std::string BASE_URL = "http://127.0.0.1:8080"; // rundum serve's default --base-url

FormFields project_form(const std::string& title)
{
    return {{"title", title}, {"summary", "Familien bekommen Rat vor Ort."}, {"description", "Ein Bus."},
            {"topics", "familien-und-kinderarmut"}, {"target_groups", ""}, {"status", "laeuft"},
            {"start_date", "2024"}, {"end_date", ""}, {"lead_organisation", ""}, {"partners", ""},
            {"costs_and_funding", ""}, {"staff_effort", ""}, {"goals", ""}, {"results", ""},
            {"success_factors", ""}, {"stumbling_blocks", ""}, {"transfer_requirements", ""},
            {"contact_name", "Stefanie Beispiel"}, {"contact_email", "kontakt@jena.example"}, {"contact_phone", ""},
            {"links", ""}, {"visibility", "public"}};
}

// "<http://host/benachrichtigungen/abbestellen/TOKEN>" -> "/benachrichtigungen/abbestellen/TOKEN"
std::string unsubscribe_path(const std::string& mail)
{
    const std::string header = mailtest::decode_header_value(mailtest::raw_header(mail, "List-Unsubscribe"));
    const auto start = header.find(UNSUBSCRIBE);
    const auto end = header.find('>');
    if (start == std::string::npos || end == std::string::npos || end < start) {
        return {};
    }
    return header.substr(start, end - start);
}

std::string body_text(const std::string& mail)
{
    return mailtest::decode_quoted_printable(mailtest::body_of(mail));
}

std::string subject(const std::string& mail)
{
    return mailtest::decode_header_value(mailtest::raw_header(mail, "Subject"));
}

// Not the invitation that `rundum user add` sends: a mail with an unsubscribe link.
bool is_notification_mail(const std::string& mail)
{
    return !mailtest::raw_header(mail, "List-Unsubscribe").empty();
}

// A site whose notification mailer goes by a clock file the test may write.
class NotificationMailTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_clock_file = m_clock_directory.path() / "now";
        m_site = std::make_unique<DemoSite>(DemoMembers{ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE},
                                            site_arguments());
        ASSERT_EQ(m_site->problems(), "") << "the demo site did not start";
        const std::string link = m_site->rundum({"user", "add", "--data", m_site->data(), "--coordinator",
                                                 LEIPZIG_EMAIL, "--city", "leipzig"})
                                     .out;
        ASSERT_EQ(HttpSession(port()).set_password(path_of(link), "Lena Leipzig", PASSPHRASE).status, 303);
    }

    virtual std::vector<std::string> site_arguments() const
    {
        return {"--test-clock-file", m_clock_file.string()};
    }

    unsigned short port() const { return m_site->port(); }

    void set_clock(std::chrono::system_clock::time_point when) const
    {
        std::ofstream(m_clock_file)
            << iso_utc_text(std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count()) << "\n";
    }

    // Jena's coordination publishes a project and Leipzig says it is interested: every member
    // of Jena gets a notification.
    void leipzig_is_interested_in(const std::string& title) const
    {
        HttpSession jena = m_site->signed_in(JENA_EMAIL);
        HttpAnswer created = jena.post("/praxisbeispiele/neu", project_form(title));
        ASSERT_EQ(created.status, 303) << created.body.substr(0, 600);
        const std::string location = created.header("Location");
        const std::string project = location.substr(0, location.find_first_of("?#"));
        HttpSession leipzig = m_site->signed_in(LEIPZIG_EMAIL);
        ASSERT_EQ(leipzig.post(project + "/interesse", {{"note", ""}}).status, 303);
    }

    void choose(const std::string& mode) const
    {
        HttpSession jena = m_site->signed_in(JENA_EMAIL);
        ASSERT_EQ(jena.post("/konto/benachrichtigungen", {{"mail_mode", mode}}).status, 200);
    }

    /// The notification mails sent to `address` so far.
    virtual std::vector<std::string> mails_to(const std::string& address) const
    {
        std::vector<std::string> found;
        for (const std::string& mail : m_site->outbox_mails()) {
            if (is_notification_mail(mail) && contains(mailtest::raw_header(mail, "To"), address)) {
                found.push_back(mail);
            }
        }
        return found;
    }

    // Waits (bounded) until `count` mails to `address` have been sent.
    bool wait_for_mails_to(const std::string& address, std::size_t count) const
    {
        for (int i = 0; i < 300; ++i) {
            if (mails_to(address).size() >= count) {
                return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

    TemporaryDirectory m_clock_directory;
    std::filesystem::path m_clock_file;
    std::unique_ptr<DemoSite> m_site;
};

TEST_F(NotificationMailTest, AMemberChoosesOnKontoWithTheFormTokenAndAKnownChoice)
{
    HttpSession jena = m_site->signed_in(JENA_EMAIL);
    HttpAnswer account = jena.get("/konto");
    ASSERT_EQ(account.status, 200);
    EXPECT_TRUE(contains(account.body, "<h2 id=\"benachrichtigungen\">Mitteilungen per E-Mail</h2>"));
    EXPECT_TRUE(contains(account.body, "value=\"taeglich\" checked")) << "the default";
    EXPECT_TRUE(contains(account.body, "<label for=\"mail_mode_sofort\">Sofort, mit einer E-Mail je Mitteilung</label>"));

    // Without the form token nothing changes.
    EXPECT_EQ(jena.post("/konto/benachrichtigungen", {{"mail_mode", "sofort"}}, false).status, 403);
    EXPECT_TRUE(contains(jena.get("/konto").body, "value=\"taeglich\" checked"));

    HttpAnswer invalid = jena.post("/konto/benachrichtigungen", {{"mail_mode", "stuendlich"}});
    EXPECT_EQ(invalid.status, 422);
    EXPECT_TRUE(contains(invalid.body, "Bitte wählen Sie eine der angebotenen Möglichkeiten."));
    EXPECT_TRUE(contains(invalid.body, "aria-describedby=\"mail_mode-error\""));
    EXPECT_TRUE(contains(invalid.body, "value=\"taeglich\" checked"));

    HttpAnswer saved = jena.post("/konto/benachrichtigungen", {{"mail_mode", "woechentlich"}});
    EXPECT_EQ(saved.status, 200);
    EXPECT_TRUE(contains(saved.body, "Gespeichert. Mitteilungen per E-Mail: Einmal wöchentlich als Zusammenfassung"));
    EXPECT_TRUE(contains(jena.get("/konto").body, "value=\"woechentlich\" checked"));

    // The public may not; GET is no way to change it.
    HttpSession visitor(port());
    EXPECT_EQ(visitor.post("/konto/benachrichtigungen", {{"mail_mode", "nie"}}).status, 401);
    EXPECT_EQ(jena.get("/konto/benachrichtigungen").status, 405);
    EXPECT_TRUE(contains(jena.get("/konto").body, "value=\"woechentlich\" checked"));
}

TEST_F(NotificationMailTest, AtOnceSendsAMailWithOneClickUnsubscribeThatWorksByButtonAndByBarePost)
{
    choose("sofort");
    leipzig_is_interested_in("Beratungsbus im Wohngebiet");
    ASSERT_TRUE(wait_for_mails_to(JENA_EMAIL, 1));
    const std::string mail = mails_to(JENA_EMAIL).front();
    EXPECT_EQ(subject(mail),
              "Neu bei „Rund um die Familie“: Leipzig interessiert sich für Ihr Praxisbeispiel „Beratungsbus im "
              "Wohngebiet“.");
    const std::string path = unsubscribe_path(mail);
    ASSERT_EQ(path.size(), UNSUBSCRIBE.size() + 43) << mailtest::raw_header(mail, "List-Unsubscribe");
    EXPECT_EQ(mailtest::raw_header(mail, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
    const std::string body = body_text(mail);
    EXPECT_TRUE(contains(body, "Guten Tag Stefanie Beispiel,")) << body;
    EXPECT_TRUE(contains(body, BASE_URL + path)) << body;
    EXPECT_TRUE(contains(body, BASE_URL + "/konto#mitteilungen")) << body;
    EXPECT_TRUE(contains(body, "#interesse")) << body;

    // The link shows a button and changes nothing by itself (mail scanners open links).
    HttpSession browser(port());
    HttpAnswer page = browser.get(path);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<form method=\"post\" action=\"" + path + "\""));
    EXPECT_TRUE(contains(page.body, "E-Mails abbestellen</button>"));
    HttpSession jena = m_site->signed_in(JENA_EMAIL);
    EXPECT_TRUE(contains(jena.get("/konto").body, "value=\"sofort\" checked"));

    // A mail program posts without any cookie or form token.
    HttpAnswer one_click = http_request(port(), "POST", path, "List-Unsubscribe=One-Click");
    EXPECT_EQ(one_click.status, 200);
    EXPECT_TRUE(contains(one_click.body, "Sie bekommen keine E-Mails mehr zu Ihren Mitteilungen."));
    EXPECT_TRUE(contains(one_click.body, "href=\"/konto#benachrichtigungen\""));
    EXPECT_TRUE(contains(jena.get("/konto").body, "value=\"nie\" checked"));

    // Back to at once: the next mail has a new link, and the button (a browser's form) works.
    choose("sofort");
    leipzig_is_interested_in("Familienpass für alle");
    ASSERT_TRUE(wait_for_mails_to(JENA_EMAIL, 2));
    std::string second_path;
    for (const std::string& each : mails_to(JENA_EMAIL)) {
        if (contains(subject(each), "Familienpass für alle")) {
            second_path = unsubscribe_path(each);
        }
    }
    ASSERT_FALSE(second_path.empty());
    EXPECT_NE(second_path, path);
    browser.get(second_path);
    HttpAnswer clicked = browser.post(second_path, {{"List-Unsubscribe", "One-Click"}}, false);
    EXPECT_EQ(clicked.status, 200);
    EXPECT_TRUE(contains(clicked.body, "E-Mails abbestellt"));
    EXPECT_TRUE(contains(jena.get("/konto").body, "value=\"nie\" checked"));
    // The first mail's link still works.
    EXPECT_EQ(http_request(port(), "POST", path, "List-Unsubscribe=One-Click").status, 200);
}

TEST_F(NotificationMailTest, AnUnknownUnsubscribeLinkIsAClearNotFound)
{
    const std::string path = UNSUBSCRIBE + std::string(43, 'x');
    HttpAnswer page = http_get(port(), path);
    EXPECT_EQ(page.status, 404);
    EXPECT_TRUE(contains(page.body, "Diesen Abbestell-Link kennen wir nicht."));
    HttpAnswer posted = http_request(port(), "POST", path, "List-Unsubscribe=One-Click");
    EXPECT_EQ(posted.status, 404);
    EXPECT_TRUE(contains(posted.body, "Diesen Abbestell-Link kennen wir nicht."));
}

TEST_F(NotificationMailTest, TheDailyDigestCombinesWhatCameInSinceTheMorningIntoOneMail)
{
    const auto created = std::chrono::system_clock::now();
    leipzig_is_interested_in("Beratungsbus im Wohngebiet");
    // Notification times have whole seconds: within one second there is no "older".
    std::this_thread::sleep_for(std::chrono::milliseconds(1100));
    leipzig_is_interested_in("Familienpass für alle");
    // The next 07:00 in Berlin comes within 26 hours (days have 23 to 25 hours).
    set_clock(created + std::chrono::hours(26));
    ASSERT_TRUE(wait_for_mails_to(JENA_EMAIL, 1));
    const auto mails = mails_to(JENA_EMAIL);
    ASSERT_EQ(mails.size(), 1U);
    EXPECT_EQ(subject(mails[0]), "2 neue Mitteilungen bei „Rund um die Familie“");
    const std::string body = body_text(mails[0]);
    EXPECT_TRUE(contains(body, "Leipzig interessiert sich für Ihr Praxisbeispiel „Beratungsbus im Wohngebiet“."));
    EXPECT_TRUE(contains(body, "Leipzig interessiert sich für Ihr Praxisbeispiel „Familienpass für alle“."));
    EXPECT_LT(body.find("Beratungsbus"), body.find("Familienpass")) << "oldest first";
    EXPECT_FALSE(unsubscribe_path(mails[0]).empty());
    // Marked as emailed: the next rounds of the mailer send nothing more.
    std::this_thread::sleep_for(std::chrono::seconds(7));
    EXPECT_EQ(mails_to(JENA_EMAIL).size(), 1U);
}

// The same site, but mail goes to an SMTP server that is down at first.
class NotificationMailOutageTest : public NotificationMailTest {
protected:
    void SetUp() override
    {
        m_receiver.stop();
        NotificationMailTest::SetUp();
    }

    std::vector<std::string> site_arguments() const override
    {
        auto arguments = NotificationMailTest::site_arguments();
        arguments.insert(arguments.end(), {"--smtp", m_receiver.url(), "--mail-from",
                                           "Rund um die Familie <netzwerk@rundum.example>"});
        return arguments;
    }

    std::vector<std::string> mails_to(const std::string& address) const override
    {
        std::vector<std::string> found;
        for (const auto& message : m_receiver.messages()) {
            if (is_notification_mail(message.data) && message.recipients == std::vector<std::string>{address}) {
                found.push_back(message.data);
            }
        }
        return found;
    }

    mailtest::SmtpReceiver m_receiver;
};

TEST_F(NotificationMailOutageTest, AMailAtOnceWaitsInTheQueueWhileTheMailServerIsDown)
{
    choose("sofort");
    leipzig_is_interested_in("Beratungsbus im Wohngebiet");
    // The sender has tried and failed: the admin sees the waiting mail.
    HttpSession admin = m_site->signed_in(ADMIN_EMAIL);
    bool waiting = false;
    for (int i = 0; i < 300 && !waiting; ++i) {
        const std::string page = admin.get("/verwaltung").body;
        waiting = contains(page, "Noch nicht versandte E-Mails") && contains(page, JENA_EMAIL);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_TRUE(waiting);
    EXPECT_TRUE(mails_to(JENA_EMAIL).empty());

    m_receiver.start();
    ASSERT_TRUE(wait_for_mails_to(JENA_EMAIL, 1));
    const std::string mail = mails_to(JENA_EMAIL).front();
    EXPECT_TRUE(contains(subject(mail), "Beratungsbus im Wohngebiet")) << subject(mail);
    EXPECT_FALSE(unsubscribe_path(mail).empty());
    EXPECT_EQ(mailtest::raw_header(mail, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
}

} // namespace
} // namespace rundum::testing
