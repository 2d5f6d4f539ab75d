// SPDX-License-Identifier: EUPL-1.2
// The input rule over HTTP, on every backend: forms and the API refuse broken UTF-8, control
// and bidi characters and overlong text with 400 and a German message, keep what was typed,
// store nothing; the audit log keeps a short row however long the sign-in email was.
#include <gtest/gtest.h>

#include <regex>

#include <boost/json.hpp>

#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Familienzentren in Jena wachsen";

// The bad titles of the penetration test, each with what the German message says.
const std::vector<std::pair<std::string, std::string>> BAD_TITLES = {
    {"Beratungsbus\r\nBcc: alle@example.org", "nur eine Zeile"},
    {std::string(1, '\0'), "Steuerzeichen (U+0000)"},
    {"Beratungsbus \xE2\x80\xAE" "subeb", "Schreibrichtung"},
    {"Beratungsbus \xED\xA0\x80", "kein gültiges UTF-8"},
};

FormFields project_form(const std::string& title)
{
    return {{"title", title},
            {"summary", "Familien in Plattenbaugebieten bekommen Rat vor Ort."},
            {"description", "Ein **Beratungsbus** fährt jede Woche in die Wohngebiete."},
            {"topics", "familien-und-kinderarmut"},
            {"target_groups", "Familien mit kleinen Kindern"},
            {"status", "laeuft"},
            {"start_date", "2024-03"},
            {"end_date", ""},
            {"lead_organisation", "Jenaer Bündnis für Familie"},
            {"partners", "Stadtteilbüro"},
            {"costs_and_funding", ""},
            {"staff_effort", ""},
            {"goals", ""},
            {"results", ""},
            {"success_factors", ""},
            {"stumbling_blocks", ""},
            {"transfer_requirements", ""},
            {"contact_name", "Stefanie Beispiel"},
            {"contact_email", "beratungsbus@jena.example"},
            {"contact_phone", ""},
            {"links", ""},
            {"visibility", "public"}};
}

FormFields city_form(const std::string& alliance, const std::string& statement)
{
    return {{"alliance", alliance}, {"statement", statement}, {"website", ""},      {"recipient_lines", ""},
            {"street", ""},         {"postcode", ""},         {"locality", ""},     {"contact_rows", "0"}};
}

// Whether `text` is JSON in strict UTF-8 (Boost.JSON refuses broken UTF-8 by default).
bool is_strict_json(const std::string& text)
{
    boost::system::error_code error;
    (void)boost::json::parse(text, error);
    return !error;
}

class TextInputTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}); }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static std::string projects() { return http_get(port(), "/api/v1/projects?city=jena").body; }

    static DemoSite* s_site;
};

DemoSite* TextInputTest::s_site = nullptr;

TEST_F(TextInputTest, ACityStatementLongerThan20000CharactersIsRefusedAndTheFormKeepsIt)
{
    HttpSession jena = s_site->signed_in(JENA_EMAIL);
    const std::string before = http_get(port(), "/staedte/jena").body;
    HttpAnswer refused = jena.post("/staedte/jena/bearbeiten", city_form("Bündnis Neu", std::string(20'001, 'a')));
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "höchstens 20000 Zeichen")) << refused.body.substr(0, 2000);
    EXPECT_TRUE(contains(refused.body, "Bündnis Neu")) << "what was typed stays in the form";
    EXPECT_TRUE(contains(refused.body, std::string(20'001, 'a')));
    EXPECT_EQ(http_get(port(), "/staedte/jena").body, before) << "nothing stored";

    HttpAnswer long_alliance = jena.post("/staedte/jena/bearbeiten", city_form(std::string(301, 'b'), ""));
    EXPECT_EQ(long_alliance.status, 400);
    EXPECT_TRUE(contains(long_alliance.body, "höchstens 300 Zeichen"));

    // The limit itself is allowed, and Markdown of nothing but stars renders at once.
    EXPECT_EQ(jena.post("/staedte/jena/bearbeiten", city_form("Bündnis Neu", std::string(20'000, '*'))).status, 303);
    EXPECT_EQ(http_get(port(), "/staedte/jena").status, 200);
}

TEST_F(TextInputTest, ProjectTitlesWithControlBidiOrBrokenBytesAreRefusedInTheForm)
{
    HttpSession jena = s_site->signed_in(JENA_EMAIL);
    const std::string before = projects();
    for (const auto& [title, message] : BAD_TITLES) {
        HttpAnswer refused = jena.post("/praxisbeispiele/neu", project_form(title));
        EXPECT_EQ(refused.status, 400) << message;
        EXPECT_TRUE(contains(refused.body, message)) << message << "\n" << refused.body.substr(0, 3000);
        EXPECT_TRUE(contains(refused.body, "Familien in Plattenbaugebieten")) << "the form keeps the input";
    }
    // Also as raw bytes in the body, not percent-encoded.
    const FormFields rest = project_form("x");
    const std::string raw = "title=Bus+\xED\xA0\x80&" + url_encoded(FormFields(rest.begin() + 1, rest.end()));
    HttpAnswer raw_refused = http_request(port(), "POST", "/praxisbeispiele/neu",
                                          raw + "&csrf=" + jena.form_token(),
                                          "rundum_session=" + jena.cookie("rundum_session") +
                                              "; rundum_csrf=" + jena.cookie("rundum_csrf"));
    EXPECT_EQ(raw_refused.status, 400) << raw_refused.body.substr(0, 600);
    EXPECT_EQ(projects(), before) << "nothing stored";
    EXPECT_TRUE(is_strict_json(projects()));
}

TEST_F(TextInputTest, TheApiRefusesTheSameTitles)
{
    HttpSession jena = s_site->signed_in(JENA_EMAIL);
    HttpAnswer account = jena.post("/konto/api-token", {{"label", "Tabelle"}});
    std::smatch match;
    ASSERT_TRUE(std::regex_search(account.body, match, std::regex("<code class=\"token\">([^<]+)</code>")));
    const std::string bearer = "Bearer " + match[1].str();
    const std::string before = projects();
    const std::vector<std::pair<std::string, std::string>> titles = {
        {R"("Bus\r\nBcc: x@example.org")", "nur eine Zeile"},
        {R"("\u0000")", "Steuerzeichen"},
        {R"("Bus \u202e")", "Schreibrichtung"},
        {"\"Bus \xE2\x80\xAE\"", "Schreibrichtung"},
        {R"("Bus \ud800")", ""},          // a lone surrogate escape: refused by the parser or the rule
        {"\"Bus \xED\xA0\x80\"", ""},      // the same as raw bytes
    };
    for (const auto& [title, message] : titles) {
        const std::string body = R"({"title":)" + title + R"(,"status":"geplant","visibility":"public"})";
        HttpAnswer refused = http_request(port(), "POST", "/api/v1/projects", body, "", "application/json", bearer);
        EXPECT_EQ(refused.status, 400) << title << ": " << refused.body;
        EXPECT_TRUE(contains(refused.body, message)) << refused.body;
        EXPECT_TRUE(is_strict_json(refused.body)) << title;
    }
    const std::string long_text = R"({"title":"Bus","description":")" + std::string(20'001, 'a') +
                                  R"(","status":"geplant","visibility":"public"})";
    HttpAnswer too_long = http_request(port(), "POST", "/api/v1/projects", long_text, "", "application/json", bearer);
    EXPECT_EQ(too_long.status, 400);
    const std::string control = R"({"title":"Bus","description":"a\u001b[2J","status":"geplant","visibility":"public"})";
    HttpAnswer refused = http_request(port(), "POST", "/api/v1/projects", control, "", "application/json", bearer);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, R"("field":"description")")) << refused.body;
    EXPECT_EQ(projects(), before) << "nothing stored";
    EXPECT_TRUE(is_strict_json(http_get(port(), "/api/v1/projects").body));
}

TEST_F(TextInputTest, AHugeEmailOnSignInAddsOnlyAShortRowToTheAuditLog)
{
    HttpSession admin = s_site->signed_in(ADMIN_EMAIL);
    const std::size_t before = admin.get("/verwaltung").body.size();
    HttpSession stranger(port());
    const std::string email = std::string(200'000, 'x') + "@example.org";
    (void)stranger.sign_in(email, "falsch");
    const std::size_t after = admin.get("/verwaltung").body.size();
    EXPECT_LT(after, before + 3000) << "the audit log shows an excerpt, not the whole value";
}

} // namespace
} // namespace rundum::testing
