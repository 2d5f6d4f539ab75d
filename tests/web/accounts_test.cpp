// SPDX-License-Identifier: EUPL-1.2
// Members over HTTP, on every backend: who may do what (a matrix of roles and actions), CSRF,
// one-time links, throttling, session expiry, signing out everywhere, own data, deletion.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "../mail/smtp_receiver.hpp"
#include "concurrent_edit.hpp"
#include "demo_site.hpp"
#include "http_session.hpp"
#include "process.hpp"
#include "stored_text.hpp"
#include "test_database.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Kita-Ausbau in Jena geht voran";

// Five wrong passwords for `email` from one address get the same answer; the sixth try waits,
// even with the right password.
void expect_sixth_try_throttled(unsigned short port, const std::string& email)
{
    HttpSession attacker(port);
    for (int i = 0; i < 5; ++i) {
        auto wrong = attacker.sign_in(email, "falsches Passwort " + std::to_string(i));
        EXPECT_EQ(wrong.status, 200);
        EXPECT_TRUE(contains(wrong.body, "stimmen nicht"));
    }
    auto blocked = attacker.sign_in(email, PASSPHRASE);
    EXPECT_EQ(blocked.status, 429);
    EXPECT_TRUE(contains(blocked.body, "Minuten")) << blocked.body;
    EXPECT_TRUE(attacker.cookie("rundum_session").empty());
}

class AccountsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
        s_admin_link = s_site->admin_link;
        s_jena_link = s_site->coordinator_link;
    }

    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static std::string data() { return s_site->data(); }
    static unsigned short port() { return s_site->port(); }
    static CommandResult rundum(std::vector<std::string> arguments) { return s_site->rundum(std::move(arguments)); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    static inline DemoSite* s_site = nullptr;
    static inline std::string s_admin_link;
    static inline std::string s_jena_link;
};

struct Expectation {
    const char* method;
    const char* path;
    int public_status;
    int coordinator_status;
    int admin_status;
};

TEST_F(AccountsTest, PermissionMatrixOfRolesAndActions)
{
    HttpSession anonymous(port());
    HttpSession coordinator = signed_in(JENA_EMAIL);
    HttpSession admin = signed_in(ADMIN_EMAIL);
    const std::vector<Expectation> matrix = {
        {"GET", "/staedte/jena", 200, 200, 200},
        {"GET", "/staedte/jena/bearbeiten", 303, 200, 200},
        {"GET", "/staedte/berlin/bearbeiten", 303, 403, 200},
        {"POST", "/staedte/berlin/bearbeiten", 401, 403, 400}, // admin: allowed, but the empty form is invalid
        {"GET", "/staedte/jena/versionen", 303, 200, 200},
        {"GET", "/staedte/berlin/versionen", 303, 403, 200},
        {"GET", "/staedte/atlantis/bearbeiten", 303, 404, 404},
        {"GET", "/verwaltung", 303, 403, 200},
        {"POST", "/verwaltung/einladen", 401, 403, 400},
        {"GET", "/konto", 303, 200, 200},
        {"GET", "/konto/daten.json", 303, 200, 200},
    };
    for (const Expectation& row : matrix) {
        const int expected[] = {row.public_status, row.coordinator_status, row.admin_status};
        HttpSession* sessions[] = {&anonymous, &coordinator, &admin};
        const char* roles[] = {"public", "coordinator of Jena", "admin"};
        for (int i = 0; i < 3; ++i) {
            HttpAnswer answer = std::string(row.method) == "GET" ? sessions[i]->get(row.path)
                                                                 : sessions[i]->post(row.path, {});
            EXPECT_EQ(answer.status, expected[i]) << row.method << " " << row.path << " as " << roles[i];
        }
    }
    // Berlin's data is unchanged after all of that.
    EXPECT_TRUE(contains(anonymous.get("/staedte/berlin").body, "Berliner Beirat für Familienfragen"));
}

TEST_F(AccountsTest, ThePublicSeesNoEditingLinks)
{
    HttpSession anonymous(port());
    EXPECT_FALSE(contains(anonymous.get("/staedte/jena").body, "/bearbeiten"));
    HttpSession coordinator = signed_in(JENA_EMAIL);
    EXPECT_TRUE(contains(coordinator.get("/staedte/jena").body, "/staedte/jena/bearbeiten"));
    EXPECT_FALSE(contains(coordinator.get("/staedte/berlin").body, "/bearbeiten"));
}

TEST_F(AccountsTest, AFormWithoutTheRightTokenChangesNothing)
{
    HttpSession coordinator = signed_in(JENA_EMAIL);
    const FormFields change = {{"alliance", "Von fremder Seite"}, {"postcode", "07743"}};
    EXPECT_EQ(coordinator.post("/staedte/jena/bearbeiten", change, false).status, 403);
    auto wrong = change;
    std::string token = coordinator.form_token();
    token[0] = token[0] == 'x' ? 'y' : 'x'; // one character off
    wrong.emplace_back("csrf", token);
    EXPECT_EQ(coordinator.post("/staedte/jena/bearbeiten", wrong, false).status, 403);
    EXPECT_FALSE(contains(coordinator.get("/staedte/jena").body, "Von fremder Seite"));
}

FormFields jena_form(const std::string& statement, const std::string& postcode = "07743")
{
    return {{"alliance", "Jenaer Bündnis für Familie"},
            {"contact_rows", "2"},
            {"contact_1_id", "contact-jena-1"}, {"contact_1_name", "Stefanie Frommann"}, {"contact_1_role", "Koordination"},
            {"contact_1_publish_name", "ja"},
            {"contact_2_id", ""}, {"contact_2_name", "Paul Privat"}, {"contact_2_role", "Vertretung"},
            {"contact_2_email", "paul.privat@jena.example"}, {"contact_2_phone", "03641 123456"},
            {"statement", statement},
            {"recipient_lines", "Jenaer Bündnis für Familie\nc/o Arbeiter-Samariter-Bund Kreisverband Jena e.V."},
            {"street", "Dornburger Straße 26"}, {"postcode", postcode}, {"locality", "Jena"},
            {"website", "https://www.familienbuendnis-jena.de"}};
}

TEST_F(AccountsTest, ASaveOfTheCityProfileAgainstANewerStateOverwritesNothing)
{
    HttpSession coordinator = signed_in(JENA_EMAIL);
    HttpSession admin = signed_in(ADMIN_EMAIL);
    expect_second_save_refused(coordinator, admin,
                               {"/staedte/jena/bearbeiten", jena_form("Wir laden zum Familienfrühstück ein."),
                                "Familienfrühstück", "/staedte/jena/bearbeiten",
                                jena_form("Wir eröffnen ein Familiencafé."), "Wir eröffnen ein Familiencafé.",
                                "href=\"/staedte/jena/versionen\"", [&] { return HttpSession(port()).get("/staedte/jena").body; }});
}

TEST_F(AccountsTest, ACoordinatorEditsTheStatementAndCanRestoreAnEarlierVersion)
{
    HttpSession coordinator = signed_in(JENA_EMAIL);
    auto invalid = coordinator.post("/staedte/jena/bearbeiten", jena_form("Text", "123"));
    EXPECT_EQ(invalid.status, 400);
    EXPECT_TRUE(contains(invalid.body, "aria-describedby=\"postcode-error\"")) << invalid.body;
    EXPECT_TRUE(contains(invalid.body, "Postleitzahl von Jena muss aus 5 Ziffern")) << invalid.body;
    EXPECT_TRUE(contains(invalid.body, "value=\"123\"")); // what was typed is kept

    auto saved = coordinator.post("/staedte/jena/bearbeiten",
                                  jena_form("Wir **vernetzen** Familien.\n\n<script>alert(1)</script>"));
    ASSERT_EQ(saved.status, 303) << saved.body;
    HttpSession anonymous(port());
    const std::string page = anonymous.get("/staedte/jena").body;
    EXPECT_TRUE(contains(page, "Wir <strong>vernetzen</strong> Familien.")) << page;
    EXPECT_FALSE(contains(page, "<script>alert"));
    // Paul gave no consent: nothing of him is public, but his coordinator still sees him.
    for (const char* path : {"/staedte/jena", "/staedte", "/api/v1/cities/jena", "/staedte/jena/kontakt.vcf"}) {
        const std::string body = anonymous.get(path).body;
        EXPECT_FALSE(contains(body, "Paul Privat")) << path;
        EXPECT_FALSE(contains(body, "paul.privat")) << path;
        EXPECT_FALSE(contains(body, "123456")) << path;
        EXPECT_TRUE(contains(body, "Stefanie Frommann")) << path;
    }
    EXPECT_TRUE(contains(coordinator.get("/staedte/jena/bearbeiten").body, "Paul Privat"));

    auto versions = coordinator.get("/staedte/jena/versionen");
    ASSERT_EQ(versions.status, 200);
    EXPECT_TRUE(contains(versions.body, "Ausgangsstand"));
    EXPECT_TRUE(contains(versions.body, "Stefanie Beispiel"));
    EXPECT_TRUE(contains(versions.body, "diff-new"));

    ASSERT_EQ(coordinator.post("/staedte/jena/versionen", {{"version", "1"}}).status, 303);
    EXPECT_FALSE(contains(anonymous.get("/staedte/jena").body, "vernetzen"));
    EXPECT_EQ(coordinator.post("/staedte/jena/versionen", {{"version", "999"}}).status, 404);

    auto log = signed_in(ADMIN_EMAIL).get("/verwaltung").body;
    EXPECT_TRUE(contains(log, "Stadtprofil geändert"));
    EXPECT_TRUE(contains(log, "Stadtprofil wiederhergestellt"));
}

// A 4x3 red PNG.
constexpr char TINY_PNG_BYTES[] = "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x04\x00\x00\x00\x03\x08\x02\x00\x00\x00\x3b\x96\x39\x91\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9c\x63\x38\x21\x27\x07\x47\x0c\x38\x39\x00\xf5\xc7\x0c\x31\x07\xeb\xad\x99\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
const std::string TINY_PNG(TINY_PNG_BYTES, sizeof TINY_PNG_BYTES - 1);

TEST_F(AccountsTest, ACoordinatorUploadsAnImageThatIsCheckedByContentAndReencoded)
{
    HttpSession coordinator = signed_in(JENA_EMAIL);
    auto pdf = coordinator.post_file("/staedte/jena/bild", {{"alt", "Logo"}}, "image", "logo.png", "image/png",
                                     "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n");
    EXPECT_EQ(pdf.status, 400);
    EXPECT_TRUE(contains(pdf.body, "PNG, JPEG, GIF oder WebP")) << pdf.body;
    auto no_alt = coordinator.post_file("/staedte/jena/bild", {{"alt", " "}}, "image", "logo.png", "image/png", TINY_PNG);
    EXPECT_EQ(no_alt.status, 400);
    EXPECT_EQ(HttpSession(port()).get("/staedte/jena/bild").status, 404);

    auto saved = coordinator.post_file("/staedte/jena/bild", {{"alt", "Logo des Jenaer Bündnisses"}}, "image",
                                       "logo.exe", "application/octet-stream", TINY_PNG);
    ASSERT_EQ(saved.status, 303) << saved.body;
    HttpSession anonymous(port());
    auto image = anonymous.get("/staedte/jena/bild");
    EXPECT_EQ(image.status, 200);
    EXPECT_EQ(image.content_type, "image/png");
    EXPECT_TRUE(image.body.starts_with("\x89PNG"));
    EXPECT_TRUE(contains(anonymous.get("/staedte/jena").body, "alt=\"Logo des Jenaer Bündnisses\""));
    // Berlin's coordinator may not, and the public may not either.
    EXPECT_EQ(coordinator.post_file("/staedte/berlin/bild", {{"alt", "x"}}, "image", "a.png", "image/png", TINY_PNG).status, 403);
    EXPECT_EQ(anonymous.post_file("/staedte/jena/bild", {{"alt", "x"}}, "image", "a.png", "image/png", TINY_PNG).status, 401);

    ASSERT_EQ(coordinator.post("/staedte/jena/bild/entfernen", {}).status, 303);
    EXPECT_EQ(anonymous.get("/staedte/jena/bild").status, 404);
}

TEST_F(AccountsTest, AnInvitationLinkWorksExactlyOnce)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    auto invited = admin.post("/verwaltung/einladen", {{"email", "Neu@Leipzig.example"}, {"city", "city-leipzig"}});
    ASSERT_EQ(invited.status, 200);
    EXPECT_FALSE(contains(invited.body, "/passwort-setzen/")) << "only the invitee gets the link";
    // The link is made when the mail goes out: it is in the sent mail only.
    std::string link;
    for (int i = 0; i < 150 && link.empty(); ++i) {
        for (const std::string& mail : s_site->outbox_mails()) {
            const std::string text = mail::testing::decode_quoted_printable(mail);
            const auto start = text.find("/passwort-setzen/");
            if (contains(mail, "neu@leipzig.example") && start != std::string::npos) {
                link = text.substr(start, std::string("/passwort-setzen/").size() + 43);
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ASSERT_FALSE(link.empty()) << "no invitation in the outbox";

    HttpSession invitee(port());
    auto too_short = invitee.set_password(link, "Lea Leipzig", "kurz");
    EXPECT_EQ(too_short.status, 400);
    EXPECT_TRUE(contains(too_short.body, "mindestens 12 Zeichen"));
    auto common = invitee.set_password(link, "Lea Leipzig", "passwort1234");
    EXPECT_EQ(common.status, 400);
    ASSERT_EQ(invitee.set_password(link, "Lea Leipzig", PASSPHRASE).status, 303);
    EXPECT_TRUE(contains(invitee.get("/konto").body, "Leipzig"));

    HttpSession second(port());
    auto again = second.get(link);
    EXPECT_EQ(again.status, 404);
    EXPECT_TRUE(contains(again.body, "ungültig"));
    EXPECT_EQ(second.set_password(link, "Angreifer", "Ein anderes langes Passwort").status, 404);

    auto duplicate = admin.post("/verwaltung/einladen", {{"email", "neu@leipzig.example"}, {"city", "city-leipzig"}});
    EXPECT_EQ(duplicate.status, 409);
    EXPECT_TRUE(contains(duplicate.body, "schon einen Zugang"));
    auto bad = admin.post("/verwaltung/einladen", {{"email", "kein-at-zeichen"}, {"city", "city-leipzig"}});
    EXPECT_EQ(bad.status, 400);
}

TEST_F(AccountsTest, WrongPasswordsAreThrottledPerAccount)
{
    const std::string email = "gedrosselt@hamm.example";
    const std::string link = rundum({"user", "add", "--data", data(), "--coordinator", email, "--city", "hamm"}).out;
    ASSERT_EQ(HttpSession(port()).set_password(path_of(link), "Hanna Hamm", PASSPHRASE).status, 303);
    expect_sixth_try_throttled(port(), email);
    // Other accounts are not affected.
    EXPECT_EQ(HttpSession(port()).sign_in(JENA_EMAIL, PASSPHRASE).status, 303);
}

TEST_F(AccountsTest, WhatWasTypedForNoAccountIsStoredNowhere)
{
    // A password typed into the e-mail field, and an address that has no account.
    const std::string password_as_email = "sommerferien-jena-2026!"; // as typed, and as normalised
    const std::string unknown = "niemand-hier@nirgends.example";
    HttpSession visitor(port());
    auto mistyped = visitor.sign_in(password_as_email, "irgendwas");
    EXPECT_EQ(mistyped.status, 200);
    EXPECT_TRUE(contains(mistyped.body, "stimmen nicht"));
    EXPECT_EQ(visitor.sign_in(unknown, "irgendwas").status, 200);
    // A wrong password for an existing account is recorded under its address, as before.
    EXPECT_EQ(visitor.sign_in(JENA_EMAIL, "falsch, aber ein Konto").status, 200);

    const std::string stored = stored_text({s_site->data(), s_site->database_url()});
    ASSERT_TRUE(contains(stored, "sign_in_attempts: " + JENA_EMAIL)) << stored.substr(0, 400);
    EXPECT_FALSE(contains(stored, password_as_email)) << "sign_in_attempts or audit_log keep the typed password";
    EXPECT_FALSE(contains(stored, "sommerferien")) << "not even in part";
    EXPECT_FALSE(contains(stored, unknown));
    EXPECT_FALSE(contains(signed_in(ADMIN_EMAIL).get("/verwaltung").body, "sommerferien"));
}

TEST_F(AccountsTest, AnAddressWithoutAnAccountIsThrottledLikeOneWith)
{
    // Otherwise the sixth answer would tell which addresses have accounts.
    const std::string unknown = "gibt-es-nicht@hamm.example";
    expect_sixth_try_throttled(port(), unknown);
    EXPECT_FALSE(contains(stored_text({s_site->data(), s_site->database_url()}), unknown));
}

TEST_F(AccountsTest, SessionCookiesAreHttpOnlyAndSameSite)
{
    HttpSession session(port());
    auto answer = session.sign_in(JENA_EMAIL, PASSPHRASE);
    ASSERT_EQ(answer.status, 303);
    std::string cookie;
    for (const auto& [name, value] : answer.headers) {
        if (name == "Set-Cookie" && value.starts_with("rundum_session=")) {
            cookie = value;
        }
    }
    EXPECT_TRUE(contains(cookie, "HttpOnly"));
    EXPECT_TRUE(contains(cookie, "SameSite=Lax"));
    EXPECT_EQ(session.cookie("rundum_session").size(), 43U);
}

TEST_F(AccountsTest, SigningOutEverywhereEndsEverySession)
{
    HttpSession office = signed_in(JENA_EMAIL);
    HttpSession home = signed_in(JENA_EMAIL);
    EXPECT_EQ(home.get("/konto").status, 200);
    EXPECT_EQ(office.post("/konto/ueberall-abmelden", {}).status, 303);
    EXPECT_EQ(home.get("/konto").status, 303);
    EXPECT_EQ(office.get("/konto").status, 303);
    HttpSession again = signed_in(JENA_EMAIL);
    EXPECT_EQ(again.post("/abmelden", {}).status, 303);
    EXPECT_EQ(again.get("/konto").status, 303);
}

TEST_F(AccountsTest, MembersDownloadTheirDataAndDeleteTheirAccount)
{
    const std::string email = "weg@essen.example";
    const std::string link = rundum({"user", "add", "--data", data(), "--coordinator", email, "--city", "essen"}).out;
    HttpSession member(port());
    ASSERT_EQ(member.set_password(path_of(link), "Emil Essen", PASSPHRASE).status, 303);
    auto data_file = member.get("/konto/daten.json");
    ASSERT_EQ(data_file.status, 200);
    EXPECT_EQ(data_file.content_type, "application/json");
    EXPECT_TRUE(contains(data_file.body, "\"email\": \"weg@essen.example\""));
    EXPECT_TRUE(contains(data_file.body, "password_set"));
    EXPECT_FALSE(contains(data_file.body, "argon2"));

    EXPECT_EQ(member.post("/konto/loeschen", {}).status, 400);
    EXPECT_EQ(member.post("/konto/loeschen", {{"confirm", "ja"}}).status, 303);
    EXPECT_EQ(member.get("/konto").status, 303);
    EXPECT_EQ(HttpSession(port()).sign_in(email, PASSPHRASE).status, 200); // no such account any more
}

TEST_F(AccountsTest, SignInSendsTheMemberBackToWhereTheyWanted)
{
    HttpSession member(port());
    auto redirect = member.get("/staedte/jena/bearbeiten");
    ASSERT_EQ(redirect.status, 303);
    EXPECT_EQ(redirect.header("Location"), "/anmelden?weiter=/staedte/jena/bearbeiten");
    member.get("/anmelden?weiter=/staedte/jena/bearbeiten");
    auto signed_in = member.post("/anmelden", {{"email", JENA_EMAIL}, {"password", PASSPHRASE},
                                              {"weiter", "/staedte/jena/bearbeiten"}});
    EXPECT_EQ(signed_in.header("Location"), "/staedte/jena/bearbeiten");
    HttpSession other(port());
    other.get("/anmelden");
    auto elsewhere = other.post("/anmelden", {{"email", JENA_EMAIL}, {"password", PASSPHRASE},
                                              {"weiter", "//evil.example/"}});
    EXPECT_EQ(elsewhere.header("Location"), "/konto");

    // The query goes along, escaped so that its "&" and "=" stay the path's own.
    HttpSession asking(port());
    auto to_question = asking.get("/fragen/neu?projekt=p-jena-familienpass&thema=bildung");
    ASSERT_EQ(to_question.status, 303);
    EXPECT_EQ(to_question.header("Location"),
              "/anmelden?weiter=/fragen/neu%3Fprojekt%3Dp-jena-familienpass%26thema%3Dbildung");
    auto form = asking.get(to_question.header("Location"));
    EXPECT_TRUE(contains(form.body, "value=\"/fragen/neu?projekt=p-jena-familienpass&amp;thema=bildung\""))
        << "the sign-in form carries the whole way back";
    auto back = asking.post("/anmelden", {{"email", JENA_EMAIL}, {"password", PASSPHRASE},
                                          {"weiter", "/fragen/neu?projekt=p-jena-familienpass&thema=bildung"}});
    EXPECT_EQ(back.header("Location"), "/fragen/neu?projekt=p-jena-familienpass&thema=bildung");
}

TEST_F(AccountsTest, TheCommandLineRefusesUnknownCitiesAndTakenAddresses)
{
    auto unknown = rundum({"user", "add", "--data", data(), "--coordinator", "x@y.example", "--city", "atlantis"});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_TRUE(contains(unknown.err, "atlantis")) << unknown.err;
    auto taken = rundum({"user", "add", "--data", data(), "--admin", ADMIN_EMAIL});
    EXPECT_EQ(taken.exit_code, 1);
    EXPECT_TRUE(contains(taken.err, "schon einen Zugang")) << taken.err;
    auto neither = rundum({"user", "add", "--data", data()});
    EXPECT_EQ(neither.exit_code, 2);
}

TEST(AccountSessions, ExpireAfterTheirLifetime)
{
    TemporaryDirectory directory;
    TestDatabase database;
    const std::string data = (directory.path() / "data").string();
    auto with_db = [&](std::vector<std::string> arguments) {
        arguments.insert(arguments.begin(), rundum_binary());
        for (const std::string& argument : database.arguments()) {
            arguments.push_back(argument);
        }
        return run_command(arguments);
    };
    ASSERT_EQ(with_db({"init", "--data", data, "--demo"}).exit_code, 0);
    const std::string link = with_db({"user", "add", "--data", data, "--admin", ADMIN_EMAIL}).out;
    auto arguments = database.arguments();
    arguments.insert(arguments.end(), {"--session-hours", "0.001"}); // 4 seconds
    ServerProcess server(data, arguments);
    HttpSession member(server.port());
    ASSERT_EQ(member.set_password(path_of(link), "Kurz Angemeldet", PASSPHRASE).status, 303);
    EXPECT_EQ(member.get("/konto").status, 200);
    std::this_thread::sleep_for(std::chrono::seconds(5));
    EXPECT_EQ(member.get("/konto").status, 303);
}

} // namespace
} // namespace rundum::testing
