// SPDX-License-Identifier: EUPL-1.2
// Nachmachen over HTTP, on every backend: adopting another city's Praxisbeispiel (with a copy to
// adapt), who may change the record, what the public sees, interest that tells the original's
// city once (in rundum and by mail), advice between cities, and bad input that changes nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "../mail/smtp_receiver.hpp"
#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

namespace mailtest = mail::testing;

std::size_t occurrences(const std::string& text, const std::string& part)
{
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) {
        ++count;
    }
    return count;
}

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string LEIPZIG_EMAIL = "koordination@leipzig.example";
const std::string PASSPHRASE = "Familienzentren in Jena wachsen";
const std::string MUNICH = "/praxisbeispiele/p-muenchen-babybegruessungspaket";
const std::string HAMBURG = "/praxisbeispiele/p-hamburg-wohnungstausch";
const std::string KOBLENZ = "/praxisbeispiele/p-koblenz-ferienbetreuung";

FormFields adoption_form(const std::string& own, const std::string& adaptations, const std::string& started)
{
    return {{"own_project", own},
            {"existing_project_id", ""},
            {"adaptations", adaptations},
            {"experience", "Die Hebammen verteilen die Pakete gern."},
            {"outcome", "gut"},
            {"started", started}};
}

// A complete project form as a browser sends it, with a contact address.
FormFields project_form(const std::string& title, const std::string& contact_email)
{
    return {{"title", title}, {"summary", "Familien bekommen Rat vor Ort."}, {"description", "Ein Bus."},
            {"topics", "familien-und-kinderarmut"}, {"target_groups", ""}, {"status", "laeuft"},
            {"start_date", "2024"}, {"end_date", ""}, {"lead_organisation", ""}, {"partners", ""},
            {"costs_and_funding", ""}, {"staff_effort", ""}, {"goals", ""}, {"results", ""},
            {"success_factors", ""}, {"stumbling_blocks", ""}, {"transfer_requirements", ""},
            {"contact_name", "Stefanie Beispiel"}, {"contact_email", contact_email}, {"contact_phone", ""},
            {"links", ""}, {"visibility", "public"}};
}

std::string location_path(const HttpAnswer& answer)
{
    std::string location = answer.header("Location");
    return location.substr(0, location.find_first_of("?#"));
}

// The first capture of `pattern` in `text`, or "".
std::string first_match(const std::string& text, const std::string& pattern)
{
    std::smatch match;
    return std::regex_search(text, match, std::regex(pattern)) ? match[1].str() : "";
}

class AdoptionsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
        // A second city's coordination, to see what one city may do to another's records.
        const std::string link = s_site->rundum({"user", "add", "--data", s_site->data(), "--coordinator",
                                                 LEIPZIG_EMAIL, "--city", "leipzig"})
                                     .out;
        EXPECT_EQ(HttpSession(port()).set_password(path_of(link), "Lena Leipzig", PASSPHRASE).status, 303);
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // The mails the server has sent so far (the demo site writes them as files).
    static std::vector<std::string> sent_mails() { return s_site->outbox_mails(); }

    static std::vector<std::string> mails_to(const std::string& address)
    {
        std::vector<std::string> found;
        for (const std::string& mail : sent_mails()) {
            if (contains(mailtest::raw_header(mail, "To"), address)) {
                found.push_back(mail);
            }
        }
        return found;
    }

    // Waits (bounded) until `count` mails to `address` have been sent.
    static bool wait_for_mails_to(const std::string& address, std::size_t count)
    {
        for (int i = 0; i < 150; ++i) {
            if (mails_to(address).size() >= count) {
                return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(AdoptionsTest, ACoordinatorAdoptsAnotherCitysProjectWithACopyToAdapt)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer form = jena.get(MUNICH + "/uebernehmen");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "<strong>Jena</strong>")) << "a coordinator records for their own city";
    HttpAnswer adopted =
        jena.post(MUNICH + "/uebernehmen", adoption_form("kopie", "Kleinere Pakete, weil Jena kleiner ist.", "2024-09"));
    ASSERT_EQ(adopted.status, 303) << adopted.body.substr(0, 800);
    const std::string edit = location_path(adopted);
    ASSERT_TRUE(edit.starts_with("/praxisbeispiele/p-") && edit.ends_with("/bearbeiten")) << edit;
    const std::string copy = edit.substr(0, edit.size() - std::string("/bearbeiten").size());
    EXPECT_EQ(jena.get(edit).status, 200) << "the copy is Jena's to adapt";

    // The copy: Jena's, planned, members only, with a first version, and marked as an adaptation.
    HttpAnswer copy_page = jena.get(copy);
    ASSERT_EQ(copy_page.status, 200);
    EXPECT_TRUE(contains(copy_page.body, "<h1>Babybegrüßungspaket</h1>"));
    EXPECT_TRUE(contains(copy_page.body, "href=\"/staedte/jena\">Jena</a>"));
    EXPECT_TRUE(contains(copy_page.body, "<dd>geplant</dd>"));
    EXPECT_TRUE(contains(copy_page.body, "Nur für Mitglieder sichtbar"));
    EXPECT_TRUE(contains(copy_page.body, "Übernommen von <a href=\"" + MUNICH + "\">Babybegrüßungspaket</a> (München)"));
    EXPECT_TRUE(contains(copy_page.body, "(dieses Praxisbeispiel)")) << "its family tree";
    EXPECT_EQ(http_get(port(), copy).status, 404) << "members only";
    HttpAnswer versions = jena.get(copy + "/versionen");
    ASSERT_EQ(versions.status, 200);
    EXPECT_TRUE(contains(versions.body, "Stefanie Beispiel"));

    // The original lists the adoption for members, with what changed, how it went and the tree.
    HttpAnswer original = jena.get(MUNICH);
    ASSERT_EQ(original.status, 200);
    EXPECT_TRUE(contains(original.body, "<h2 id=\"nachgemacht\">Nachgemacht</h2>"));
    EXPECT_TRUE(contains(original.body, "<p>Kleinere Pakete, weil Jena kleiner ist.</p>"));
    EXPECT_TRUE(contains(original.body, "<dd>gut</dd>"));
    EXPECT_TRUE(contains(original.body, "<dd>09/2024</dd>"));
    EXPECT_TRUE(contains(original.body, "<a href=\"" + copy + "\">Babybegrüßungspaket</a>"));
    EXPECT_TRUE(contains(original.body, "<ul class=\"family-tree\">\n<li><strong>Babybegrüßungspaket</strong> (München)"));

    // The public: the copy is members-only, so nothing of this adoption shows.
    HttpAnswer public_page = http_get(port(), MUNICH);
    ASSERT_EQ(public_page.status, 200);
    EXPECT_FALSE(contains(public_page.body, "Kleinere Pakete"));
    EXPECT_FALSE(contains(public_page.body, copy));
    EXPECT_FALSE(contains(public_page.body, "(Jena)")) << "Jena's members-only copy is not in the public tree";
    EXPECT_FALSE(contains(public_page.body, "Interessierte Städte"));
    EXPECT_TRUE(contains(public_page.body, "(Hannover)")) << "the demo's public adoption still shows";

    // Twice is refused, and the city's own project cannot be adopted.
    HttpAnswer again = jena.post(MUNICH + "/uebernehmen", adoption_form("keins", "Noch einmal", "2025"));
    EXPECT_EQ(again.status, 409);
    EXPECT_TRUE(contains(again.body, "Jena hat schon eingetragen, dass sie dieses Praxisbeispiel übernommen hat."));
    EXPECT_EQ(occurrences(jena.get(MUNICH).body, "/bearbeiten\">Übernahme bearbeiten"), 1u);
    HttpAnswer own = jena.post("/praxisbeispiele/p-jena-familienpass/uebernehmen", adoption_form("keins", "x", ""));
    EXPECT_EQ(own.status, 400);
    EXPECT_TRUE(contains(own.body, "Eine Stadt kann ihr eigenes Praxisbeispiel nicht übernehmen."));
    EXPECT_EQ(jena.get("/praxisbeispiele/p-jena-familienpass/uebernehmen").status, 400);
}

TEST_F(AdoptionsTest, OnlyTheAdoptingCityChangesItsAdoptionAndThePublicSeesOnlyPublicOnes)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(jena.post(HAMBURG + "/uebernehmen", adoption_form("keins", "Tauschbörse mit der Wohnungsgesellschaft.", "2023"))
                  .status,
              303);
    const std::string id = first_match(jena.get(HAMBURG).body, "/uebernahmen/([^/\"]+)/bearbeiten");
    ASSERT_FALSE(id.empty());
    const std::string edit = "/uebernahmen/" + id + "/bearbeiten";

    // Without an own project, everything involved is public: the public sees the adoption.
    HttpAnswer public_page = http_get(port(), HAMBURG);
    EXPECT_TRUE(contains(public_page.body, "Tauschbörse mit der Wohnungsgesellschaft."));
    EXPECT_TRUE(contains(public_page.body, "noch kein eigenes Praxisbeispiel"));
    EXPECT_FALSE(contains(public_page.body, edit));

    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    EXPECT_EQ(leipzig.get(edit).status, 403);
    FormFields changed = {{"existing_project_id", ""}, {"adaptations", "Übernommen von Leipzig"}, {"experience", ""},
                          {"outcome", "schwierig"}, {"started", "2023"}, {"update_date", "2025-01-10"}, {"update_text", ""}};
    EXPECT_EQ(leipzig.post(edit, changed).status, 403);
    EXPECT_EQ(leipzig.post("/uebernahmen/" + id + "/loeschen", {{"confirm", "ja"}}).status, 403);
    EXPECT_FALSE(contains(leipzig.get(HAMBURG).body, edit)) << "no edit link for another city";
    EXPECT_EQ(HttpSession(port()).post(edit, changed).status, 401);

    // Jena adds a later state and changes its verdict; the admin may edit as well.
    changed = {{"existing_project_id", ""}, {"adaptations", "Tauschbörse mit der Wohnungsgesellschaft."},
               {"experience", "Wenige Tausche im ersten Jahr."}, {"outcome", "gemischt"}, {"started", "2023"},
               {"update_date", "2025-01-10"}, {"update_text", "Nach zwei Jahren: 14 Familien haben getauscht."}};
    ASSERT_EQ(jena.post(edit, changed).status, 303);
    HttpAnswer page = jena.get(HAMBURG);
    EXPECT_TRUE(contains(page.body, "<li><strong>10.01.2025:</strong> Nach zwei Jahren: 14 Familien haben getauscht.</li>"));
    EXPECT_TRUE(contains(page.body, "<dd>gemischt</dd>"));
    EXPECT_EQ(signed_in(ADMIN_EMAIL).get(edit).status, 200);

    EXPECT_EQ(jena.post("/uebernahmen/" + id + "/loeschen", {}).status, 400) << "deleting needs the tick";
    EXPECT_TRUE(contains(jena.get(HAMBURG).body, "Nach zwei Jahren"));
    ASSERT_EQ(jena.post("/uebernahmen/" + id + "/loeschen", {{"confirm", "ja"}}).status, 303);
    EXPECT_FALSE(contains(jena.get(HAMBURG).body, "Tauschbörse mit der Wohnungsgesellschaft."));
    EXPECT_EQ(jena.get(edit).status, 404);
}

TEST_F(AdoptionsTest, InterestTellsTheOriginalsContactAndCityOnce)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer created = jena.post("/praxisbeispiele/neu", project_form("Beratungsbus im Wohngebiet", "bus@jena.example"));
    ASSERT_EQ(created.status, 303) << created.body.substr(0, 600);
    const std::string project = location_path(created);

    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    EXPECT_TRUE(contains(leipzig.get(project).body, "action=\"" + project + "/interesse\""));
    HttpAnswer interested = leipzig.post(project + "/interesse", {{"note", "Was kostet der Bus im Jahr?"}});
    ASSERT_EQ(interested.status, 303);

    // The contact gets a German mail naming the city, the project and a link, but not the note:
    // the address has no account, and the note stays in the network.
    ASSERT_TRUE(wait_for_mails_to("bus@jena.example", 1));
    const std::string mail = mails_to("bus@jena.example").front();
    EXPECT_EQ(mailtest::decode_header_value(mailtest::raw_header(mail, "Subject")),
              "Interesse an Ihrem Praxisbeispiel „Beratungsbus im Wohngebiet“");
    const std::string body = mailtest::decode_quoted_printable(mailtest::body_of(mail));
    EXPECT_TRUE(contains(body, "Leipzig interessiert sich für Ihr Praxisbeispiel „Beratungsbus im Wohngebiet“"));
    EXPECT_FALSE(contains(body, "Was kostet der Bus")) << "the note left the network";
    EXPECT_TRUE(contains(body, "Sie bleibt im Netzwerk")) << body;
    EXPECT_TRUE(contains(body, project + "#interesse")) << body;

    // Jena's coordination reads it on its account page, and sees Leipzig on the project.
    HttpAnswer account = jena.get("/konto");
    EXPECT_TRUE(contains(account.body, "<strong>Neu:</strong> Leipzig interessiert sich für Ihr Praxisbeispiel "
                                       "„Beratungsbus im Wohngebiet“."));
    EXPECT_TRUE(contains(account.body, "href=\"" + project + "#interesse\""));
    EXPECT_TRUE(contains(jena.get("/").body, "Konto: Stefanie Beispiel (1 neu)</a>")) << "the navigation says so";
    HttpAnswer page = jena.get(project);
    EXPECT_TRUE(contains(page.body, "Interessierte Städte"));
    EXPECT_TRUE(contains(page.body, "Leipzig <span class=\"size\">(seit "));
    EXPECT_FALSE(contains(http_get(port(), project).body, "Was kostet der Bus")) << "interest is for members";
    EXPECT_FALSE(contains(http_get(port(), project).body, "Interessierte Städte"));

    // Saying it again sends nothing: once a later mail has gone out, there is still one.
    ASSERT_EQ(leipzig.post(project + "/interesse", {{"note", "Noch einmal"}}).status, 303);
    ASSERT_EQ(HttpSession(port()).post("/passwort-vergessen", {{"email", JENA_EMAIL}}).status, 200);
    ASSERT_TRUE(wait_for_mails_to(JENA_EMAIL, 1)) << "the reset";
    EXPECT_EQ(mails_to("bus@jena.example").size(), 1u);
    account = jena.get("/konto");
    EXPECT_EQ(occurrences(account.body, "href=\"" + project + "#interesse\""), 1u) << "one notification";
    EXPECT_FALSE(contains(jena.get(project).body, "Noch einmal"));

    // Read, then withdrawn.
    ASSERT_EQ(jena.post("/konto/mitteilungen/gelesen", {}).status, 303);
    account = jena.get("/konto");
    EXPECT_FALSE(contains(account.body, "<strong>Neu:</strong>"));
    EXPECT_FALSE(contains(account.body, "(1 neu)"));
    EXPECT_TRUE(contains(account.body, "Leipzig interessiert sich"));
    EXPECT_EQ(jena.post(project + "/interesse", {}).status, 400) << "its own project";
    HttpAnswer admin = signed_in(ADMIN_EMAIL).post(project + "/interesse", {});
    EXPECT_EQ(admin.status, 400);
    EXPECT_TRUE(contains(admin.body, "Ihr Zugang gehört zu keiner Stadt"));
    ASSERT_EQ(leipzig.post(project + "/interesse/zurueckziehen", {}).status, 303);
    EXPECT_FALSE(contains(jena.get(project).body, "Leipzig <span class=\"size\">(seit "));
}

TEST_F(AdoptionsTest, AnInterestNoteIsMailedOnlyToMemberAccountsOfTheProjectsCity)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    // The contact is the coordination's own account: a member, who may read the note by mail.
    HttpAnswer created = jena.post("/praxisbeispiele/neu", project_form("Familienlotsen im Stadtteil", JENA_EMAIL));
    ASSERT_EQ(created.status, 303) << created.body.substr(0, 600);
    const std::string project = location_path(created);
    const std::size_t before = mails_to(JENA_EMAIL).size();
    ASSERT_EQ(signed_in(LEIPZIG_EMAIL).post(project + "/interesse", {{"note", "Wie viele Lotsen braucht es?"}}).status,
              303);
    ASSERT_TRUE(wait_for_mails_to(JENA_EMAIL, before + 1));
    bool with_note = false;
    for (const std::string& mail : mails_to(JENA_EMAIL)) {
        with_note = with_note || contains(mailtest::decode_quoted_printable(mailtest::body_of(mail)),
                                          "Wie viele Lotsen braucht es?");
    }
    EXPECT_TRUE(with_note);
    // No mail anywhere else carries it.
    for (const std::string& mail : sent_mails()) {
        if (!contains(mailtest::raw_header(mail, "To"), JENA_EMAIL)) {
            EXPECT_FALSE(contains(mailtest::decode_quoted_printable(mail), "Lotsen braucht")) << mail;
        }
    }
}

TEST_F(AdoptionsTest, AdviceIsRecordedByTheCitiesInvolvedAndShown)
{
    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    HttpAnswer form = leipzig.get(MUNICH + "/beratung");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "<option value=\"city-leipzig\" selected>Leipzig</option>"));
    EXPECT_FALSE(contains(form.body, "value=\"city-jena\"")) << "Leipzig records only its own advice";
    ASSERT_EQ(leipzig.post(MUNICH + "/beratung", {{"advising_city_id", "city-leipzig"},
                                                  {"note", "Packliste und Partner aus den Willkommensbesuchen"},
                                                  {"year", "2019"}})
                  .status,
              303);
    HttpAnswer public_page = http_get(port(), MUNICH);
    EXPECT_TRUE(contains(public_page.body, "<h2 id=\"beraten\">Beraten von</h2>"));
    EXPECT_TRUE(contains(public_page.body, "<a href=\"/staedte/leipzig\">Leipzig</a> (2019)"));
    EXPECT_TRUE(contains(public_page.body, "<p>Packliste und Partner aus den Willkommensbesuchen</p>"));
    EXPECT_FALSE(contains(public_page.body, "/beratung/")) << "no delete button for the public";

    // Jena is neither advised nor advising: it may not record this, nor delete it.
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer foreign = jena.post(MUNICH + "/beratung", {{"advising_city_id", "city-leipzig"}, {"note", "x"}, {"year", ""}});
    EXPECT_EQ(foreign.status, 403);
    EXPECT_TRUE(contains(foreign.body, "an denen Ihre Stadt beteiligt ist"));
    // The demo has advice on this project too: take the delete button that follows our note.
    const std::string page = leipzig.get(MUNICH).body;
    const std::size_t ours = page.find("Packliste");
    ASSERT_NE(ours, std::string::npos);
    const std::string remove = first_match(page.substr(ours), "action=\"(/beratung/[^\"]+/loeschen)\"");
    ASSERT_FALSE(remove.empty());
    EXPECT_EQ(jena.post(remove, {}).status, 403);
    // The admin records for Munich, who advised it.
    HttpSession admin = signed_in(ADMIN_EMAIL);
    EXPECT_TRUE(contains(admin.get(MUNICH + "/beratung").body, "value=\"city-jena\""));
    ASSERT_EQ(leipzig.post(remove, {}).status, 303);
    EXPECT_FALSE(contains(http_get(port(), MUNICH).body, "Packliste"));
}

TEST_F(AdoptionsTest, BadInputIsExplainedInGermanAndNothingIsStored)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer late = jena.post(KOBLENZ + "/uebernehmen", adoption_form("kopie", "Ferien in Jena", "Herbst"));
    EXPECT_EQ(late.status, 400);
    EXPECT_TRUE(contains(late.body, "class=\"error-summary\""));
    EXPECT_TRUE(contains(late.body, "Der Beginn „Herbst“ ist ungültig."));
    EXPECT_TRUE(contains(late.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(contains(late.body, ">Ferien in Jena</textarea>")) << "what was typed stays";
    EXPECT_TRUE(contains(late.body, "value=\"kopie\" checked"));
    HttpAnswer no_choice = jena.post(KOBLENZ + "/uebernehmen", adoption_form("", "Ferien in Jena", "2024"));
    EXPECT_EQ(no_choice.status, 400);
    EXPECT_TRUE(contains(no_choice.body, "Bitte wählen Sie, ob ein eigenes Praxisbeispiel"));
    HttpAnswer too_long = jena.post(KOBLENZ + "/uebernehmen", adoption_form("kopie", std::string(5001, 'x'), "2024"));
    EXPECT_EQ(too_long.status, 400);
    EXPECT_TRUE(contains(too_long.body, "höchstens 5000 Zeichen"));
    HttpAnswer wrong_project = jena.post(KOBLENZ + "/uebernehmen",
                                         {{"own_project", "vorhanden"}, {"existing_project_id", "p-leipzig-willkommensbesuche"},
                                          {"adaptations", ""}, {"experience", ""}, {"outcome", "offen"}, {"started", ""}});
    EXPECT_EQ(wrong_project.status, 400);
    EXPECT_TRUE(contains(wrong_project.body, "Das gewählte Praxisbeispiel gehört nicht zu Jena."));
    EXPECT_EQ(jena.post(KOBLENZ + "/uebernehmen", adoption_form("keins", "ohne Token", ""), false).status, 403);
    // Nothing stored: no adoption on the original, no copy among Jena's projects.
    EXPECT_TRUE(contains(jena.get(KOBLENZ).body, "Noch keine Stadt hat eingetragen"));
    EXPECT_FALSE(contains(jena.get("/staedte/jena").body, "Ferienbetreuung aus einer Hand"));

    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    HttpAnswer long_note = leipzig.post(KOBLENZ + "/interesse", {{"note", std::string(1001, 'x')}});
    EXPECT_EQ(long_note.status, 400);
    EXPECT_TRUE(contains(long_note.body, "Die Nachricht darf höchstens 1000 Zeichen lang sein."));
    EXPECT_TRUE(contains(long_note.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(contains(leipzig.get(KOBLENZ).body, "Noch hat keine Stadt Interesse bekundet."));
    HttpAnswer bad_year = leipzig.post(KOBLENZ + "/beratung", {{"advising_city_id", "city-leipzig"},
                                                               {"note", "Ferienpass"}, {"year", "19"}});
    EXPECT_EQ(bad_year.status, 400);
    EXPECT_TRUE(contains(bad_year.body, "Das Jahr „19“ ist ungültig."));
    EXPECT_TRUE(contains(bad_year.body, ">Ferienpass</textarea>"));
    EXPECT_TRUE(contains(leipzig.get(KOBLENZ).body, "Noch ist keine Beratung"));

    // An update that is too long leaves the adoption as it was.
    ASSERT_EQ(jena.post(KOBLENZ + "/uebernehmen", adoption_form("keins", "Ferien in Jena", "2024")).status, 303);
    const std::string id = first_match(jena.get(KOBLENZ).body, "/uebernahmen/([^/\"]+)/bearbeiten");
    ASSERT_FALSE(id.empty());
    HttpAnswer long_update = jena.post("/uebernahmen/" + id + "/bearbeiten",
                                       {{"existing_project_id", ""}, {"adaptations", "Geändert"}, {"experience", ""},
                                        {"outcome", "gut"}, {"started", "2024"}, {"update_date", "2025-02-30"},
                                        {"update_text", "Neu"}});
    EXPECT_EQ(long_update.status, 400);
    EXPECT_TRUE(contains(long_update.body, "Das Datum „2025-02-30“ ist ungültig."));
    EXPECT_TRUE(contains(long_update.body, ">Geändert</textarea>"));
    EXPECT_TRUE(contains(jena.get(KOBLENZ).body, "<p>Ferien in Jena</p>"));
}


TEST_F(AdoptionsTest, AnExistingOwnProjectMustBeChosen)
{
    HttpAnswer refused = signed_in(JENA_EMAIL).post(KOBLENZ + "/uebernehmen", adoption_form("vorhanden", "Ferien", "2024"));
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Bitte wählen Sie das vorhandene Praxisbeispiel Ihrer Stadt."));
}

} // namespace
} // namespace rundum::testing
