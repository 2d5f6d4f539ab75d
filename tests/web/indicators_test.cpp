// SPDX-License-Identifier: EUPL-1.2
// Structural indicators over HTTP, on every backend: the open data of `init --demo` on each
// city's page, missing figures shown as missing, the admins' form (German decimal comma, source
// required, nothing stored on error), who may edit, and the member map shaded by an indicator.
#include <gtest/gtest.h>

#include <regex>

#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "verwaltung@netzwerk.example";
const std::string JENA_EMAIL = "buendnis@jena.example";
const std::string PASSPHRASE = "Kennzahlen mit Quelle und Jahr";
const std::string NBSP = "\u00A0";
const std::vector<std::string> KEYS = {"population", "population_change", "share_under18", "child_poverty",
                                       "daycare_under3", "rent", "asking_rent"};

// The table row of one indicator on a city's page.
std::string row_of(const std::string& page, const std::string& key)
{
    const std::size_t start = page.find("id=\"kennzahl-" + key + "\"");
    if (start == std::string::npos) {
        return "";
    }
    return page.substr(start, page.find("</tr>", start) - start);
}

std::string unescaped(std::string text)
{
    for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
             {"&quot;", "\""}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
        for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
            text.replace(at, entity.size(), character);
        }
    }
    return text;
}

// The form as the browser would send it unchanged: every text input of the edit page.
FormFields form_of(const std::string& page)
{
    FormFields fields;
    const std::regex input(R"re(<input id="[^"]+" name="([a-z0-9_]+)" type="text"[^>]*value="([^"]*)")re");
    for (std::sregex_iterator match(page.begin(), page.end(), input), end; match != end; ++match) {
        fields.emplace_back((*match)[1], unescaped((*match)[2]));
    }
    return fields;
}

void set_field(FormFields& fields, const std::string& name, const std::string& value)
{
    for (auto& [field, current] : fields) {
        if (field == name) {
            current = value;
            return;
        }
    }
    ADD_FAILURE() << "no field " << name;
}

class IndicatorsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}); }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // The edit form of a city as loaded by the admin.
    static FormFields edit_form(HttpSession& admin, const std::string& slug)
    {
        auto page = admin.get("/staedte/" + slug + "/kennzahlen/bearbeiten");
        EXPECT_EQ(page.status, 200);
        FormFields fields = form_of(page.body);
        EXPECT_EQ(fields.size(), KEYS.size() * 4) << "value, year, source and note per indicator";
        return fields;
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(IndicatorsTest, TheCityPageShowsTheOpenDataWithYearAndSourceAndMissingFiguresAsMissing)
{
    auto city = http_get(port(), "/staedte/jena");
    EXPECT_TRUE(contains(city.body, "href=\"/staedte/jena/kennzahlen\""));
    auto jena = http_get(port(), "/staedte/jena/kennzahlen");
    ASSERT_EQ(jena.status, 200);
    EXPECT_TRUE(contains(row_of(jena.body, "population"), "110.369"));
    EXPECT_TRUE(contains(row_of(jena.body, "population"), "Zensus 2022, Statistische Ämter des Bundes und der Länder"));
    EXPECT_TRUE(contains(row_of(jena.body, "rent"), "7,04" + NBSP + "€/m²"));
    EXPECT_TRUE(contains(row_of(jena.body, "population_change"), "-0,3" + NBSP + "%"));
    EXPECT_TRUE(contains(row_of(jena.body, "daycare_under3"), "<td>2020</td>"));
    EXPECT_FALSE(contains(jena.body, ">fehlt<")) << "Jena has every figure";
    EXPECT_TRUE(contains(jena.body, "https://www.govdata.de/dl-de/by-2-0"));
    EXPECT_TRUE(contains(jena.body, "INKAR 2024, BBSR Bonn"));

    // Hannover's district is Region Hannover: its district-only figures are missing, never
    // the region's numbers.
    auto hannover = http_get(port(), "/staedte/hannover/kennzahlen");
    ASSERT_EQ(hannover.status, 200);
    EXPECT_TRUE(contains(row_of(hannover.body, "population"), "513.291"));
    EXPECT_TRUE(contains(row_of(hannover.body, "child_poverty"), "23,2" + NBSP + "%"));
    for (const char* key : {"population_change", "share_under18", "daycare_under3", "asking_rent"}) {
        const std::string row = row_of(hannover.body, key);
        EXPECT_TRUE(contains(row, "fehlt")) << key;
        EXPECT_FALSE(std::regex_search(row, std::regex("<td[^>]*>[0-9]"))) << key << ": " << row;
    }
    EXPECT_EQ(http_get(port(), "/staedte/atlantis/kennzahlen").status, 404);
}

TEST_F(IndicatorsTest, AnAdminCorrectsAFigureWithADecimalCommaAndThePublicSeesIt)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    FormFields form = edit_form(admin, "hannover");
    set_field(form, "asking_rent_value", "9,85");
    set_field(form, "asking_rent_year", "2023");
    set_field(form, "asking_rent_source", "Landeshauptstadt Hannover, Wohnungsmarktbericht 2023");
    set_field(form, "population_value", "513.291"); // as typed with a thousands dot: unchanged
    auto saved = admin.post("/staedte/hannover/kennzahlen/bearbeiten", form);
    ASSERT_EQ(saved.status, 303) << saved.body;
    EXPECT_EQ(saved.header("Location"), "/staedte/hannover/kennzahlen?gespeichert=1");

    auto page = http_get(port(), "/staedte/hannover/kennzahlen");
    const std::string row = row_of(page.body, "asking_rent");
    EXPECT_TRUE(contains(row, "9,85" + NBSP + "€/m²")) << row;
    EXPECT_TRUE(contains(row, "<td>2023</td>"));
    EXPECT_TRUE(contains(row, "Wohnungsmarktbericht 2023"));
    EXPECT_TRUE(contains(row_of(page.body, "population"), "513.291"));
    EXPECT_TRUE(contains(row_of(page.body, "daycare_under3"), "fehlt"));
    // The form shows stored figures with every digit, so saving it unchanged changes nothing.
    FormFields again = edit_form(admin, "hannover");
    EXPECT_TRUE(std::find(again.begin(), again.end(), std::pair<std::string, std::string>{"asking_rent_value", "9,85"}) !=
                again.end());
}

TEST_F(IndicatorsTest, AnEmptyValueRemovesTheFigureAndTheChangeIsAudited)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    FormFields form = edit_form(admin, "koblenz");
    set_field(form, "asking_rent_value", "");
    ASSERT_EQ(admin.post("/staedte/koblenz/kennzahlen/bearbeiten", form).status, 303);
    auto page = http_get(port(), "/staedte/koblenz/kennzahlen");
    EXPECT_TRUE(contains(row_of(page.body, "asking_rent"), "fehlt"));
    EXPECT_TRUE(contains(row_of(page.body, "rent"), "7,45"));
    EXPECT_TRUE(contains(admin.get("/verwaltung").body, "<td>Koblenz</td>"));
}

TEST_F(IndicatorsTest, AValueWithoutSourceOrABadNumberIsRefusedAndNothingChanges)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    FormFields form = edit_form(admin, "leipzig");
    set_field(form, "child_poverty_value", "12,5");
    set_field(form, "child_poverty_source", "");
    set_field(form, "rent_value", "sieben");
    set_field(form, "population_value", "612.000");
    auto refused = admin.post("/staedte/leipzig/kennzahlen/bearbeiten", form);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "class=\"error-summary\""));
    EXPECT_TRUE(contains(refused.body, "href=\"#child_poverty_source\""));
    EXPECT_TRUE(contains(refused.body, "href=\"#rent_value\""));
    EXPECT_TRUE(contains(refused.body, "Kinderarmut: Bitte die Quelle angeben"));
    EXPECT_TRUE(contains(refused.body, "„sieben“ ist keine Zahl"));
    EXPECT_EQ(count_of(refused.body, "aria-invalid=\"true\""), 2u);
    EXPECT_TRUE(contains(refused.body, "value=\"12,5\"")) << "what was typed stays in the form";
    EXPECT_TRUE(contains(refused.body, "value=\"sieben\""));
    EXPECT_TRUE(contains(refused.body, "value=\"612.000\""));

    auto page = http_get(port(), "/staedte/leipzig/kennzahlen");
    EXPECT_TRUE(contains(row_of(page.body, "child_poverty"), "15,0" + NBSP + "%"));
    EXPECT_TRUE(contains(row_of(page.body, "rent"), "6,44"));
    EXPECT_TRUE(contains(row_of(page.body, "population"), "598.899")) << "valid rows are not stored either";

    set_field(form, "child_poverty_source", "Stadt Leipzig");
    set_field(form, "rent_value", "6,44");
    set_field(form, "population_value", "598.899");
    set_field(form, "child_poverty_year", "22");
    auto bad_year = admin.post("/staedte/leipzig/kennzahlen/bearbeiten", form);
    EXPECT_EQ(bad_year.status, 400);
    EXPECT_TRUE(contains(bad_year.body, "href=\"#child_poverty_year\""));
    // A client that leaves fields out does not remove the figures it did not send.
    EXPECT_EQ(admin.post("/staedte/leipzig/kennzahlen/bearbeiten", {{"rent_value", "1"}}).status, 400);
    EXPECT_TRUE(contains(row_of(http_get(port(), "/staedte/leipzig/kennzahlen").body, "rent"), "6,44"));
}

TEST_F(IndicatorsTest, OnlyAdminsEditIndicators)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    FormFields form = edit_form(admin, "jena");
    set_field(form, "child_poverty_value", "1");
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_FALSE(contains(jena.get("/staedte/jena/kennzahlen").body, "/kennzahlen/bearbeiten"));
    EXPECT_EQ(jena.get("/staedte/jena/kennzahlen/bearbeiten").status, 403);
    EXPECT_EQ(jena.post("/staedte/jena/kennzahlen/bearbeiten", form).status, 403);
    EXPECT_TRUE(contains(row_of(http_get(port(), "/staedte/jena/kennzahlen").body, "child_poverty"), "8,9"));

    HttpSession anonymous(port());
    auto sign_in = anonymous.get("/staedte/jena/kennzahlen/bearbeiten");
    EXPECT_EQ(sign_in.status, 303);
    EXPECT_TRUE(contains(sign_in.header("Location"), "/anmelden"));
    EXPECT_EQ(anonymous.post("/staedte/jena/kennzahlen/bearbeiten", form).status, 401);

    EXPECT_TRUE(contains(admin.get("/staedte/jena/kennzahlen").body, "href=\"/staedte/jena/kennzahlen/bearbeiten\""));
    EXPECT_EQ(admin.post("/staedte/jena/kennzahlen/bearbeiten", form, false).status, 403) << "no CSRF token";
    EXPECT_EQ(admin.get("/staedte/atlantis/kennzahlen/bearbeiten").status, 404);
}

TEST_F(IndicatorsTest, TheMapIsShadedByAChosenIndicatorWithLegendAndTable)
{
    auto plain = http_get(port(), "/staedte");
    ASSERT_EQ(plain.status, 200);
    EXPECT_TRUE(contains(plain.body, "<select id=\"merkmal\" name=\"merkmal\""));
    EXPECT_TRUE(contains(plain.body, "<option value=\"child_poverty\">Kinderarmut</option>"));
    EXPECT_FALSE(contains(plain.body, "class=\"legend\""));

    auto shaded = http_get(port(), "/staedte?merkmal=share_under18");
    ASSERT_EQ(shaded.status, 200);
    EXPECT_TRUE(contains(shaded.body, "<option value=\"share_under18\" selected>"));
    EXPECT_TRUE(contains(shaded.body, "class=\"legend\""));
    // 14 cities with the figure in 4 quantile classes (4, 3, 4, 3); Hannover hollow.
    EXPECT_EQ(count_of(shaded.body, "<circle class=\"shade-1\""), 4u);
    EXPECT_EQ(count_of(shaded.body, "<circle class=\"shade-2\""), 3u);
    EXPECT_EQ(count_of(shaded.body, "<circle class=\"shade-3\""), 4u);
    EXPECT_EQ(count_of(shaded.body, "<circle class=\"shade-4\""), 3u);
    EXPECT_EQ(count_of(shaded.body, "<circle class=\"missing\""), 1u);
    EXPECT_TRUE(contains(shaded.body, "<title>Hannover: fehlt</title>"));
    EXPECT_TRUE(contains(shaded.body, "<title>Hamm: 17,6" + NBSP + "% (Klasse 4 von 4)</title>"));
    EXPECT_TRUE(contains(shaded.body, "r=\"11\"")) << "the highest class is drawn largest";
    EXPECT_TRUE(contains(shaded.body, "Anteil unter 18-Jähriger der Mitgliedsstädte"));
    EXPECT_TRUE(contains(shaded.body, "<td class=\"missing\">fehlt</td>"));
    EXPECT_TRUE(contains(shaded.body, "fehlt (keine Zahl)"));
    EXPECT_TRUE(contains(shaded.body, "14,3 – ")) << "the lowest class starts at Karlsruhe's 14.3";
    EXPECT_FALSE(contains(shaded.body, "style=")) << "the CSP allows no inline styles";

    auto unknown = http_get(port(), "/staedte?merkmal=%3Cscript%3Equatsch");
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(contains(unknown.body, "Ein Merkmal „&lt;script&gt;quatsch“ gibt es nicht"));
    EXPECT_FALSE(contains(unknown.body, "<script>quatsch"));
    EXPECT_EQ(count_of(unknown.body, "<circle class=\"hit\""), 15u) << "the plain map is still there";
    EXPECT_FALSE(contains(unknown.body, "class=\"legend\""));
}


TEST_F(IndicatorsTest, ANegativeValueOrAnOverlongSourceIsRefusedWithItsMessage)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    FormFields form = edit_form(admin, "leipzig");
    set_field(form, "rent_value", "-6,45");
    set_field(form, "child_poverty_source", std::string(501, 'q'));
    auto refused = admin.post("/staedte/leipzig/kennzahlen/bearbeiten", form);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Der Wert darf nicht negativ sein."));
    EXPECT_TRUE(contains(refused.body, "Kinderarmut: Quelle und Anmerkung dürfen höchstens 500 Zeichen lang sein."));
}

} // namespace
} // namespace rundum::testing
