// SPDX-License-Identifier: EUPL-1.2
// Shared challenges over HTTP, on every backend: the admin's challenges, the coordinators'
// approaches with their own projects, who may do what, and what the public sees.
#include <gtest/gtest.h>

#include <regex>

#include "concurrent_edit.hpp"
#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Familienzentren in Jena wachsen";
const std::string JENA_PROJECT = "p-jena-familienpass";
const std::string MUNICH_PROJECT = "p-muenchen-babybegruessungspaket";
// The entry of one challenge on the list page, from its link to the end of its item.
std::string list_item(const std::string& list, const std::string& slug)
{
    const std::size_t start = list.find("href=\"/herausforderungen/" + slug + "\"");
    if (start == std::string::npos) {
        return "";
    }
    return list.substr(start, list.find("</li>", start) - start);
}

const std::string HANNOVER_MEMBERS_ONLY = "p-hannover-betriebliche-kinderbetreuung";

FormFields challenge_form(const std::string& title, const std::string& slug)
{
    return {{"title", title},
            {"slug", slug},
            {"description",
             "Die Mieten **steigen** schneller als die Einkommen. <script>alert(1)</script>\n\n"
             "- Zweiter Absatz"},
            {"open_questions",
             "Wie halten wir Familien in der Innenstadt?\n\nWer baut für große Familien?"},
            {"position", ""}};
}

class ChallengesTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // Creates a challenge as the admin and returns its path.
    static std::string create(const std::string& title, const std::string& slug)
    {
        HttpSession admin = signed_in(ADMIN_EMAIL);
        HttpAnswer created = admin.post("/herausforderungen/neu", challenge_form(title, slug));
        EXPECT_EQ(created.status, 303) << created.body.substr(0, 800);
        return "/herausforderungen/" + slug;
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(ChallengesTest, TheAdminCreatesAChallengeThatIsListedAndShown)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    ASSERT_EQ(admin.get("/herausforderungen/neu").status, 200);
    HttpAnswer created =
        admin.post("/herausforderungen/neu", challenge_form("Wohnungsmarkt im Test", ""));
    ASSERT_EQ(created.status, 303) << created.body.substr(0, 800);
    EXPECT_EQ(created.header("Location"), "/herausforderungen/wohnungsmarkt-im-test?gespeichert=1")
        << "the slug comes from the title";

    HttpAnswer list = http_get(port(), "/herausforderungen");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(
        list.body, "href=\"/herausforderungen/wohnungsmarkt-im-test\">Wohnungsmarkt im Test</a>"));
    const std::string item = list_item(list.body, "wohnungsmarkt-im-test");
    EXPECT_TRUE(contains(item, "Die Mieten steigen schneller als die Einkommen."))
        << "short plain description";
    EXPECT_TRUE(contains(item, "Noch keine Stadt hat ihren Ansatz beschrieben."));
    EXPECT_FALSE(contains(item, "Zweiter Absatz")) << "only the opening paragraph";
    EXPECT_FALSE(contains(list.body, "<script>alert"));
    EXPECT_TRUE(contains(
        list.body, "href=\"/herausforderungen\" aria-current=\"page\">Herausforderungen</a>"));
    EXPECT_FALSE(contains(list.body, "/herausforderungen/neu")) << "no admin link for the public";

    HttpAnswer page = http_get(port(), "/herausforderungen/wohnungsmarkt-im-test");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<h1>Wohnungsmarkt im Test</h1>"));
    EXPECT_TRUE(contains(page.body, "<strong>steigen</strong>")) << "Markdown rendered";
    EXPECT_TRUE(contains(page.body, "<li>Zweiter Absatz</li>"));
    EXPECT_FALSE(contains(page.body, "<script>alert(1)")) << "raw HTML never passes";
    EXPECT_TRUE(contains(page.body, "Wie die Städte daran arbeiten"));
    EXPECT_TRUE(contains(page.body, "<li>Wie halten wir Familien in der Innenstadt?</li>"));
    EXPECT_TRUE(contains(page.body, "<li>Wer baut für große Familien?</li>"));
    EXPECT_TRUE(contains(page.body, "Besprochen bei"));
    EXPECT_TRUE(contains(page.body, "Noch bei keinem Treffen besprochen."));
    EXPECT_FALSE(contains(page.body, "/bearbeiten\""));

    FormFields edited = challenge_form("Wohnungsmärkte und Mieten im Test", "");
    edited.erase(edited.begin() + 1); // the slug cannot change
    edited[3] = {"position", "2"};
    ASSERT_EQ(admin.post("/herausforderungen/wohnungsmarkt-im-test/bearbeiten", edited).status,
              303);
    EXPECT_TRUE(contains(http_get(port(), "/herausforderungen/wohnungsmarkt-im-test").body,
                         "<h1>Wohnungsmärkte und Mieten im Test</h1>"));
    HttpAnswer audit = admin.get("/verwaltung");
    EXPECT_TRUE(contains(audit.body, "Herausforderung angelegt"));
    EXPECT_TRUE(contains(audit.body, "Herausforderung geändert"));
}

TEST_F(ChallengesTest, OnlyAdminsManageChallengesAndEveryFormNeedsItsToken)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_EQ(jena.get("/herausforderungen/neu").status, 403);
    EXPECT_EQ(
        jena.post("/herausforderungen/neu", challenge_form("Kitaausbau im Test", "test-kitaausbau"))
            .status,
        403);
    HttpSession anonymous(port());
    EXPECT_EQ(
        anonymous
            .post("/herausforderungen/neu", challenge_form("Kitaausbau im Test", "test-kitaausbau"))
            .status,
        401);
    HttpAnswer sign_in = anonymous.get("/herausforderungen/neu");
    EXPECT_EQ(sign_in.status, 303);
    EXPECT_TRUE(sign_in.header("Location").starts_with("/anmelden"));
    HttpSession admin = signed_in(ADMIN_EMAIL);
    EXPECT_EQ(admin
                  .post("/herausforderungen/neu",
                        challenge_form("Kitaausbau im Test", "test-kitaausbau"), false)
                  .status,
              403)
        << "no CSRF token";
    EXPECT_EQ(http_get(port(), "/herausforderungen/test-kitaausbau").status, 404)
        << "nothing was created";
}

TEST_F(ChallengesTest, InvalidChallengesAreExplainedAndWhatWasTypedStays)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    HttpAnswer long_title =
        admin.post("/herausforderungen/neu", challenge_form(std::string(201, 'x'), "zu-lang"));
    EXPECT_EQ(long_title.status, 400);
    EXPECT_TRUE(contains(long_title.body, "Der Titel darf höchstens 200 Zeichen lang sein."));
    EXPECT_TRUE(
        contains(long_title.body, "aria-invalid=\"true\" aria-describedby=\"title-error\""));
    EXPECT_TRUE(contains(long_title.body, "value=\"zu-lang\"")) << "the typed slug stays";
    EXPECT_TRUE(contains(long_title.body, "Wer baut für große Familien?</textarea>"));
    EXPECT_EQ(http_get(port(), "/herausforderungen/zu-lang").status, 404);

    EXPECT_EQ(admin.post("/herausforderungen/neu", challenge_form("Neu", "neu")).status, 400)
        << "reserved";
    FormFields bad_position = challenge_form("Kinderarmut im Test", "test-kinderarmut");
    bad_position[4] = {"position", "zwei"};
    HttpAnswer position = admin.post("/herausforderungen/neu", bad_position);
    EXPECT_EQ(position.status, 400);
    EXPECT_TRUE(contains(position.body, "Die Reihenfolge muss eine ganze Zahl"));
    EXPECT_TRUE(contains(position.body, "value=\"zwei\""));

    const std::string path = create("Kinderarmut im Test", "test-kinderarmut");
    HttpAnswer taken = admin.post("/herausforderungen/neu",
                                  challenge_form("Armut von Familien", "test-kinderarmut"));
    EXPECT_EQ(taken.status, 409);
    EXPECT_TRUE(contains(
        taken.body, "Den Adressnamen „test-kinderarmut“ hat schon eine andere Herausforderung."));
    EXPECT_TRUE(contains(http_get(port(), path).body, "<h1>Kinderarmut im Test</h1>"))
        << "the first one stays";
    FormFields many_questions = challenge_form("Kinderarmut im Test", "");
    many_questions.erase(many_questions.begin() + 1);
    std::string questions;
    for (int i = 1; i <= 21; ++i) {
        questions += "Frage ";
        questions += std::to_string(i);
        questions += "?\n";
    }
    many_questions[2] = {"open_questions", questions};
    HttpAnswer refused = admin.post(path + "/bearbeiten", many_questions);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Es sind höchstens 20 offene Fragen möglich."));
    EXPECT_FALSE(contains(http_get(port(), path).body, "Frage 1?"));
}

TEST_F(ChallengesTest, AnApproachSavedAgainstANewerStateOverwritesNothing)
{
    const std::string path = create("Zwei Fassungen im Test", "test-zwei-fassungen");
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpSession admin = signed_in(ADMIN_EMAIL);
    expect_second_save_refused(jena, admin,
                               {path + "/ansatz", {{"text", "Jenas Fassung des Ansatzes."}}, "Jenas Fassung des Ansatzes.",
                                path + "/ansatz?stadt=jena", {{"text", "Die Fassung der Geschäftsstelle."}},
                                "Die Fassung der Geschäftsstelle.", "jemand anderes",
                                [&] { return http_get(port(), path).body; }});
}

TEST_F(ChallengesTest, ACoordinatorDescribesTheApproachOfTheirCityWithItsOwnProject)
{
    const std::string path = create("Kitaausbau im Test", "test-kitaausbau");
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_TRUE(contains(jena.get(path).body,
                         "href=\"" + path + "/ansatz\">Ansatz von Jena beschreiben</a>"));
    HttpAnswer form = jena.get(path + "/ansatz");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "name=\"projects\" value=\"" + JENA_PROJECT + "\""));
    EXPECT_FALSE(contains(form.body, MUNICH_PROJECT)) << "only the city's own projects";
    HttpAnswer saved = jena.post(
        path + "/ansatz", {{"text", "Jena baut Kitas mit freien Trägern.\nDer Familienpass hilft."},
                           {"projects", JENA_PROJECT}});
    ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 800);

    HttpAnswer page = http_get(port(), path);
    EXPECT_TRUE(contains(page.body, "<a href=\"/staedte/jena\">Jena</a>"));
    EXPECT_TRUE(contains(page.body, "<p>Jena baut Kitas mit freien Trägern.</p>"));
    EXPECT_TRUE(contains(page.body, "<p>Der Familienpass hilft.</p>"));
    EXPECT_TRUE(std::regex_search(page.body, std::regex("Stand: \\d\\d\\.\\d\\d\\.20\\d\\d")));
    EXPECT_TRUE(
        contains(page.body, "<a href=\"/praxisbeispiele/" + JENA_PROJECT + "\">Familienpass</a>"));
    EXPECT_TRUE(contains(list_item(http_get(port(), "/herausforderungen").body, "test-kitaausbau"),
                         "1 Stadt arbeitet daran."));
    EXPECT_TRUE(
        contains(jena.get(path + "/ansatz").body, "value=\"" + JENA_PROJECT + "\" checked"));
    EXPECT_TRUE(contains(signed_in(ADMIN_EMAIL).get("/verwaltung").body,
                         "Ansatz einer Stadt zu einer Herausforderung gespeichert"));

    // An empty text removes the approach; unticking unlinks the project.
    ASSERT_EQ(jena.post(path + "/ansatz", {{"text", "  "}}).status, 303);
    page = http_get(port(), path);
    EXPECT_FALSE(contains(page.body, "Jena baut Kitas"));
    EXPECT_FALSE(contains(page.body, JENA_PROJECT));
    EXPECT_TRUE(contains(page.body, "Noch keine Stadt hat ihren Ansatz beschrieben."));
}

TEST_F(ChallengesTest, ACoordinatorCannotWriteAnotherCitysApproach)
{
    const std::string path = create("Familienarmut im Test", "test-familienarmut");
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_EQ(jena.get(path + "/ansatz?stadt=muenchen").status, 403);
    EXPECT_EQ(jena.post(path + "/ansatz?stadt=muenchen",
                        {{"text", "München macht das so."}, {"projects", MUNICH_PROJECT}})
                  .status,
              403);
    EXPECT_EQ(jena.get(path + "/ansatz?stadt=nirgendwo").status, 404);
    EXPECT_EQ(jena.get("/herausforderungen/gibt-es-nicht/ansatz").status, 404);
    HttpSession anonymous(port());
    EXPECT_EQ(anonymous.get(path + "/ansatz").status, 303) << "to the sign-in page";
    EXPECT_EQ(anonymous.post(path + "/ansatz?stadt=jena", {{"text", "Von außen"}}).status, 401);
    HttpAnswer page = http_get(port(), path);
    EXPECT_FALSE(contains(page.body, "München macht das so."));
    EXPECT_FALSE(contains(page.body, "Von außen"));
    EXPECT_FALSE(contains(page.body, MUNICH_PROJECT));
}

TEST_F(ChallengesTest, AForgedLinkToAnotherCitysProjectIsRefusedAndNothingChanges)
{
    const std::string path = create("Wohnen im Test", "test-wohnen");
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(
        jena.post(path + "/ansatz", {{"text", "Erster Ansatz"}, {"projects", JENA_PROJECT}}).status,
        303);
    HttpAnswer forged = jena.post(
        path + "/ansatz",
        {{"text", "Geänderter Ansatz"}, {"projects", JENA_PROJECT}, {"projects", MUNICH_PROJECT}});
    EXPECT_EQ(forged.status, 400);
    EXPECT_TRUE(contains(forged.body, "Das Praxisbeispiel „" + MUNICH_PROJECT +
                                          "“ gehört nicht zu dieser Stadt."));
    EXPECT_TRUE(contains(forged.body, "Geänderter Ansatz</textarea>")) << "what was typed stays";
    HttpAnswer page = http_get(port(), path);
    EXPECT_TRUE(contains(page.body, "Erster Ansatz"));
    EXPECT_FALSE(contains(page.body, "Geänderter Ansatz"));
    EXPECT_TRUE(contains(page.body, JENA_PROJECT));
    EXPECT_FALSE(contains(page.body, MUNICH_PROJECT));
}

TEST_F(ChallengesTest, ATooLongApproachIsExplainedInGermanAndNothingChanges)
{
    const std::string path = create("Kinderbetreuung im Test", "test-kinderbetreuung");
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(jena.post(path + "/ansatz", {{"text", "Kurz und gut."}}).status, 303);
    std::string long_text;
    for (int i = 0; i < 2001; ++i) {
        long_text += "ä";
    }
    HttpAnswer refused =
        jena.post(path + "/ansatz", {{"text", long_text}, {"projects", JENA_PROJECT}});
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Der Ansatz darf höchstens 2000 Zeichen lang sein."));
    EXPECT_TRUE(contains(refused.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(contains(refused.body, "class=\"error-summary\""));
    EXPECT_TRUE(contains(refused.body, long_text + "</textarea>"));
    EXPECT_TRUE(contains(refused.body, "value=\"" + JENA_PROJECT + "\" checked"))
        << "the ticks stay";
    HttpAnswer page = http_get(port(), path);
    EXPECT_TRUE(contains(page.body, "Kurz und gut."));
    EXPECT_FALSE(contains(page.body, JENA_PROJECT));
}

TEST_F(ChallengesTest, ThePublicNeverSeesMembersOnlyLinkedProjects)
{
    const std::string path = create("Vereinbarkeit im Test", "test-vereinbarkeit");
    HttpSession admin = signed_in(ADMIN_EMAIL);
    HttpAnswer choice = admin.get(path + "/ansatz");
    ASSERT_EQ(choice.status, 200);
    EXPECT_TRUE(contains(choice.body, "<option value=\"hannover\">Hannover</option>"))
        << "the admin picks the city";
    ASSERT_EQ(
        admin
            .post(path + "/ansatz?stadt=hannover", {{"text", "Hannover arbeitet mit Betrieben."},
                                                    {"projects", HANNOVER_MEMBERS_ONLY}})
            .status,
        303);
    HttpAnswer before = http_get(port(), path); // fills the public cache
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer member = jena.get(path);
    EXPECT_TRUE(contains(member.body, "<a href=\"/praxisbeispiele/" + HANNOVER_MEMBERS_ONLY +
                                          "\">Notfallbetreuung für Beschäftigte</a>"));
    EXPECT_TRUE(contains(member.body, "Nur für Mitglieder sichtbar"));
    EXPECT_EQ(member.header("Cache-Control"), "private, no-store");
    for (const HttpAnswer& page : {before, http_get(port(), path)}) {
        EXPECT_TRUE(contains(page.body, "Hannover arbeitet mit Betrieben."));
        EXPECT_FALSE(contains(page.body, HANNOVER_MEMBERS_ONLY));
        EXPECT_FALSE(contains(page.body, "Notfallbetreuung"));
        EXPECT_TRUE(contains(page.body, "Noch keine Praxisbeispiele zugeordnet."));
    }
}

TEST_F(ChallengesTest, DeletingAChallengeNeedsTheTick)
{
    const std::string path = create("Ferienbetreuung im Test", "test-ferienbetreuung");
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(jena.post(path + "/ansatz", {{"text", "Jena bietet Ferienpässe."}}).status, 303);
    EXPECT_EQ(jena.post(path + "/loeschen", {{"confirm", "ja"}}).status, 403);
    HttpSession admin = signed_in(ADMIN_EMAIL);
    HttpAnswer unticked = admin.post(path + "/loeschen", {});
    EXPECT_EQ(unticked.status, 400);
    EXPECT_TRUE(contains(unticked.body, "Bitte bestätigen Sie das Löschen mit dem Häkchen."));
    EXPECT_EQ(http_get(port(), path).status, 200);
    EXPECT_EQ(admin.get(path + "/loeschen").status, 405);
    HttpAnswer deleted = admin.post(path + "/loeschen", {{"confirm", "ja"}});
    ASSERT_EQ(deleted.status, 303);
    EXPECT_EQ(http_get(port(), path).status, 404);
    EXPECT_FALSE(contains(http_get(port(), "/herausforderungen").body, "Ferienbetreuung im Test"));
    EXPECT_TRUE(contains(admin.get("/verwaltung").body, "Herausforderung gelöscht"));
}

} // namespace
} // namespace rundum::testing
