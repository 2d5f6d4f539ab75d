// SPDX-License-Identifier: EUPL-1.2
// What a penetration test found, one test per class of hole, against a real server on every
// backend: headers and redirects, malformed HTTP, form bodies before the CSRF check, CSRF bound
// to the session, sign-in throttling behind a proxy, password reset, token revocation, search
// corrections, caching of personal answers.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <boost/json.hpp>

#include "../mail/smtp_receiver.hpp"
#include "demo_site.hpp"
#include "http_session.hpp"
#include "process.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Sicher ist sicher in Jena";
const std::string MEMBERS_ONLY_WORD = "Notfallbetreuung"; // only in a members-only demo project

class SecurityTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        // The test client is the trusted proxy: X-Forwarded-For then names the "client".
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}, {"--trusted-proxy", "127.0.0.1"});
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }
    static std::string raw(const std::string& bytes) { return raw_http_exchange(port(), bytes); }

    /// A coordinator of `city` with a password, returning the address.
    static std::string new_member(const std::string& local_part, const std::string& city)
    {
        const std::string email = local_part + "@" + city + ".example";
        const std::string link =
            s_site->rundum({"user", "add", "--data", s_site->data(), "--coordinator", email, "--city", city}).out;
        HttpSession(port()).set_password(path_of(link), "Test " + local_part, PASSPHRASE);
        return email;
    }

    static inline DemoSite* s_site = nullptr;
};

// A Location that a browser reads as a path of this site.
bool stays_on_site(const std::string& location)
{
    if (location.size() < 1 || location[0] != '/' || (location.size() > 1 && (location[1] == '/' || location[1] == '\\'))) {
        return false;
    }
    for (char c : location) {
        if (static_cast<unsigned char>(c) < 0x21 || c == '\\' || static_cast<unsigned char>(c) >= 0x7F) {
            return false;
        }
    }
    return true;
}

// The header block of a raw answer, up to the empty line.
std::string head_of(const std::string& answer)
{
    return answer.substr(0, answer.find("\r\n\r\n"));
}

TEST_F(SecurityTest, TheTrailingSlashRedirectNeverSplitsTheResponse)
{
    const std::string answer = raw("GET /a%0d%0aSet-Cookie:%20planted=1%0d%0aContent-Length:%200/ HTTP/1.1\r\n"
                                   "Host: x\r\nConnection: close\r\n\r\n");
    ASSERT_EQ(raw_status(answer), 301) << answer;
    const std::string head = head_of(answer);
    EXPECT_FALSE(contains(head, "\r\nSet-Cookie: planted")) << head;
    EXPECT_EQ(head.find("Content-Length: 0\r\n"), std::string::npos) << head;
    EXPECT_TRUE(contains(head, "Location: /a%0D%0ASet-Cookie:%20planted=1")) << head;
}

TEST_F(SecurityTest, TheTrailingSlashRedirectNeverLeavesTheSite)
{
    for (const std::string target : {"//evil.example/", "/%5Cevil.example/", "/%09/evil.example/",
                                     "/%2F%2Fevil.example/", "/%0a/evil.example/", "///evil.example//"}) {
        HttpAnswer answer = http_get(port(), target);
        const std::string location = answer.header("Location");
        EXPECT_TRUE(location.empty() || stays_on_site(location)) << target << " -> " << location;
        EXPECT_NE(answer.status, 500) << target;
    }
    EXPECT_EQ(http_get(port(), "/staedte/").header("Location"), "/staedte");
    EXPECT_EQ(http_get(port(), "/suche/?q=Kita").header("Location"), "/suche?q=Kita");
}

TEST_F(SecurityTest, SignInSendsNobodyOffTheSite)
{
    for (const std::string& wanted : std::vector<std::string>{"/\t/evil.example", "/\r\nSet-Cookie: x=1", "/\\evil.example", "//evil.example",
                                     "https://evil.example/", "/ /evil.example", std::string("/\0/evil", 7)}) {
        HttpSession member(port());
        member.get("/anmelden");
        auto answer = member.post("/anmelden", {{"email", JENA_EMAIL}, {"password", PASSPHRASE}, {"weiter", wanted}});
        ASSERT_EQ(answer.status, 303);
        EXPECT_EQ(answer.header("Location"), "/konto") << "weiter=" << wanted;
        // Signed in already: the sign-in page redirects with the same rule.
        auto again = member.get("/anmelden?weiter=" + std::string("%2F%09%2Fevil.example"));
        EXPECT_EQ(again.header("Location"), "/konto");
    }
}

TEST_F(SecurityTest, MalformedRequestsAreAnsweredWithTheirStatus)
{
    EXPECT_EQ(raw_status(raw("GET /" + std::string(100 * 1024, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n")), 414);
    EXPECT_EQ(raw_status(raw("GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + std::string(1024 * 1024, 'a') + "\r\n\r\n")), 431);
    std::string many = "GET / HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 10000; ++i) {
        many += "X-H" + std::to_string(i) + ": 1\r\n";
    }
    EXPECT_EQ(raw_status(raw(many + "\r\n")), 431);
    EXPECT_EQ(raw_status(raw("GET /\r\n\r\n")), 400) << "HTTP/0.9";
    EXPECT_EQ(raw_status(raw("GET / HTTP/2.0\r\nHost: x\r\n\r\n")), 400);
    EXPECT_EQ(raw_status(raw("POST /anmelden HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 30\r\n\r\nabc")),
              400);
    EXPECT_EQ(raw_status(raw("POST /anmelden HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n"
                             "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")),
              400);
    EXPECT_EQ(raw_status(raw("G@T / HTTP/1.1\r\nHost: x\r\n\r\n")), 400);
    // The server still serves after all of that.
    EXPECT_EQ(http_get(port(), "/").status, 200);
}

TEST_F(SecurityTest, OptionsAndUnknownMethodsNeverGetAPage)
{
    for (const std::string path : {"/", "/konto", "/anmelden", "/verwaltung", "/staedte/jena"}) {
        HttpAnswer options = http_request(port(), "OPTIONS", path);
        EXPECT_EQ(options.status, 204) << path;
        EXPECT_TRUE(options.body.empty()) << path;
        EXPECT_TRUE(contains(options.header("Allow"), "GET")) << path;
    }
    const std::string answer = raw("PROPFIND /konto HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_EQ(raw_status(answer), 501);
    EXPECT_EQ(http_request(port(), "PUT", "/staedte/jena", "x=1").status, 405);
}

TEST_F(SecurityTest, FormBodiesWithoutAFormCookieAreRefusedUnread)
{
    // Only the head is sent: an answer proves the body was never waited for.
    const std::string answer = raw("POST /anmelden HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                                   "Content-Length: 8388608\r\n\r\n");
    EXPECT_EQ(raw_status(answer), 403) << answer.substr(0, 200);
}

TEST_F(SecurityTest, BodiesOverTheirRoutesLimitAreRefusedUnread)
{
    HttpSession visitor(port());
    const std::string token = visitor.form_token();
    const std::string cookie = "rundum_csrf=" + visitor.cookie("rundum_csrf");
    // Sign-in needs kilobytes: 100 KB is refused from the head.
    EXPECT_EQ(raw_status(raw("POST /anmelden HTTP/1.1\r\nHost: x\r\nCookie: " + cookie +
                             "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n")),
              413);
    // Any other form: a megabyte; uploads: the configured upload limit (8 MiB).
    EXPECT_EQ(raw_status(raw("POST /praxisbeispiele/neu HTTP/1.1\r\nHost: x\r\nCookie: " + cookie +
                             "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 2000000\r\n\r\n")),
              413);
    EXPECT_EQ(raw_status(raw("POST /staedte/jena/bild HTTP/1.1\r\nHost: x\r\nCookie: " + cookie +
                             "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 9000000\r\n\r\n")),
              413);
    // A chunked body is cut off once it passes the limit.
    std::string chunked = "POST /anmelden HTTP/1.1\r\nHost: x\r\nCookie: " + cookie +
                          "\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 20; ++i) {
        chunked += "400\r\n" + std::string(1024, 'a') + "\r\n";
    }
    chunked += "0\r\n\r\n";
    EXPECT_EQ(raw_status(raw(chunked)), 413);
    EXPECT_FALSE(token.empty());
}

TEST_F(SecurityTest, FormsWithMoreFieldsThanAnyOfOursAreRefused)
{
    HttpSession visitor(port());
    std::string body = "csrf=" + visitor.form_token();
    for (int i = 0; i < 1500; ++i) {
        body += "&a";
    }
    HttpAnswer answer = http_request(port(), "POST", "/anmelden", body, "rundum_csrf=" + visitor.cookie("rundum_csrf"));
    EXPECT_EQ(answer.status, 400);
    EXPECT_TRUE(contains(answer.body, "mehr Felder")) << answer.body;
}

TEST_F(SecurityTest, APlantedFormCookieIsWorthNothingOnceSignedIn)
{
    HttpSession coordinator = signed_in(JENA_EMAIL);
    const std::string planted(43, 'A');
    coordinator.set_cookie("rundum_csrf", planted);
    auto forged = coordinator.post("/konto/ueberall-abmelden", {{"csrf", planted}}, false);
    EXPECT_EQ(forged.status, 403);
    EXPECT_EQ(coordinator.get("/konto").status, 200) << "still signed in: the forged form did nothing";
    // The page's own token is the session's, not the cookie's.
    const std::string token = coordinator.form_token();
    EXPECT_NE(token, planted);
    EXPECT_NE(token, coordinator.cookie("rundum_csrf"));
    EXPECT_EQ(coordinator.post("/abmelden", {}).status, 303);
}

TEST_F(SecurityTest, WrongPasswordsFromOneAddressNeverLockTheMemberOutElsewhere)
{
    const std::string email = new_member("gedrosselt", "hamm");
    HttpSession attacker(port());
    attacker.set_header("X-Forwarded-For", "203.0.113.9");
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(attacker.sign_in(email, "falsch " + std::to_string(i)).status, 200);
    }
    EXPECT_EQ(attacker.sign_in(email, PASSPHRASE).status, 429) << "the attacker's address waits";
    HttpSession member(port());
    member.set_header("X-Forwarded-For", "198.51.100.7");
    EXPECT_EQ(member.sign_in(email, PASSPHRASE).status, 303) << "the member elsewhere is not locked out";
    // A forged X-Forwarded-For entry before the proxy's own is ignored: the proxy's counts.
    HttpSession forging(port());
    forging.set_header("X-Forwarded-For", "198.51.100.7, 203.0.113.9");
    EXPECT_EQ(forging.sign_in(email, PASSPHRASE).status, 429);
}

TEST_F(SecurityTest, OneAddressTryingManyAccountsIsThrottled)
{
    HttpSession sprayer(port());
    sprayer.set_header("X-Forwarded-For", "203.0.113.77");
    for (int i = 0; i < 30; ++i) {
        EXPECT_EQ(sprayer.sign_in("niemand" + std::to_string(i) + "@x.example", "passwort").status, 200);
    }
    EXPECT_EQ(sprayer.sign_in("niemand-mehr@x.example", "passwort").status, 429);
    HttpSession other(port());
    other.set_header("X-Forwarded-For", "203.0.113.78");
    EXPECT_EQ(other.sign_in(JENA_EMAIL, PASSPHRASE).status, 303);
}

// The reset links in the outbox addressed to `email`, in no particular order.
std::vector<std::string> reset_links(const DemoSite& site, const std::string& email)
{
    std::vector<std::string> links;
    for (const std::string& raw_mail : site.outbox_mails()) {
        if (!contains(raw_mail, "To: " + email) && !contains(raw_mail, "<" + email + ">")) {
            continue;
        }
        const std::string mail = mail::testing::decode_quoted_printable(raw_mail);
        const auto at = mail.find("/passwort-neu/");
        if (at != std::string::npos) {
            links.push_back(mail.substr(at, std::string("/passwort-neu/").size() + 43));
        }
    }
    return links;
}

// Waits (bounded) until `count` reset links for `email` are in the outbox: the mail queue
// delivers in the background, in the order mails were queued.
std::vector<std::string> wait_for_reset_links(const DemoSite& site, const std::string& email, std::size_t count)
{
    for (int i = 0; i < 150; ++i) {
        auto links = reset_links(site, email);
        if (links.size() >= count) {
            return links;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return reset_links(site, email);
}

TEST_F(SecurityTest, APasswordResetHasOneLiveLinkAndRevokesEverything)
{
    const std::string email = new_member("vergesslich", "koblenz");
    HttpSession member = signed_in(email);
    // An API token and a second session, as after a compromise.
    ASSERT_EQ(member.post("/konto/api-token", {{"label", "Skript"}}).status, 200);
    HttpSession elsewhere = signed_in(email);

    HttpSession asking(port());
    asking.set_header("X-Forwarded-For", "192.0.2.10");
    asking.get("/passwort-vergessen");
    ASSERT_EQ(asking.post("/passwort-vergessen", {{"email", email}}).status, 200);
    ASSERT_EQ(asking.post("/passwort-vergessen", {{"email", email}}).status, 200);
    std::vector<std::string> links = wait_for_reset_links(*s_site, email, 2);
    ASSERT_EQ(links.size(), 2U);
    // Exactly one of the two still opens the form: the newer one.
    int working = 0;
    std::string live;
    for (const std::string& link : links) {
        if (HttpSession(port()).get(link).status == 200) {
            ++working;
            live = link;
        }
    }
    ASSERT_EQ(working, 1);
    HttpSession resetting(port());
    ASSERT_EQ(resetting.set_password(live, "Vera Vergesslich", PASSPHRASE + " neu").status, 303);
    EXPECT_EQ(HttpSession(port()).get(live).status, 404) << "used";
    EXPECT_EQ(member.get("/konto").status, 303) << "old sessions end";
    EXPECT_EQ(elsewhere.get("/konto").status, 303);
    HttpSession after(port());
    EXPECT_EQ(after.sign_in(email, PASSPHRASE + " neu").status, 303);
    auto account = after.get("/konto");
    EXPECT_FALSE(contains(account.body, "Skript")) << "API tokens are revoked by a reset";
}

TEST_F(SecurityTest, PasswordResetMailsAreLimitedAndTakeTheSameTimeForAnyAddress)
{
    const std::string email = new_member("vielfrager", "magdeburg");
    HttpSession asking(port());
    asking.set_header("X-Forwarded-For", "192.0.2.20");
    asking.get("/passwort-vergessen");
    for (int i = 0; i < 6; ++i) {
        const auto started = std::chrono::steady_clock::now();
        ASSERT_EQ(asking.post("/passwort-vergessen", {{"email", email}}).status, 200);
        EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(400));
    }
    // A mail queued after all of them marks when they have been delivered.
    const std::string marker = new_member("markierung", "nuernberg");
    HttpSession(port()).post("/passwort-vergessen", {{"email", marker}});
    ASSERT_EQ(wait_for_reset_links(*s_site, marker, 1).size(), 1U);
    EXPECT_EQ(reset_links(*s_site, email).size(), 3U) << "three mails an hour per account";
    const auto started = std::chrono::steady_clock::now();
    HttpSession stranger(port());
    stranger.set_header("X-Forwarded-For", "192.0.2.21");
    stranger.get("/passwort-vergessen");
    auto unknown = stranger.post("/passwort-vergessen", {{"email", "unbekannt@nirgends.example"}});
    EXPECT_EQ(unknown.status, 200);
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(400));
    // One address asking for many accounts is limited too.
    HttpSession flooding(port());
    flooding.set_header("X-Forwarded-For", "192.0.2.22");
    flooding.get("/passwort-vergessen");
    const std::string victim = new_member("postfach", "essen");
    for (int i = 0; i < 10; ++i) {
        std::string stranger_email = std::to_string(i);
        stranger_email += "@nirgends.example";
        flooding.post("/passwort-vergessen", {{"email", stranger_email}});
    }
    flooding.post("/passwort-vergessen", {{"email", victim}});
    const std::string second_marker = new_member("markierung2", "nuernberg");
    HttpSession(port()).post("/passwort-vergessen", {{"email", second_marker}});
    ASSERT_EQ(wait_for_reset_links(*s_site, second_marker, 1).size(), 1U);
    EXPECT_TRUE(reset_links(*s_site, victim).empty());
}

TEST_F(SecurityTest, SigningOutEverywhereOffersToRevokeApiTokens)
{
    const std::string email = new_member("abmelder", "hannover");
    HttpSession member = signed_in(email);
    auto created = member.post("/konto/api-token", {{"label", "Kalender-Skript"}});
    ASSERT_EQ(created.status, 200);
    EXPECT_TRUE(contains(member.get("/konto").body, "name=\"api_tokens\""));
    EXPECT_EQ(member.post("/konto/ueberall-abmelden", {}).status, 303);
    HttpSession again = signed_in(email);
    EXPECT_TRUE(contains(again.get("/konto").body, "Kalender-Skript")) << "kept unless asked";
    EXPECT_EQ(again.post("/konto/ueberall-abmelden", {{"api_tokens", "ja"}}).status, 303);
    HttpSession third = signed_in(email);
    EXPECT_FALSE(contains(third.get("/konto").body, "Kalender-Skript"));
}

TEST_F(SecurityTest, SearchCorrectionsNeverComeFromMembersOnlyWords)
{
    const std::string typo = "Notfallbetreuunq";
    HttpSession member = signed_in(JENA_EMAIL);
    auto for_member = member.get("/api/v1/search?q=" + typo);
    ASSERT_EQ(for_member.status, 200);
    ASSERT_TRUE(contains(for_member.body, MEMBERS_ONLY_WORD)) << "the word is the members-only project's";
    for (const std::string& target : {"/api/v1/search?q=" + typo, "/suche?q=" + typo, "/api/v1/projects?q=" + typo,
                                     "/praxisbeispiele?q=" + typo}) {
        HttpAnswer answer = http_get(port(), target);
        EXPECT_FALSE(contains(answer.body, MEMBERS_ONLY_WORD)) << target;
    }
}

TEST_F(SecurityTest, PersonalAnswersAreNeverStoredForOthers)
{
    HttpSession member = signed_in(JENA_EMAIL);
    for (const std::string path : {"/", "/staedte", "/praxisbeispiele", "/api/v1/adoptions", "/suche?q=Kita"}) {
        HttpAnswer answer = member.get(path);
        EXPECT_EQ(answer.header("Cache-Control"), "private, no-store") << path;
    }
    HttpAnswer anonymous = http_get(port(), "/");
    EXPECT_TRUE(contains(anonymous.header("Vary"), "Cookie"));
}

// Behind HTTPS (--secure-cookies): cookies only this site can set, and browsers keep to HTTPS.
class SecureCookiesTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}, {"--secure-cookies"});
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(SecureCookiesTest, CookiesCarryTheHostPrefixAndAnswersHsts)
{
    HttpAnswer page = http_get(s_site->port(), "/anmelden");
    const std::string set_cookie = page.header("Set-Cookie");
    EXPECT_TRUE(set_cookie.starts_with("__Host-rundum_csrf=")) << set_cookie;
    EXPECT_TRUE(contains(set_cookie, "; Secure")) << set_cookie;
    EXPECT_TRUE(contains(set_cookie, "Path=/")) << set_cookie;
    EXPECT_FALSE(contains(set_cookie, "Domain=")) << set_cookie;
    EXPECT_TRUE(contains(page.header("Strict-Transport-Security"), "max-age=")) << "HSTS";
    // Signing in works with the prefixed cookies, and the session cookie carries the prefix too.
    HttpSession member(s_site->port());
    HttpAnswer signed_in = member.sign_in(JENA_EMAIL, PASSPHRASE);
    ASSERT_EQ(signed_in.status, 303);
    EXPECT_FALSE(member.cookie("__Host-rundum_session").empty());
    EXPECT_TRUE(member.cookie("rundum_session").empty());
    EXPECT_EQ(member.get("/konto").status, 200);
    // A form cookie under the name without the prefix (which any sibling site could set) counts
    // for nothing.
    const std::string token(43, 'B');
    HttpAnswer forged = http_request(s_site->port(), "POST", "/anmelden",
                                     "csrf=" + token + "&email=x%40y.example&password=x", "rundum_csrf=" + token);
    EXPECT_EQ(forged.status, 403);
}

} // namespace
} // namespace rundum::testing
