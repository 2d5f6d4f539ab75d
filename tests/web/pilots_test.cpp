// SPDX-License-Identifier: EUPL-1.2
// Joint pilot projects over HTTP, on every backend: a lead city creates a pilot, partners set
// their own entry and upload documents, who may do what, what the public sees, bad input that
// keeps what was typed, and the status overview of the milestones.
#include <gtest/gtest.h>

#include <regex>

#include "concurrent_edit.hpp"
#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string LEIPZIG_EMAIL = "koordination@leipzig.example";
const std::string MUNICH_EMAIL = "koordination@muenchen.example";
const std::string PASSPHRASE = "Gemeinsam erproben wir Neues";
const std::string LEIPZIG_PROJECT = "p-leipzig-willkommensbesuche";
const std::string HANNOVER_MEMBERS_ONLY = "p-hannover-betriebliche-kinderbetreuung";
const std::string PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";

// A complete pilot form: Jena leads, Leipzig takes part.
FormFields pilot_form(const std::string& title, const std::string& slug, const std::string& visibility = "public")
{
    return {{"title", title},
            {"slug", slug},
            {"summary", "Drei Städte erproben Lotsen für Familien."},
            {"description", "Wir **testen** gemeinsam. <script>alert(1)</script>"},
            {"goals", "Mehr Familien erreichen\n\nWege verkürzen"},
            {"status", "laufend"},
            {"start_date", "2026-01-01"},
            {"end_date", "2027-06-30"},
            {"visibility", visibility},
            {"role-jena", "federfuehrend"},
            {"role-leipzig", "partner"}};
}

FormFields with(FormFields fields, const std::string& name, const std::string& value)
{
    for (auto& field : fields) {
        if (field.first == name) {
            field.second = value;
            return fields;
        }
    }
    fields.emplace_back(name, value);
    return fields;
}

FormFields without(FormFields fields, const std::string& name)
{
    std::erase_if(fields, [&](const auto& field) { return field.first == name; });
    return fields;
}

// The row of one pilot in the overview table.
std::string overview_row(const std::string& list, const std::string& slug)
{
    const std::size_t start = list.find("href=\"/pilotprojekte/" + slug + "\"");
    if (start == std::string::npos) {
        return "";
    }
    return list.substr(start, list.find("</tr>", start) - start);
}

class PilotsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
        for (const auto& [email, city] : {std::pair{LEIPZIG_EMAIL, "leipzig"}, std::pair{MUNICH_EMAIL, "muenchen"}}) {
            const std::string link =
                s_site->rundum({"user", "add", "--data", s_site->data(), "--coordinator", email, "--city", city}).out;
            EXPECT_EQ(HttpSession(port()).set_password(path_of(link), "Koordination " + std::string(city), PASSPHRASE)
                          .status,
                      303);
        }
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // Jena creates a pilot and the test makes sure it worked; returns its path.
    static std::string create(const std::string& slug, const std::string& visibility = "public")
    {
        HttpAnswer created = signed_in(JENA_EMAIL).post("/pilotprojekte/neu", pilot_form("Pilot " + slug, slug, visibility));
        EXPECT_EQ(created.status, 303) << created.body.substr(0, 1500);
        return "/pilotprojekte/" + slug;
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(PilotsTest, ALeadCityCreatesAPilotThatIsListedAndItsPartnerIsTold)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer form = jena.get("/pilotprojekte/neu");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "<option value=\"federfuehrend\" selected>")) << "the own city leads";
    HttpAnswer created = jena.post("/pilotprojekte/neu", pilot_form("Familienlotsen digital", ""));
    ASSERT_EQ(created.status, 303) << created.body.substr(0, 1500);
    EXPECT_EQ(created.header("Location"), "/pilotprojekte/familienlotsen-digital?gespeichert=1");

    HttpAnswer list = http_get(port(), "/pilotprojekte");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "href=\"/pilotprojekte\" aria-current=\"page\">Pilotprojekte</a>"));
    const std::string row = overview_row(list.body, "familienlotsen-digital");
    EXPECT_TRUE(contains(row, "Jena (federführend), Leipzig (Partner)"));
    EXPECT_TRUE(contains(row, "Laufend"));
    EXPECT_TRUE(contains(row, "0 von 0 erreicht"));
    EXPECT_TRUE(contains(row, "Kein offener Meilenstein"));
    EXPECT_FALSE(contains(list.body, "/pilotprojekte/neu")) << "no link to the form for the public";

    HttpAnswer page = http_get(port(), "/pilotprojekte/familienlotsen-digital");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<h1>Familienlotsen digital</h1>"));
    EXPECT_TRUE(contains(page.body, "<strong>testen</strong>")) << "Markdown rendered";
    EXPECT_FALSE(contains(page.body, "<script>alert(1)")) << "raw HTML never passes";
    EXPECT_TRUE(contains(page.body, "<li>Mehr Familien erreichen</li>"));
    EXPECT_TRUE(contains(page.body, "01.01.2026 – 30.06.2027"));
    EXPECT_FALSE(contains(page.body, "/bearbeiten\"")) << "no edit links for the public";

    HttpAnswer leipzig_account = signed_in(LEIPZIG_EMAIL).get("/konto");
    EXPECT_TRUE(contains(leipzig_account.body, "Ihre Stadt ist jetzt Partnerin des Pilotprojekts „Familienlotsen digital“."));
    EXPECT_TRUE(contains(leipzig_account.body, "href=\"/pilotprojekte/familienlotsen-digital\""));
    EXPECT_FALSE(contains(jena.get("/konto").body, "Pilotprojekts „Familienlotsen digital“"))
        << "who created it is not told";
    EXPECT_FALSE(contains(signed_in(MUNICH_EMAIL).get("/konto").body, "Familienlotsen digital"))
        << "cities not taking part are not told";
    EXPECT_TRUE(contains(signed_in(ADMIN_EMAIL).get("/verwaltung").body, "Pilotprojekt angelegt"));
}

TEST_F(PilotsTest, TheDemoPilotOfThreeCitiesIsPublic)
{
    const std::string row = overview_row(http_get(port(), "/pilotprojekte").body, "willkommen-von-anfang-an");
    EXPECT_TRUE(contains(row, "Willkommen von Anfang an")) << row;
    EXPECT_TRUE(contains(row, "1 von 4 erreicht")) << row;
    HttpAnswer page = http_get(port(), "/pilotprojekte/willkommen-von-anfang-an");
    ASSERT_EQ(page.status, 200);
    for (const char* city : {"Leipzig", "Hannover", "München"}) {
        EXPECT_TRUE(contains(page.body, city)) << city;
    }
    EXPECT_TRUE(contains(page.body, "Begrüßungsmaterial in fünf Sprachen"));
}

TEST_F(PilotsTest, OnlyLeadCitiesAndAdminsChangeThePilotAndItsMilestones)
{
    const std::string path = create("rechte-pilot");
    HttpSession anonymous(port());
    EXPECT_EQ(anonymous.post("/pilotprojekte/neu", pilot_form("Fremd", "fremd")).status, 401);
    EXPECT_TRUE(anonymous.get("/pilotprojekte/neu").header("Location").starts_with("/anmelden"));
    EXPECT_EQ(anonymous.post(path + "/bearbeiten", without(pilot_form("Fremd", ""), "slug")).status, 401);
    EXPECT_EQ(anonymous.post(path + "/meilensteine", {{"count", "0"}}).status, 401);

    for (const std::string& email : {MUNICH_EMAIL, LEIPZIG_EMAIL}) {
        HttpSession other = signed_in(email);
        EXPECT_EQ(other.get(path + "/bearbeiten").status, 403) << email;
        EXPECT_EQ(other.post(path + "/bearbeiten", without(pilot_form("Übernommen", ""), "slug")).status, 403) << email;
        EXPECT_EQ(other.get(path + "/meilensteine").status, 403) << email;
        EXPECT_EQ(other.post(path + "/meilensteine", {{"count", "1"}, {"title-0", "x"}, {"due-0", "2027-01-01"},
                                                      {"status-0", "offen"}, {"note-0", ""}})
                      .status,
                  403)
            << email;
    }
    EXPECT_TRUE(contains(http_get(port(), path).body, "<h1>Pilot rechte-pilot</h1>")) << "nothing changed";

    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_EQ(jena.post(path + "/bearbeiten", without(pilot_form("Ohne Token", ""), "slug"), false).status, 403)
        << "no CSRF token";
    EXPECT_EQ(jena.get(path + "/bearbeiten").status, 200);
    HttpSession admin = signed_in(ADMIN_EMAIL);
    EXPECT_EQ(admin.get(path + "/meilensteine").status, 200);
    HttpAnswer renamed = admin.post(path + "/bearbeiten", without(pilot_form("Rechte geklärt", ""), "slug"));
    EXPECT_EQ(renamed.status, 303) << renamed.body.substr(0, 1500);
    EXPECT_TRUE(contains(http_get(port(), path).body, "<h1>Rechte geklärt</h1>"));

    // A coordinator may only create a pilot their own city leads.
    HttpAnswer foreign = signed_in(MUNICH_EMAIL).post("/pilotprojekte/neu", pilot_form("Für andere", "fuer-andere"));
    EXPECT_EQ(foreign.status, 400);
    EXPECT_TRUE(contains(foreign.body, "Ihre eigene Stadt muss federführend bleiben"));
    EXPECT_EQ(http_get(port(), "/pilotprojekte/fuer-andere").status, 404);
}

TEST_F(PilotsTest, ALeadCityDeletesAPilotAfterConfirmingAndOthersMayNot)
{
    const std::string path = create("loesch-pilot");
    ASSERT_EQ(signed_in(JENA_EMAIL)
                  .post_file(path + "/dokumente", {{"title", "Konzept"}}, "file", "konzept.pdf", "application/pdf", PDF)
                  .status,
              303);
    EXPECT_TRUE(contains(signed_in(JENA_EMAIL).get(path + "/bearbeiten").body, "action=\"" + path + "/loeschen\""));
    EXPECT_EQ(HttpSession(port()).post(path + "/loeschen", {{"confirm", "ja"}}).status, 401);
    EXPECT_EQ(signed_in(LEIPZIG_EMAIL).post(path + "/loeschen", {{"confirm", "ja"}}).status, 403) << "a partner";
    EXPECT_EQ(signed_in(MUNICH_EMAIL).post(path + "/loeschen", {{"confirm", "ja"}}).status, 403);

    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer unconfirmed = jena.post(path + "/loeschen", {});
    EXPECT_EQ(unconfirmed.status, 400);
    EXPECT_TRUE(contains(unconfirmed.body, "Bitte bestätigen Sie das Löschen mit dem Häkchen."));
    EXPECT_EQ(http_get(port(), path).status, 200) << "still there";

    HttpAnswer deleted = jena.post(path + "/loeschen", {{"confirm", "ja"}});
    ASSERT_EQ(deleted.status, 303);
    EXPECT_EQ(deleted.header("Location"), "/pilotprojekte?geloescht=1");
    EXPECT_TRUE(contains(jena.get("/pilotprojekte?geloescht=1").body, "Das Pilotprojekt wurde gelöscht."));
    EXPECT_EQ(http_get(port(), path).status, 404);
    EXPECT_FALSE(contains(http_get(port(), "/pilotprojekte").body, "loesch-pilot"));
    EXPECT_EQ(jena.post(path + "/loeschen", {{"confirm", "ja"}}).status, 404);
    EXPECT_EQ(jena.get(path + "/loeschen").status, 405);
}

TEST_F(PilotsTest, EachCityEditsOnlyItsOwnEntry)
{
    const std::string path = create("eintraege-pilot");
    const FormFields entry = {{"local_project", LEIPZIG_PROJECT}, {"note", "Wir bringen die Besuche ein."}};
    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    ASSERT_EQ(leipzig.get(path + "/partner/leipzig").status, 200);
    HttpAnswer saved = leipzig.post(path + "/partner/leipzig", entry);
    ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 1500);
    HttpAnswer page = http_get(port(), path);
    EXPECT_TRUE(contains(page.body, "href=\"/praxisbeispiele/" + LEIPZIG_PROJECT + "\""));
    EXPECT_TRUE(contains(page.body, "Wir bringen die Besuche ein."));

    EXPECT_EQ(leipzig.get(path + "/partner/jena").status, 403);
    EXPECT_EQ(leipzig.post(path + "/partner/jena", {{"local_project", ""}, {"note", "fremd"}}).status, 403);
    EXPECT_EQ(signed_in(JENA_EMAIL).post(path + "/partner/leipzig", {{"local_project", ""}, {"note", "x"}}).status, 403)
        << "the lead leaves a partner's entry to it";
    EXPECT_EQ(signed_in(MUNICH_EMAIL).post(path + "/partner/leipzig", {{"local_project", ""}, {"note", "x"}}).status,
              403);
    EXPECT_EQ(signed_in(MUNICH_EMAIL).get(path + "/partner/muenchen").status, 404) << "Munich takes no part";
    EXPECT_EQ(HttpSession(port()).post(path + "/partner/leipzig", {{"local_project", ""}, {"note", "x"}}).status, 401);
    EXPECT_TRUE(contains(http_get(port(), path).body, "Wir bringen die Besuche ein.")) << "nothing changed";

    HttpAnswer admin_entry = signed_in(ADMIN_EMAIL).post(path + "/partner/jena", {{"local_project", "p-jena-familienpass"},
                                                                                  {"note", "Vom Büro eingetragen"}});
    EXPECT_EQ(admin_entry.status, 303);
    EXPECT_TRUE(contains(http_get(port(), path).body, "Vom Büro eingetragen"));

    // The project's page names the pilot.
    HttpAnswer project = http_get(port(), "/praxisbeispiele/" + LEIPZIG_PROJECT);
    EXPECT_TRUE(contains(project.body, "Teil des Pilotprojekts <a href=\"" + path + "\">Pilot eintraege-pilot</a>"));
    EXPECT_FALSE(contains(project.body, "class=\"badge\"")) << "a public project page shows no badge";
}

TEST_F(PilotsTest, BadInputIsShownAgainAsTypedAndNothingIsStored)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer alone = jena.post("/pilotprojekte/neu", without(pilot_form("Allein gelassen", "allein"), "role-leipzig"));
    EXPECT_EQ(alone.status, 400);
    EXPECT_TRUE(contains(alone.body, "mindestens zwei Städte"));
    EXPECT_TRUE(contains(alone.body, "value=\"Allein gelassen\"")) << "the title is kept";
    EXPECT_TRUE(contains(alone.body, "aria-describedby=\"cities-hint cities-error\""));
    EXPECT_TRUE(contains(alone.body, "Mehr Familien erreichen\n\nWege verkürzen")) << "the goals as typed";

    HttpAnswer bad_day = jena.post("/pilotprojekte/neu", with(pilot_form("Schaltjahr", "schaltjahr"), "end_date", "2027-02-29"));
    EXPECT_EQ(bad_day.status, 400);
    EXPECT_TRUE(contains(bad_day.body, "Das Ende „2027-02-29“ ist kein gültiges Datum"));
    EXPECT_TRUE(contains(bad_day.body, "value=\"2027-02-29\""));
    EXPECT_TRUE(contains(bad_day.body, "aria-describedby=\"end_date-hint end_date-error\""));

    HttpAnswer backwards = jena.post("/pilotprojekte/neu", with(pilot_form("Rückwärts", "rueckwaerts"), "end_date", "2025-01-01"));
    EXPECT_EQ(backwards.status, 400);
    EXPECT_TRUE(contains(backwards.body, "Das Ende darf nicht vor dem Beginn liegen."));

    HttpAnswer no_lead = jena.post("/pilotprojekte/neu", with(pilot_form("Ohne Leitung", "ohne-leitung"), "role-jena", "partner"));
    EXPECT_EQ(no_lead.status, 400);
    EXPECT_TRUE(contains(no_lead.body, "Mindestens eine Stadt muss federführend sein."));

    for (const char* slug : {"allein", "schaltjahr", "rueckwaerts", "ohne-leitung"}) {
        EXPECT_EQ(http_get(port(), std::string("/pilotprojekte/") + slug).status, 404) << slug;
    }

    const std::string path = create("eingaben-pilot");
    HttpAnswer milestones = jena.post(path + "/meilensteine", {{"count", "2"},
                                                               {"id-0", ""}, {"title-0", "Auftakt"}, {"due-0", "2026-03-01"},
                                                               {"status-0", "erreicht"}, {"note-0", "Alle da"},
                                                               {"id-1", ""}, {"title-1", ""}, {"due-1", "2026-05-01"},
                                                               {"status-1", "offen"}, {"note-1", "ohne Titel"}});
    EXPECT_EQ(milestones.status, 400);
    EXPECT_TRUE(contains(milestones.body, "Bitte geben Sie dem Meilenstein einen Titel."));
    EXPECT_TRUE(contains(milestones.body, "href=\"#m1-title\""));
    EXPECT_TRUE(contains(milestones.body, "aria-describedby=\"m1-title-error\""));
    EXPECT_TRUE(contains(milestones.body, "value=\"Auftakt\"")) << "the good row is kept";
    EXPECT_TRUE(contains(milestones.body, "value=\"ohne Titel\"")) << "the bad row is kept";
    EXPECT_TRUE(contains(http_get(port(), path).body, "Noch keine Meilensteine eingetragen.")) << "nothing stored";

    HttpAnswer foreign_project = signed_in(LEIPZIG_EMAIL).post(path + "/partner/leipzig",
                                                               {{"local_project", "p-jena-familienpass"}, {"note", "Geliehen"}});
    EXPECT_EQ(foreign_project.status, 400);
    EXPECT_TRUE(contains(foreign_project.body, "Das Praxisbeispiel gehört nicht zu dieser Stadt."));
    EXPECT_TRUE(contains(foreign_project.body, ">Geliehen</textarea>"));
}

TEST_F(PilotsTest, ThePublicSeesPublicPilotsOnlyAndNeitherDocumentsNorMembersOnlyProjects)
{
    const std::string hidden = create("intern-pilot", "members");
    EXPECT_EQ(http_get(port(), hidden).status, 404);
    EXPECT_EQ(overview_row(http_get(port(), "/pilotprojekte").body, "intern-pilot"), "");
    HttpSession munich = signed_in(MUNICH_EMAIL);
    EXPECT_EQ(munich.get(hidden).status, 200) << "every member sees members-only pilots";
    EXPECT_TRUE(contains(overview_row(munich.get("/pilotprojekte").body, "intern-pilot"), "nur für Mitglieder"));
    ASSERT_EQ(signed_in(LEIPZIG_EMAIL)
                  .post(hidden + "/partner/leipzig", {{"local_project", LEIPZIG_PROJECT}, {"note", ""}})
                  .status,
              303);
    EXPECT_FALSE(contains(http_get(port(), "/praxisbeispiele/" + LEIPZIG_PROJECT).body, hidden))
        << "the public project page does not name a members-only pilot";
    EXPECT_TRUE(contains(munich.get("/praxisbeispiele/" + LEIPZIG_PROJECT).body, hidden));

    // A public pilot with Hannover's members-only project linked (by the admin) and a document.
    const std::string path = create("offen-pilot");
    HttpSession admin = signed_in(ADMIN_EMAIL);
    HttpAnswer with_hannover = admin.post(path + "/bearbeiten", with(without(pilot_form("Pilot offen-pilot", ""), "slug"),
                                                                     "role-hannover", "partner"));
    ASSERT_EQ(with_hannover.status, 303) << with_hannover.body.substr(0, 1500);
    ASSERT_EQ(admin.post(path + "/partner/hannover", {{"local_project", HANNOVER_MEMBERS_ONLY}, {"note", "Betrieblich"}})
                  .status,
              303);
    HttpAnswer uploaded = signed_in(LEIPZIG_EMAIL).post_file(path + "/dokumente", {{"title", "Konzept"}}, "file",
                                                             "Konzept Lotsen.pdf", "application/pdf", PDF);
    ASSERT_EQ(uploaded.status, 303) << uploaded.body.substr(0, 800);

    HttpAnswer member_page = munich.get(path);
    EXPECT_TRUE(contains(member_page.body, "href=\"/praxisbeispiele/" + HANNOVER_MEMBERS_ONLY + "\""));
    std::smatch link;
    ASSERT_TRUE(std::regex_search(member_page.body, link, std::regex("href=\"(" + path + "/dokumente/[^\"]+)\"")));
    const std::string document = link[1].str();
    HttpAnswer file = munich.get(document);
    EXPECT_EQ(file.status, 200);
    EXPECT_EQ(file.content_type, "application/pdf");
    EXPECT_EQ(file.body, PDF);
    EXPECT_TRUE(contains(file.header("Content-Disposition"), "Konzept Lotsen.pdf"));
    EXPECT_EQ(file.header("Cache-Control"), "private, no-store");

    HttpAnswer public_page = http_get(port(), path);
    ASSERT_EQ(public_page.status, 200);
    EXPECT_TRUE(contains(public_page.body, "Hannover"));
    EXPECT_FALSE(contains(public_page.body, HANNOVER_MEMBERS_ONLY)) << "the public does not learn of it";
    EXPECT_FALSE(contains(public_page.body, "/dokumente")) << "no documents for the public";
    EXPECT_FALSE(contains(public_page.body, "Konzept"));
    EXPECT_EQ(http_get(port(), document).status, 401);

    EXPECT_EQ(munich.post_file(path + "/dokumente", {}, "file", "a.pdf", "application/pdf", PDF).status, 403)
        << "Munich takes no part";
    EXPECT_EQ(HttpSession(port()).post_file(path + "/dokumente", {}, "file", "a.pdf", "application/pdf", PDF).status, 401);
    EXPECT_EQ(signed_in(JENA_EMAIL)
                  .post_file(path + "/dokumente", {}, "file", "rechnung.pdf", "application/pdf", "<html><script></script></html>")
                  .status,
              400)
        << "recognised by content, not by name";
    EXPECT_EQ(munich.post(document + "/entfernen", {}).status, 403);
    EXPECT_EQ(signed_in(JENA_EMAIL).post(document + "/entfernen", {}).status, 303);
    EXPECT_EQ(munich.get(document).status, 404);
}

// The path of the one document link on `page` whose title is `title`.
std::string document_link(const std::string& page, const std::string& path, const std::string& title)
{
    std::smatch link;
    const std::regex pattern("href=\"(" + path + "/dokumente/[^\"]+)\"[^>]*>" + title);
    return std::regex_search(page, link, pattern) ? link[1].str() : "";
}

TEST_F(PilotsTest, ASaveAgainstANewerStateOverwritesNothing)
{
    const std::string path = create("zwei-staende");
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpSession admin = signed_in(ADMIN_EMAIL);
    const FormFields base = without(pilot_form("Pilot zwei-staende", ""), "slug");
    expect_second_save_refused(jena, admin,
                               {path + "/bearbeiten", with(base, "summary", "Jenas Fassung"), "Jenas Fassung",
                                path + "/bearbeiten", with(base, "summary", "Fassung der Geschäftsstelle"),
                                "Fassung der Geschäftsstelle", "jemand anderes",
                                [&] { return http_get(port(), path).body; }});
}

TEST_F(PilotsTest, ALeadKeepsTheOtherLeadsAndAPartnerRemovesOnlyItsOwnDocuments)
{
    const std::string path = create("zwei-leads");
    const FormFields both_lead = with(without(pilot_form("Pilot zwei-leads", ""), "slug"), "role-leipzig", "federfuehrend");
    HttpSession admin = signed_in(ADMIN_EMAIL);
    ASSERT_EQ(admin.post(path + "/bearbeiten", with(both_lead, "role-muenchen", "partner")).status, 303);
    const std::string leads = "Jena (federführend), Leipzig (federführend), München (Partner)";
    ASSERT_TRUE(contains(overview_row(http_get(port(), "/pilotprojekte").body, "zwei-leads"), leads));

    // Jena drops Leipzig, then makes it a partner: refused, and Leipzig still leads.
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_EQ(jena.post(path + "/bearbeiten", with(without(both_lead, "role-leipzig"), "role-muenchen", "partner")).status,
              403);
    EXPECT_EQ(jena.post(path + "/bearbeiten", with(with(both_lead, "role-leipzig", "partner"), "role-muenchen", "partner"))
                  .status,
              403);
    EXPECT_EQ(jena.post(path + "/loeschen", {{"confirm", "ja"}}).status, 403) << "deleting drops Leipzig too";
    EXPECT_TRUE(contains(overview_row(http_get(port(), "/pilotprojekte").body, "zwei-leads"), leads)) << "nothing changed";
    // What a lead may do: remove a partner.
    EXPECT_EQ(jena.post(path + "/bearbeiten", both_lead).status, 303);
    EXPECT_TRUE(contains(overview_row(http_get(port(), "/pilotprojekte").body, "zwei-leads"),
                         "Jena (federführend), Leipzig (federführend)</"));
    ASSERT_EQ(admin.post(path + "/bearbeiten", with(both_lead, "role-muenchen", "partner")).status, 303);

    // Munich, a partner, removes Jena's document: refused, and it is still there.
    ASSERT_EQ(jena.post_file(path + "/dokumente", {{"title", "Leitkonzept"}}, "file", "lead.pdf", "application/pdf", PDF)
                  .status,
              303);
    HttpSession munich = signed_in(MUNICH_EMAIL);
    ASSERT_EQ(munich.post_file(path + "/dokumente", {{"title", "Muenchner Notiz"}}, "file", "m.pdf", "application/pdf", PDF)
                  .status,
              303);
    const std::string page = munich.get(path).body;
    const std::string leads_document = document_link(page, path, "Leitkonzept");
    const std::string own_document = document_link(page, path, "Muenchner Notiz");
    ASSERT_NE(leads_document, "") << page;
    ASSERT_NE(own_document, "");
    // The page offers the partner the button for its own document only.
    EXPECT_TRUE(contains(page, "action=\"" + own_document + "/entfernen\""));
    EXPECT_FALSE(contains(page, "action=\"" + leads_document + "/entfernen\""));
    EXPECT_TRUE(contains(signed_in(LEIPZIG_EMAIL).get(path).body, "action=\"" + leads_document + "/entfernen\""))
        << "a lead is offered every document's button";
    EXPECT_EQ(munich.post(leads_document + "/entfernen", {}).status, 403);
    EXPECT_EQ(munich.get(leads_document).status, 200) << "nothing changed";
    EXPECT_EQ(munich.get(leads_document).body, PDF);
    EXPECT_EQ(signed_in(LEIPZIG_EMAIL).post(own_document + "/entfernen", {}).status, 303) << "a lead removes any";
    EXPECT_EQ(munich.get(own_document).status, 404);
    ASSERT_EQ(munich.post_file(path + "/dokumente", {{"title", "Zweite Notiz"}}, "file", "n.pdf", "application/pdf", PDF)
                  .status,
              303);
    const std::string second = document_link(munich.get(path).body, path, "Zweite Notiz");
    EXPECT_EQ(munich.post(second + "/entfernen", {}).status, 303) << "a partner removes its own";
    EXPECT_EQ(munich.get(second).status, 404);
}

TEST_F(PilotsTest, TheOverviewCountsMilestonesNamesTheNextAndMarksTheOverdue)
{
    const std::string path = create("stand-pilot");
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer saved = jena.post(path + "/meilensteine", {{"count", "4"},
                                                          {"id-0", ""}, {"title-0", "Auftakt"}, {"due-0", "2020-01-15"},
                                                          {"status-0", "erreicht"}, {"note-0", ""},
                                                          {"id-1", ""}, {"title-1", "Schulung"}, {"due-1", "2020-06-30"},
                                                          {"status-1", "verschoben"}, {"note-1", "Referentin krank"},
                                                          {"id-2", ""}, {"title-2", "Abschlussbericht"}, {"due-2", "2099-12-31"},
                                                          {"status-2", "offen"}, {"note-2", ""},
                                                          {"id-3", ""}, {"title-3", ""}, {"due-3", ""},
                                                          {"status-3", "offen"}, {"note-3", ""}});
    ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 1500);
    const std::string row = overview_row(http_get(port(), "/pilotprojekte").body, "stand-pilot");
    EXPECT_TRUE(contains(row, "1 von 3 erreicht"));
    EXPECT_TRUE(contains(row, "<td>Schulung (30.06.2020)</td>")) << "the unreached milestone due first";
    EXPECT_TRUE(contains(row, "<strong>1 überfällig: Schulung (30.06.2020)</strong>"));

    HttpAnswer page = http_get(port(), path);
    EXPECT_TRUE(contains(page.body, "<th scope=\"row\">Schulung</th><td>30.06.2020</td><td>Verschoben – <strong>überfällig</strong></td>"));
    EXPECT_TRUE(contains(page.body, "<th scope=\"row\">Auftakt</th><td>15.01.2020</td><td>Erreicht</td>"));
    EXPECT_TRUE(contains(page.body, "<th scope=\"row\">Abschlussbericht</th><td>31.12.2099</td><td>Offen</td>"));

    // Reaching it and removing the report: nothing overdue, nothing next.
    HttpAnswer form = jena.get(path + "/meilensteine");
    std::smatch id;
    ASSERT_TRUE(std::regex_search(form.body, id, std::regex("name=\"id-1\" value=\"(m-[^\"]+)\"")));
    std::smatch report;
    ASSERT_TRUE(std::regex_search(form.body, report, std::regex("name=\"id-2\" value=\"(m-[^\"]+)\"")));
    std::smatch first;
    ASSERT_TRUE(std::regex_search(form.body, first, std::regex("name=\"id-0\" value=\"(m-[^\"]+)\"")));
    ASSERT_EQ(jena.post(path + "/meilensteine", {{"count", "3"},
                                                 {"id-0", first[1].str()}, {"title-0", "Auftakt"}, {"due-0", "2020-01-15"},
                                                 {"status-0", "erreicht"}, {"note-0", ""},
                                                 {"id-1", id[1].str()}, {"title-1", "Schulung"}, {"due-1", "2020-06-30"},
                                                 {"status-1", "erreicht"}, {"note-1", ""},
                                                 {"id-2", report[1].str()}, {"title-2", "Abschlussbericht"},
                                                 {"due-2", "2099-12-31"}, {"status-2", "offen"}, {"note-2", ""},
                                                 {"remove-2", "ja"}})
                  .status,
              303);
    const std::string after = overview_row(http_get(port(), "/pilotprojekte").body, "stand-pilot");
    EXPECT_TRUE(contains(after, "2 von 2 erreicht"));
    EXPECT_TRUE(contains(after, "Kein offener Meilenstein"));
    EXPECT_TRUE(contains(after, "Nichts überfällig"));
}


TEST_F(PilotsTest, AnUnknownStatusOrRoleIsRefusedWithItsMessage)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer status = jena.post("/pilotprojekte/neu", with(pilot_form("Status", "status-pilot"), "status", "pausiert"));
    EXPECT_EQ(status.status, 400);
    EXPECT_TRUE(contains(status.body, "Der Status „pausiert“ ist ungültig.")) << status.body.substr(0, 1500);
    HttpAnswer role = jena.post("/pilotprojekte/neu", with(pilot_form("Rolle", "rollen-pilot"), "role-leipzig", "chef"));
    EXPECT_EQ(role.status, 400);
    EXPECT_TRUE(contains(role.body, "Die Rolle von Leipzig ist ungültig."));

    const std::string path = create("meilenstein-status");
    HttpAnswer milestone = jena.post(path + "/meilensteine", {{"count", "1"}, {"id-0", ""}, {"title-0", "Auftakt"},
                                                              {"due-0", "2026-03-01"}, {"status-0", "fertig"},
                                                              {"note-0", ""}});
    EXPECT_EQ(milestone.status, 400);
    EXPECT_TRUE(contains(milestone.body, "Der Status „fertig“ eines Meilensteins ist ungültig."));
}

} // namespace
} // namespace rundum::testing
