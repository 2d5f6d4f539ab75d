// SPDX-License-Identifier: EUPL-1.2
// Praxisbeispiele over HTTP, on every backend: the list with facets, German search, who sees
// and who edits what, versions, attachments, exports, the feed, topics and the API with tokens.
#include <gtest/gtest.h>

#include <regex>

#include <boost/json.hpp>

#include "concurrent_edit.hpp"
#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Familienzentren in Jena wachsen";
const std::string MEMBERS_ONLY = "/praxisbeispiele/p-hannover-betriebliche-kinderbetreuung";

// A complete project form as a browser sends it.
FormFields project_form(const std::string& title, const std::string& start, const std::string& end)
{
    return {{"title", title},
            {"summary", "Familien in Plattenbaugebieten bekommen Rat vor Ort."},
            {"description", "Ein **Beratungsbus** fährt jede Woche in die Wohngebiete."},
            {"topics", "familien-und-kinderarmut"},
            {"topics", "fruehe-hilfen-und-familienbildung"},
            {"target_groups", "Familien mit kleinen Kindern\nAlleinerziehende"},
            {"status", "laeuft"},
            {"start_date", start},
            {"end_date", end},
            {"lead_organisation", "Jenaer Bündnis für Familie"},
            {"partners", "Stadtteilbüro\nFamilienberatung"},
            {"costs_and_funding", "Spenden und Stiftungsmittel"},
            {"staff_effort", "Zwei Fachkräfte an einem Tag pro Woche"},
            {"goals", "Familien erreichen, die nicht in Beratungsstellen kommen."},
            {"results", "Viele Gespräche an der Haltestelle."},
            {"success_factors", "Feste Haltezeiten\nKaffee und Spielsachen"},
            {"stumbling_blocks", "Parkplätze für den Bus"},
            {"transfer_requirements", "Ein Fahrzeug und eine Fahrerlaubnis der Klasse C1."},
            {"contact_name", "Stefanie Beispiel"},
            {"contact_email", "beratungsbus@jena.example"},
            {"contact_phone", "03641 000000"},
            {"links", "https://www.jena.example/beratungsbus Infoseite"},
            {"visibility", "public"}};
}

std::string location_path(const HttpAnswer& answer)
{
    std::string location = answer.header("Location");
    const std::size_t query = location.find('?');
    return query == std::string::npos ? location : location.substr(0, query);
}

boost::json::value json_of(const HttpAnswer& answer)
{
    return boost::json::parse(answer.body);
}

std::vector<std::string> hit_ids(const HttpAnswer& answer)
{
    std::vector<std::string> ids;
    const boost::json::value result = json_of(answer); // must outlive the loop over its hits
    for (const auto& hit : result.at("hits").as_array()) {
        ids.emplace_back(hit.at("id").as_string());
    }
    return ids;
}

bool has_id(const std::vector<std::string>& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

class ProjectsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}); }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }
    static HttpAnswer search_api(const std::string& query) { return http_get(port(), "/api/v1/search?q=" + query); }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(ProjectsTest, TheListShowsPublicProjectsWithFacetsThatFilter)
{
    HttpAnswer list = http_get(port(), "/praxisbeispiele");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Babybegrüßungspaket"));
    EXPECT_FALSE(contains(list.body, "Notfallbetreuung")) << "members-only project listed for the public";
    EXPECT_TRUE(contains(list.body, "13 Treffer")) << "15 demo projects, 2 of them members-only";
    EXPECT_TRUE(contains(list.body, "href=\"/praxisbeispiele?stadt=muenchen\""));
    HttpAnswer city_page = http_get(port(), "/staedte/muenchen");
    EXPECT_TRUE(contains(city_page.body, "href=\"/praxisbeispiele/p-muenchen-babybegruessungspaket\""));
    HttpAnswer munich = http_get(port(), "/praxisbeispiele?stadt=muenchen");
    EXPECT_TRUE(contains(munich.body, "1 Treffer"));
    EXPECT_TRUE(contains(munich.body, "Babybegrüßungspaket"));
    EXPECT_FALSE(contains(munich.body, "Wohnungstausch"));
    // A chosen value links back to the list without it.
    EXPECT_TRUE(contains(munich.body, "href=\"/praxisbeispiele\" aria-current=\"true\""));
    HttpAnswer two_cities = http_get(port(), "/praxisbeispiele?stadt=muenchen&stadt=leipzig&sortierung=titel");
    EXPECT_TRUE(contains(two_cities.body, "2 Treffer"));
    EXPECT_LT(two_cities.body.find("Babybegrüßungspaket"), two_cities.body.find("Willkommensbesuche"));
}

TEST_F(ProjectsTest, MembersOnlyProjectsAreHiddenFromThePublicEverywhere)
{
    EXPECT_EQ(http_get(port(), MEMBERS_ONLY).status, 404);
    EXPECT_EQ(http_get(port(), "/api/v1/projects/p-hannover-betriebliche-kinderbetreuung").status, 404);
    EXPECT_FALSE(has_id(hit_ids(search_api("Notfallbetreuung")), "p-hannover-betriebliche-kinderbetreuung"));
    EXPECT_FALSE(contains(http_get(port(), "/praxisbeispiele.csv").body, "Notfallbetreuung"));
    EXPECT_FALSE(contains(http_get(port(), "/praxisbeispiele.atom").body, "Notfallbetreuung"));
    EXPECT_FALSE(contains(http_get(port(), "/staedte/hannover").body, "Notfallbetreuung"));
    HttpSession member = signed_in(JENA_EMAIL);
    EXPECT_TRUE(contains(member.get("/staedte/hannover").body, "Notfallbetreuung für Beschäftigte"));
    HttpAnswer page = member.get(MEMBERS_ONLY);
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Nur für Mitglieder sichtbar"));
    EXPECT_TRUE(contains(member.get("/suche?q=Notfallbetreuung").body, "Notfallbetreuung für Beschäftigte"));
}

TEST_F(ProjectsTest, SearchUnderstandsGermanWordsAndCompounds)
{
    // Compound parts, stemming, folding: the same answers on every backend.
    EXPECT_TRUE(has_id(hit_ids(search_api("Begr%C3%BC%C3%9Fungspaket")), "p-muenchen-babybegruessungspaket"));
    EXPECT_TRUE(has_id(hit_ids(search_api("Armut")), "p-dortmund-kinderarmut-praevention"));
    EXPECT_TRUE(has_id(hit_ids(search_api("Kita")), "p-frankfurt-kita-platzboerse"));
    EXPECT_TRUE(has_id(hit_ids(search_api("Familienzentrum")), "p-nuernberg-familienzentren"));
    EXPECT_TRUE(has_id(hit_ids(search_api("begruessungspaket")), "p-muenchen-babybegruessungspaket"));
    // Cities are found too, and the page highlights what matched.
    EXPECT_TRUE(has_id(hit_ids(search_api("Koblenz")), "koblenz"));
    HttpAnswer page = http_get(port(), "/suche?q=Mietgarantie");
    EXPECT_TRUE(contains(page.body, "<mark>Mietgarantie</mark>")) << page.body;
    EXPECT_TRUE(contains(page.body, "Wohnungstausch für Familien"));
    EXPECT_TRUE(contains(page.body, "<title>Suche: „Mietgarantie“ – "));
}

TEST_F(ProjectsTest, ACoordinatorCreatesEditsRestoresAndDeletesAProjectOfTheirCity)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_EQ(jena.get("/praxisbeispiele/neu").status, 200);
    HttpAnswer created = jena.post("/praxisbeispiele/neu", project_form("Beratungsbus im Wohngebiet", "2024-03", ""));
    ASSERT_EQ(created.status, 303) << created.body.substr(0, 600);
    const std::string path = location_path(created);
    ASSERT_TRUE(path.starts_with("/praxisbeispiele/p-")) << path;
    const std::string id = path.substr(std::string("/praxisbeispiele/").size());
    HttpAnswer page = http_get(port(), path);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<strong>Beratungsbus</strong>")) << "Markdown rendered";
    EXPECT_TRUE(contains(page.body, "Feste Haltezeiten"));
    EXPECT_TRUE(contains(page.body, "Jena"));
    // Found at once, by a word of its description.
    EXPECT_TRUE(has_id(hit_ids(search_api("Haltestelle")), id));

    FormFields edited = project_form("Beratungsbus in Lobeda", "2024-03", "2025-12");
    edited[6] = {"status", "abgeschlossen"};
    ASSERT_EQ(jena.post(path + "/bearbeiten", edited).status, 303);
    EXPECT_TRUE(contains(http_get(port(), path).body, "Beratungsbus in Lobeda"));
    EXPECT_TRUE(has_id(hit_ids(search_api("Lobeda")), id));
    HttpAnswer versions = jena.get(path + "/versionen");
    ASSERT_EQ(versions.status, 200);
    EXPECT_TRUE(contains(versions.body, "Beratungsbus im Wohngebiet"));
    EXPECT_TRUE(contains(versions.body, "Beratungsbus in Lobeda"));
    EXPECT_TRUE(contains(versions.body, ">läuft<")) << "status names, not stored keys";
    EXPECT_FALSE(contains(versions.body, ">laeuft<"));
    ASSERT_EQ(jena.post(path + "/versionen", {{"version", "1"}}).status, 303);
    EXPECT_TRUE(contains(http_get(port(), path).body, "Beratungsbus im Wohngebiet"));
    EXPECT_FALSE(has_id(hit_ids(search_api("Lobeda")), id)) << "the index follows the restore";

    EXPECT_EQ(jena.post(path + "/loeschen", {}).status, 400) << "deleting needs the confirmation";
    ASSERT_EQ(jena.post(path + "/loeschen", {{"confirm", "ja"}}).status, 303);
    EXPECT_EQ(http_get(port(), path).status, 404);
    EXPECT_FALSE(has_id(hit_ids(search_api("Haltestelle")), id));
}

TEST_F(ProjectsTest, ASaveAgainstANewerStateOverwritesNothing)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpSession admin = signed_in(ADMIN_EMAIL);
    HttpAnswer created = jena.post("/praxisbeispiele/neu", project_form("Familienlotsen im Quartier", "2024-01", ""));
    ASSERT_EQ(created.status, 303) << created.body.substr(0, 600);
    const std::string path = location_path(created);
    expect_second_save_refused(jena, admin,
                               {path + "/bearbeiten", project_form("Familienlotsen in Lobeda", "2024-01", ""),
                                "Familienlotsen in Lobeda", path + "/bearbeiten",
                                project_form("Familienlotsen in Winzerla", "2024-01", ""), "Familienlotsen in Winzerla",
                                "jemand anderes", [&] { return http_get(port(), path).body; }});
}

TEST_F(ProjectsTest, AnApiWriteWithAStaleETagIsRefused)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer account = jena.post("/konto/api-token", {{"label", "Abgleich"}});
    std::smatch match;
    ASSERT_TRUE(std::regex_search(account.body, match, std::regex("<code class=\"token\">([^<]+)</code>")));
    const std::string bearer = "Bearer " + match[1].str();
    const std::string body = R"({"title":"Spielplatzpaten","status":"geplant","visibility":"public"})";
    HttpAnswer created = http_request(port(), "POST", "/api/v1/projects", body, "", "application/json", bearer);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string url = "/api/v1/projects/" + std::string(json_of(created).at("project").at("id").as_string());
    const std::string tag = http_request(port(), "GET", url, "", "", "", bearer).header("ETag");
    ASSERT_FALSE(tag.empty());
    EXPECT_EQ(tag, created.header("ETag"));
    const std::string change = R"({"title":"Spielplatzpaten gesucht","status":"laeuft","visibility":"public"})";
    HttpAnswer first = http_request(port(), "PUT", url, change, "", "application/json", bearer, {{"If-Match", tag}});
    ASSERT_EQ(first.status, 200) << first.body;
    const std::string stale_change = R"({"title":"Überschrieben","status":"laeuft","visibility":"public"})";
    HttpAnswer stale = http_request(port(), "PUT", url, stale_change, "", "application/json", bearer, {{"If-Match", tag}});
    EXPECT_EQ(stale.status, 412);
    EXPECT_EQ(stale.header("ETag"), first.header("ETag"));
    EXPECT_EQ(json_of(http_get(port(), url)).at("project").at("title").as_string(), "Spielplatzpaten gesucht");
    EXPECT_EQ(http_request(port(), "PUT", url, stale_change, "", "application/json", bearer,
                           {{"If-Match", first.header("ETag")}})
                  .status,
              200);
}

TEST_F(ProjectsTest, ACoordinatorCannotChangeAnotherCitysProject)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    const std::string munich = "/praxisbeispiele/p-muenchen-babybegruessungspaket";
    EXPECT_EQ(jena.get(munich + "/bearbeiten").status, 403);
    EXPECT_EQ(jena.post(munich + "/bearbeiten", project_form("Übernommen", "2020", "")).status, 403);
    EXPECT_EQ(jena.post(munich + "/loeschen", {{"confirm", "ja"}}).status, 403);
    EXPECT_FALSE(contains(jena.get(munich).body, "/bearbeiten\""));
    HttpSession anonymous(port());
    EXPECT_EQ(anonymous.post(munich + "/bearbeiten", project_form("Übernommen", "2020", "")).status, 401);
    EXPECT_TRUE(contains(http_get(port(), munich).body, "<h1>Babybegrüßungspaket</h1>"));
}

TEST_F(ProjectsTest, InvalidInputIsExplainedAndWhatWasTypedStays)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer answer = jena.post("/praxisbeispiele/neu", project_form("Sprechstunde im Park", "2025", "2023"));
    EXPECT_EQ(answer.status, 400);
    EXPECT_TRUE(contains(answer.body, "Das Ende liegt vor dem Beginn."));
    EXPECT_TRUE(contains(answer.body, "value=\"Sprechstunde im Park\""));
    EXPECT_TRUE(contains(answer.body, "aria-invalid=\"true\""));
    EXPECT_FALSE(contains(http_get(port(), "/praxisbeispiele").body, "Sprechstunde im Park"));
    FormFields bad_link = project_form("Sprechstunde im Park", "2025", "");
    bad_link[21] = {"links", "javascript:alert(1)"};
    EXPECT_EQ(jena.post("/praxisbeispiele/neu", bad_link).status, 400);
    EXPECT_EQ(jena.post("/praxisbeispiele/neu", {{"title", "Nur ein Titel"}}).status, 400) << "incomplete form";
}

TEST_F(ProjectsTest, PersonalApiTokensWriteThroughTheApiUntilRevoked)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer account = jena.post("/konto/api-token", {{"label", "Import aus der Tabelle"}});
    ASSERT_EQ(account.status, 200);
    std::smatch match;
    ASSERT_TRUE(std::regex_search(account.body, match, std::regex("<code class=\"token\">([^<]+)</code>")));
    const std::string bearer = "Bearer " + match[1].str();
    const std::string body =
        R"({"title":"Elterncafé am Markt","summary":"Treffpunkt","topics":["bildung"],"status":"geplant","visibility":"public"})";
    EXPECT_EQ(http_request(port(), "POST", "/api/v1/projects", body, "", "application/json").status, 401);
    EXPECT_EQ(http_request(port(), "POST", "/api/v1/projects", body, "", "application/json", "Bearer falsch").status, 401);
    HttpAnswer created = http_request(port(), "POST", "/api/v1/projects", body, "", "application/json", bearer);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string id(json_of(created).at("project").at("id").as_string());
    EXPECT_EQ(json_of(created).at("project").at("city").as_string(), "jena");
    HttpAnswer listed = http_get(port(), "/api/v1/projects?city=jena&topic=bildung");
    EXPECT_TRUE(contains(listed.body, "Elterncafé am Markt"));
    const std::string changed = R"({"title":"Elterncafé im Rathaus","status":"laeuft","visibility":"public"})";
    EXPECT_EQ(http_request(port(), "PUT", "/api/v1/projects/" + id, changed, "", "application/json", bearer).status, 200);
    EXPECT_EQ(json_of(http_get(port(), "/api/v1/projects/" + id)).at("project").at("title").as_string(),
              "Elterncafé im Rathaus");
    EXPECT_EQ(http_request(port(), "PUT", "/api/v1/projects/p-muenchen-babybegruessungspaket", changed, "",
                           "application/json", bearer)
                  .status,
              403);
    HttpAnswer bad = http_request(port(), "POST", "/api/v1/projects", R"({"title":"x","status":"bald"})", "",
                                  "application/json", bearer);
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(contains(bad.body, "bald"));
    // A session cookie is not enough to write (no CSRF through the API).
    EXPECT_EQ(http_request(port(), "POST", "/api/v1/projects", body, "rundum_session=" + jena.cookie("rundum_session"),
                           "application/json")
                  .status,
              401);
    std::smatch revoke;
    const std::string listing = jena.get("/konto").body;
    ASSERT_TRUE(std::regex_search(listing, revoke, std::regex("/konto/api-token/([^/]+)/widerrufen")));
    EXPECT_EQ(jena.post("/konto/api-token/" + revoke[1].str() + "/widerrufen", {}).status, 303);
    EXPECT_EQ(http_request(port(), "DELETE", "/api/v1/projects/" + id, "", "", "application/json", bearer).status, 401);
    EXPECT_EQ(http_get(port(), "/api/v1/projects/" + id).status, 200) << "nothing deleted by a revoked token";
}

TEST_F(ProjectsTest, ExportsAndTheFeedFollowTheListsFilter)
{
    HttpAnswer csv = http_get(port(), "/praxisbeispiele.csv?stadt=muenchen");
    ASSERT_EQ(csv.status, 200);
    EXPECT_TRUE(csv.body.starts_with("\xEF\xBB\xBF")) << "BOM for Excel";
    EXPECT_TRUE(contains(csv.body, "Titel;Stadt;Stand"));
    EXPECT_TRUE(contains(csv.body, "Babybegrüßungspaket;München;läuft"));
    EXPECT_FALSE(contains(csv.body, "Wohnungstausch"));
    HttpAnswer xlsx = http_get(port(), "/praxisbeispiele.xlsx?thema=wohnen-und-mieten");
    ASSERT_EQ(xlsx.status, 200);
    EXPECT_TRUE(xlsx.body.starts_with("PK"));
    EXPECT_TRUE(contains(xlsx.header("Content-Disposition"), "praxisbeispiele.xlsx"));
    HttpAnswer feed = http_get(port(), "/praxisbeispiele.atom");
    ASSERT_EQ(feed.status, 200);
    EXPECT_TRUE(feed.content_type.starts_with("application/atom+xml"));
    EXPECT_TRUE(contains(feed.body, "<title>Babybegrüßungspaket</title>"));
}

TEST_F(ProjectsTest, AttachmentsAreRecognisedByContentAndServedWithTheirName)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    const std::string path = "/praxisbeispiele/p-jena-familienpass";
    const std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
    HttpAnswer uploaded = jena.post_file(path + "/anhaenge", {{"title", "Flyer zum Familienpass"}}, "file",
                                         "Flyer Familienpass.pdf", "application/pdf", pdf);
    ASSERT_EQ(uploaded.status, 303) << uploaded.body.substr(0, 400);
    HttpAnswer page = http_get(port(), path);
    std::smatch link;
    ASSERT_TRUE(std::regex_search(page.body, link, std::regex("href=\"(" + path + "/anhaenge/[^\"]+)\"")));
    HttpAnswer file = http_get(port(), link[1].str());
    EXPECT_EQ(file.status, 200);
    EXPECT_EQ(file.content_type, "application/pdf");
    EXPECT_EQ(file.body, pdf);
    EXPECT_TRUE(contains(file.header("Content-Disposition"), "Flyer Familienpass.pdf"));
    HttpAnswer disguised = jena.post_file(path + "/anhaenge", {}, "file", "rechnung.pdf", "application/pdf",
                                          "<html><script>alert(1)</script></html>");
    EXPECT_EQ(disguised.status, 400);
    EXPECT_EQ(jena.post_file("/praxisbeispiele/p-muenchen-babybegruessungspaket/anhaenge", {}, "file", "a.pdf",
                             "application/pdf", pdf)
                  .status,
              403);
}

TEST_F(ProjectsTest, TheAdminManagesTopicsAndCoordinatorsCannot)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_EQ(jena.get("/verwaltung/themen").status, 403);
    HttpSession admin = signed_in(ADMIN_EMAIL);
    HttpAnswer page = admin.get("/verwaltung/themen");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Wohnen und Mieten"));
    FormFields fields = {{"topic_rows", "0"}, {"new_name", "Digitale Familienbildung"}};
    // Keep all existing topics: resend their rows as the page shows them.
    std::regex row("name=\"topic_(\\d+)_slug\" value=\"([^\"]+)\"");
    int rows = 0;
    for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), row); it != std::sregex_iterator(); ++it) {
        const std::string number = (*it)[1].str();
        fields.emplace_back("topic_" + number + "_slug", (*it)[2].str());
        fields.emplace_back("topic_" + number + "_position", number);
        fields.emplace_back("topic_" + number + "_name", (*it)[2].str() == "bildung" ? "Bildung und Schule" : (*it)[2].str());
        ++rows;
    }
    EXPECT_EQ(rows, 10);
    fields[0] = {"topic_rows", std::to_string(rows)};
    ASSERT_EQ(admin.post("/verwaltung/themen", fields).status, 303);
    HttpAnswer topics = http_get(port(), "/api/v1/topics");
    EXPECT_TRUE(contains(topics.body, "Digitale Familienbildung"));
    EXPECT_TRUE(contains(topics.body, "Bildung und Schule"));
    HttpAnswer refused = admin.post("/verwaltung/themen", {{"topic_rows", "1"},
                                                           {"topic_1_slug", "bildung"},
                                                           {"topic_1_name", "Gesundheit"},
                                                           {"topic_1_position", "1"},
                                                           {"new_name", "Gesundheit"}});
    EXPECT_EQ(refused.status, 400);
    // The form comes back as sent: one row, the new name still in its field, not as a row.
    EXPECT_TRUE(contains(refused.body, "name=\"topic_rows\" value=\"1\""));
    EXPECT_TRUE(contains(refused.body, "id=\"new_name\" name=\"new_name\" type=\"text\" value=\"Gesundheit\""));
    EXPECT_TRUE(contains(http_get(port(), "/api/v1/topics").body, "Digitale Familienbildung")) << "nothing lost";
}

} // namespace
} // namespace rundum::testing
