// SPDX-License-Identifier: EUPL-1.2
// Privacy over HTTP, on every backend: the member's export holds everything they created, the
// privacy notice shows the operator's part and the configured periods, a registration's note
// stays with its city and the admins, and the adoption form says what becomes public.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <map>
#include <tuple>

#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string LEIPZIG_EMAIL = "koordination@leipzig.example";
const std::string PAULA_EMAIL = "paula.privat@jena.example";
const std::string PAULA = "Paula Privat";
const std::string PASSPHRASE = "Auskunft nach Artikel fünfzehn";
const std::string MUNICH = "/praxisbeispiele/p-muenchen-babybegruessungspaket";
const std::string LEIPZIG_PROJECT = "p-leipzig-willkommensbesuche";
const std::string NOTE = "braucht einen Rollstuhlplatz, isst vegan";

// Where a form sent the browser, without the query ("?gespeichert=1").
std::string path_of_location(const HttpAnswer& answer)
{
    const std::string location = answer.header("Location");
    return location.substr(0, location.find_first_of("?#"));
}

class PrivacyTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
        for (const auto& [email, city, name] : {std::tuple{LEIPZIG_EMAIL, "leipzig", "Lena Leipzig"},
                                                 std::tuple{PAULA_EMAIL, "jena", PAULA.c_str()}}) {
            const std::string link =
                s_site->rundum({"user", "add", "--data", s_site->data(), "--coordinator", email, "--city", city}).out;
            HttpSession(port()).set_password(path_of(link), name, PASSPHRASE);
        }
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // Plans a meeting as the admin; its path ("/treffen/m-…").
    static std::string plan(const std::string& title)
    {
        HttpAnswer created = signed_in(ADMIN_EMAIL).post(
            "/treffen/neu", {{"title", title}, {"starts_at", "2099-03-18T10:00"}, {"ends_at", "2099-03-18T16:00"},
                             {"registration_deadline", "2099-03-04T23:59"}, {"host_city", "city-leipzig"},
                             {"venue", "Neues Rathaus"}, {"online_link", ""}, {"description", ""}});
        EXPECT_EQ(created.status, 303) << created.body.substr(0, 1500);
        return path_of_location(created);
    }

    // The registration notes of the meeting `id` in the API as `session` gets it, by city id.
    static std::map<std::string, std::string> api_notes(HttpSession session, const std::string& id)
    {
        std::map<std::string, std::string> notes;
        const boost::json::value parsed = boost::json::parse(session.get("/api/v1/meetings").body);
        for (const auto& meeting : parsed.at("meetings").as_array()) {
            if (meeting.at("id").as_string() != id) {
                continue;
            }
            for (const auto& registration : meeting.at("registrations").as_array()) {
                notes[std::string(registration.at("city_id").as_string())] = registration.at("note").as_string();
            }
        }
        return notes;
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(PrivacyTest, ARegistrationNoteIsSeenByItsCityAndTheAdminsOnly)
{
    const std::string meeting = plan("Treffen mit Anmerkung");
    const std::string id = meeting.substr(std::string("/treffen/").size());
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer form = jena.get(meeting + "/anmeldung");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Bitte keine Angaben zu Gesundheit, Religion oder Weltanschauung"));
    EXPECT_TRUE(contains(form.body, "aria-describedby=\"note-hint\""));
    ASSERT_EQ(jena.post(meeting + "/anmeldung", {{"rows", "1"}, {"name_0", "Jana Jena"}, {"note", NOTE}}).status, 303);

    HttpAnswer other_city = signed_in(LEIPZIG_EMAIL).get(meeting);
    ASSERT_EQ(other_city.status, 200);
    EXPECT_TRUE(contains(other_city.body, "Jana Jena")) << "members still see who comes";
    EXPECT_FALSE(contains(other_city.body, "Rollstuhlplatz")) << "another city's member sees no note";
    EXPECT_EQ(api_notes(signed_in(LEIPZIG_EMAIL), id).at("city-jena"), "") << "nor in the API";

    EXPECT_TRUE(contains(jena.get(meeting).body, NOTE)) << "the own city sees it";
    EXPECT_EQ(api_notes(jena, id).at("city-jena"), NOTE);
    EXPECT_TRUE(contains(signed_in(ADMIN_EMAIL).get(meeting).body, NOTE)) << "the admins see it";
    EXPECT_EQ(api_notes(signed_in(ADMIN_EMAIL), id).at("city-jena"), NOTE);
    EXPECT_FALSE(contains(http_get(port(), "/api/v1/meetings").body, "Rollstuhlplatz"));
}

TEST_F(PrivacyTest, TheDemoMeetingNoLongerAsksForMealWishes)
{
    const std::string page = signed_in(JENA_EMAIL).get("/treffen/m-2026-fruehjahr-leipzig").body;
    EXPECT_FALSE(contains(page, "bitte bei der Anmeldung Wünsche angeben"));
    EXPECT_FALSE(contains(signed_in(LEIPZIG_EMAIL).get("/api/v1/meetings").body, "Vegetarisches Mittagessen"));
}

TEST_F(PrivacyTest, ThePrivacyNoticeShowsTheOperatorsPartAndTheConfiguredPeriods)
{
    HttpAnswer empty = http_get(port(), "/datenschutz");
    ASSERT_EQ(empty.status, 200);
    EXPECT_TRUE(contains(empty.body, "noch nicht ausgefüllt"));
    EXPECT_FALSE(contains(empty.body, "/verwaltung/datenschutz")) << "the admins' note is for admins";
    HttpSession admin = signed_in(ADMIN_EMAIL);
    EXPECT_TRUE(contains(admin.get("/datenschutz").body, "Die Angaben des Betreibers fehlen noch"));
    EXPECT_EQ(signed_in(LEIPZIG_EMAIL).get("/verwaltung/datenschutz").status, 403);
    EXPECT_EQ(signed_in(LEIPZIG_EMAIL)
                  .post("/verwaltung/datenschutz", {{"controller", "Mallory"}, {"data_protection_officer", ""},
                                                    {"legal_bases", ""}, {"supervisory_authority", ""}})
                  .status,
              403);

    const FormFields filled = {{"controller", "Stadt Jena, Am Anger 15, 07743 Jena"},
                               {"data_protection_officer", "Datenschutz der Stadt Jena, datenschutz@jena.example"},
                               {"legal_bases", "Art. 6 Abs. 1 lit. e DSGVO"},
                               {"supervisory_authority", "TLfDI, Häßlerstraße 8, 99096 Erfurt"}};
    HttpAnswer saved = admin.post("/verwaltung/datenschutz", filled);
    ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 1500);
    HttpAnswer notice = http_get(port(), "/datenschutz");
    ASSERT_EQ(notice.status, 200);
    EXPECT_TRUE(contains(notice.body, "Stadt Jena, Am Anger 15, 07743 Jena"));
    EXPECT_TRUE(contains(notice.body, "TLfDI, Häßlerstraße 8, 99096 Erfurt"));
    EXPECT_FALSE(contains(notice.body, "noch nicht ausgefüllt"));
    // The periods of this server's config (the defaults of core/retention_policy.hpp).
    EXPECT_TRUE(contains(notice.body, "<td>Gesendete E-Mails (Empfänger, Betreff, Text), ab dem Versand</td><td>7 Tage</td>"));
    EXPECT_TRUE(contains(notice.body, "<td>Netzwerkadressen im Protokoll</td><td>90 Tage</td>"));
    EXPECT_TRUE(contains(notice.body, "<td>Anmeldeversuche</td><td>15 Minuten</td>"));
    EXPECT_TRUE(contains(notice.body, "<td>Anmeldung (Sitzung)</td><td>12 Stunden</td>"));

    // A text with a control character is refused, and nothing changes.
    FormFields bad = filled;
    bad[0].second = std::string("Stadt Jena\x01");
    EXPECT_EQ(admin.post("/verwaltung/datenschutz", bad).status, 400);
    EXPECT_TRUE(contains(http_get(port(), "/datenschutz").body, "Stadt Jena, Am Anger 15, 07743 Jena"));
    // The forms that collect data point to the notice.
    EXPECT_TRUE(contains(http_get(port(), "/anmelden").body, "href=\"/datenschutz\""));
}

TEST_F(PrivacyTest, TheAdoptionFormSaysWhichTextsBecomePublicAndTheyDo)
{
    HttpSession paula = signed_in(PAULA_EMAIL);
    HttpAnswer form = paula.get(MUNICH + "/uebernehmen");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Öffentlich: Was Sie in diesem Formular eintragen"));
    EXPECT_TRUE(contains(form.body, "/api/v1/adoptions"));
}

// One of every kind of record a member leaves, made through the forms, and then the export.
TEST_F(PrivacyTest, TheExportHoldsEveryKindOfRecordTheMemberCreated)
{
    HttpSession paula = signed_in(PAULA_EMAIL);
    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    HttpSession admin = signed_in(ADMIN_EMAIL);

    HttpAnswer asked = paula.post("/fragen/neu", {{"title", "Wie finanziert ihr Familienpässe?"},
                                                  {"body", "Wir suchen Erfahrungen."},
                                                  {"topics", "familien-und-kinderarmut"}});
    ASSERT_EQ(asked.status, 303) << asked.body.substr(0, 1000);
    const std::string question = path_of_location(asked);
    ASSERT_EQ(paula.post(question + "/antworten", {{"body", "Nachtrag von Paula: auch Stiftungen."}}).status, 303);
    ASSERT_EQ(leipzig.post(question + "/antworten", {{"body", "Wir nutzen Landesmittel."}}).status, 303); // notifies Paula
    ASSERT_EQ(paula.post("/praxisbeispiele/" + LEIPZIG_PROJECT + "/interesse", {{"note", "Paulas Interesse"}}).status,
              303);
    const std::string meeting = plan("Treffen für die Auskunft");
    ASSERT_EQ(paula.post(meeting + "/anmeldung", {{"rows", "1"}, {"name_0", PAULA}, {"note", "Paulas Anmerkung"}})
                  .status,
              303);
    ASSERT_EQ(paula.post(meeting + "/vorschlagen", {{"kind", "sonstiges"}, {"title", "Paulas Vorschlag"}, {"note", ""}})
                  .status,
              303);
    HttpAnswer adopted = paula.post(MUNICH + "/uebernehmen", {{"own_project", "keins"},
                                                               {"existing_project_id", ""},
                                                               {"adaptations", "Paulas Anpassung"},
                                                               {"experience", "Gut angekommen."},
                                                               {"outcome", "gut"},
                                                               {"started", "2025"}});
    ASSERT_EQ(adopted.status, 303) << adopted.body.substr(0, 1500);
    // What the adoption form said: the texts are public now.
    EXPECT_TRUE(contains(http_get(port(), MUNICH).body, "Paulas Anpassung"));
    HttpAnswer project = paula.post(
        "/praxisbeispiele/neu",
        {{"title", "Paulas Praxisbeispiel"}, {"summary", "Familien bekommen Rat."}, {"description", "Ein Bus."},
         {"topics", "familien-und-kinderarmut"}, {"target_groups", ""}, {"status", "laeuft"}, {"start_date", "2024"},
         {"end_date", ""}, {"lead_organisation", ""}, {"partners", ""}, {"costs_and_funding", ""},
         {"staff_effort", ""}, {"goals", ""}, {"results", ""}, {"success_factors", ""}, {"stumbling_blocks", ""},
         {"transfer_requirements", ""}, {"contact_name", PAULA}, {"contact_email", PAULA_EMAIL},
         {"contact_phone", ""}, {"links", ""}, {"visibility", "members"}, {"city_id", "city-jena"}});
    ASSERT_EQ(project.status, 303) << project.body.substr(0, 1500);
    HttpAnswer city = paula.post("/staedte/jena/bearbeiten",
                                 {{"alliance", "Jenaer Bündnis für Familie"}, {"contact_rows", "1"},
                                  {"contact_1_id", "contact-jena-1"}, {"contact_1_name", PAULA},
                                  {"contact_1_role", "Koordination"}, {"contact_1_email", PAULA_EMAIL},
                                  {"statement", "Wir vernetzen Familien in Jena."},
                                  {"recipient_lines", "Jenaer Bündnis für Familie"},
                                  {"street", "Dornburger Straße 26"}, {"postcode", "07743"}, {"locality", "Jena"},
                                  {"website", "https://www.familienbuendnis-jena.de"}});
    ASSERT_EQ(city.status, 303) << city.body.substr(0, 1500);
    ASSERT_EQ(paula.post("/herausforderungen/kitaausbau/ansatz", {{"text", "Paulas Ansatz"}}).status, 303);
    ASSERT_EQ(paula.post("/konto/benachrichtigungen", {{"mail_mode", "nie"}}).status, 200);
    ASSERT_EQ(paula.post("/konto/api-token", {{"label", "Paulas Tabelle"}}).status, 200);
    ASSERT_EQ(HttpSession(port()).post("/passwort-vergessen", {{"email", PAULA_EMAIL}}).status, 200); // a mail to her

    HttpAnswer file = paula.get("/konto/daten.json");
    ASSERT_EQ(file.status, 200);
    EXPECT_EQ(file.content_type, "application/json");
    const boost::json::value data = boost::json::parse(file.body);
    const boost::json::object& records = data.at("records").as_object();
    const auto has = [&](const std::string& kind, const std::string& field, const std::string& value) {
        for (const auto& record : records.at(kind).as_array()) {
            if (record.at(field).as_string() == value) {
                return true;
            }
        }
        return false;
    };
    EXPECT_TRUE(has("account", "email", PAULA_EMAIL));
    EXPECT_FALSE(records.at("sessions").as_array().empty());
    EXPECT_TRUE(has("one_time_links", "purpose", "set_password") || !records.at("one_time_links").as_array().empty());
    EXPECT_TRUE(has("api_tokens", "label", "Paulas Tabelle"));
    EXPECT_FALSE(records.at("sign_in_attempts").as_array().empty());
    EXPECT_TRUE(has("audit_entries", "action", "api_token_created"));
    EXPECT_FALSE(records.at("mails").as_array().empty()) << "the reset mail";
    EXPECT_FALSE(records.at("notifications").as_array().empty()) << "Leipzig's answer";
    EXPECT_TRUE(has("notification_mail_setting", "mode", "nie"));
    EXPECT_TRUE(has("questions", "title", "Wie finanziert ihr Familienpässe?"));
    EXPECT_TRUE(has("answers", "body", "Nachtrag von Paula: auch Stiftungen."));
    EXPECT_FALSE(has("answers", "body", "Wir nutzen Landesmittel.")) << "not another member's answer";
    EXPECT_TRUE(has("interests", "note", "Paulas Interesse"));
    EXPECT_TRUE(has("registrations", "note", "Paulas Anmerkung"));
    EXPECT_TRUE(has("attendees", "name", PAULA));
    EXPECT_TRUE(has("agenda_proposals", "title", "Paulas Vorschlag"));
    EXPECT_TRUE(has("adoptions", "adaptations", "Paulas Anpassung"));
    EXPECT_TRUE(has("projects", "title", "Paulas Praxisbeispiel"));
    EXPECT_TRUE(has("project_versions", "changed_by", PAULA));
    EXPECT_TRUE(has("city_versions", "city_id", "city-jena"));
    EXPECT_TRUE(has("city_contacts", "email", PAULA_EMAIL));
    EXPECT_TRUE(has("challenge_approaches", "text", "Paulas Ansatz"));
    // The Art. 15 information comes along.
    const boost::json::object& information = data.at("information").as_object();
    EXPECT_FALSE(information.at("purposes").as_array().empty());
    EXPECT_FALSE(information.at("recipients").as_array().empty());
    EXPECT_FALSE(information.at("rights").as_array().empty());
    EXPECT_FALSE(information.at("retention").as_array().empty());
    EXPECT_FALSE(std::string(information.at("source").as_string()).empty());
    // No secrets: no password hash, no token hash.
    EXPECT_FALSE(contains(file.body, "argon2"));
    EXPECT_FALSE(contains(file.body, "token_hash"));
    EXPECT_FALSE(contains(file.body, "Nachtrag von Leipzig"));

    HttpAnswer page = paula.get("/konto/meine-daten");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Wie finanziert ihr Familienpässe?"));
    EXPECT_TRUE(contains(page.body, "Paulas Ansatz"));
    EXPECT_TRUE(contains(page.body, "<td>Gesendete E-Mails (Empfänger, Betreff, Text), ab dem Versand</td><td>7 Tage</td>"));
    EXPECT_TRUE(contains(paula.get("/konto").body, "href=\"/konto/meine-daten\""));
    EXPECT_EQ(http_get(port(), "/konto/meine-daten").status, 303) << "members only";
}

// The admins' figures are theirs too.
TEST_F(PrivacyTest, TheExportOfAnAdminHoldsTheFiguresTheyEntered)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    const std::string form = admin.get("/staedte/jena/kennzahlen/bearbeiten").body;
    FormFields fields = text_inputs_of(form);
    for (auto& [name, value] : fields) {
        if (name == "child_poverty_note") {
            value = "Zahl der Verwaltung";
        }
    }
    HttpAnswer saved = admin.post("/staedte/jena/kennzahlen/bearbeiten", fields);
    ASSERT_EQ(saved.status, 303) << saved.body.substr(0, 1500);
    const boost::json::value data = boost::json::parse(admin.get("/konto/daten.json").body);
    bool found = false;
    for (const auto& record : data.at("records").at("indicator_values").as_array()) {
        found = found || record.at("note").as_string() == "Zahl der Verwaltung";
    }
    EXPECT_TRUE(found);
}

} // namespace
} // namespace rundum::testing
