// SPDX-License-Identifier: EUPL-1.2
// The authorisation matrix (issue 14): every write route of the router × {public, coordinator of
// another city, coordinator of the record's city, admin} → the expected status; after every
// refused request the whole network (rundum export) and the record's pages are read again and
// must be exactly as before. A check against src/web/app.cpp keeps the table complete.
#include <gtest/gtest.h>

#include <array>
#include <functional>
#include <optional>
#include <regex>
#include <sstream>
#include <set>

#include "demo_site.hpp"
#include "http_session.hpp"
#include "process.hpp"
#include "text_checks.hpp"
#include "web/routes.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string LEIPZIG_EMAIL = "koordination@leipzig.example";
const std::string PASSPHRASE = "Wer darf was in welcher Stadt";
const std::string JENA_PROJECT = "p-jena-familienpass";
const std::string MUNICH_PROJECT = "p-muenchen-babybegruessungspaket";
const std::string PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
// A 4x3 red PNG.
constexpr char TINY_PNG_BYTES[] =
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x04\x00\x00\x00\x03\x08\x02\x00"
    "\x00\x00\x3b\x96\x39\x91\x00\x00\x00\x10\x49\x44\x41\x54\x78\x9c\x63\x38\x21\x27\x07\x47\x0c\x38\x39\x00\xf5"
    "\xc7\x0c\x31\x07\xeb\xad\x99\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";
const std::string TINY_PNG(TINY_PNG_BYTES, sizeof TINY_PNG_BYTES - 1);

// Every route of the route table (src/web/*/routes.cpp) that changes something, as "METHOD pattern" ({} for a path
// segment), by family; each family's test runs exactly these rows. Routes that only read are in
// READ_ONLY_ROUTES. EveryRouteOfTheRouterIsInTheMatrix keeps both lists complete.
const std::vector<std::pair<std::string, std::vector<std::string>>> WRITE_ROUTES = {
    {"cities",
     {"POST /staedte/{}/bearbeiten", "POST /staedte/{}/kennzahlen/bearbeiten", "POST /staedte/{}/bild",
      "POST /staedte/{}/bild/entfernen", "POST /staedte/{}/versionen", "POST /verwaltung/einladen",
      "POST /verwaltung/themen", "POST /verwaltung/datenschutz"}},
    {"accounts",
     {"POST /anmelden", "POST /abmelden", "POST /passwort-setzen/{}", "POST /passwort-neu/{}",
      "POST /passwort-vergessen", "POST /konto/ueberall-abmelden", "POST /konto/loeschen", "POST /konto/api-token",
      "POST /konto/api-token/{}/widerrufen", "POST /konto/benachrichtigungen", "POST /benachrichtigungen/abbestellen/{}",
      "POST /konto/mitteilungen/gelesen"}},
    {"projects",
     {"POST /praxisbeispiele/neu", "POST /praxisbeispiele/{}/bearbeiten", "POST /praxisbeispiele/{}/versionen",
      "POST /praxisbeispiele/{}/anhaenge", "POST /praxisbeispiele/{}/anhaenge/{}/entfernen",
      "POST /praxisbeispiele/{}/loeschen"}},
    {"challenges",
     {"POST /herausforderungen/neu", "POST /herausforderungen/{}/bearbeiten", "POST /herausforderungen/{}/ansatz",
      "POST /herausforderungen/{}/loeschen"}},
    {"learning",
     {"POST /praxisbeispiele/{}/uebernehmen", "POST /praxisbeispiele/{}/interesse",
      "POST /praxisbeispiele/{}/interesse/zurueckziehen", "POST /praxisbeispiele/{}/beratung",
      "POST /uebernahmen/{}/bearbeiten", "POST /uebernahmen/{}/loeschen", "POST /beratung/{}/loeschen"}},
    {"questions",
     {"POST /fragen/neu", "POST /fragen/{}/bearbeiten", "POST /fragen/{}/antworten", "POST /antworten/{}/bearbeiten",
      "POST /antworten/{}/hilfreich", "POST /antworten/{}/loeschen", "POST /fragen/{}/loeschen"}},
    {"pilots",
     {"POST /pilotprojekte/neu", "POST /pilotprojekte/{}/bearbeiten", "POST /pilotprojekte/{}/meilensteine",
      "POST /pilotprojekte/{}/partner/{}", "POST /pilotprojekte/{}/dokumente",
      "POST /pilotprojekte/{}/dokumente/{}/entfernen", "POST /pilotprojekte/{}/loeschen"}},
    {"meetings",
     {"POST /treffen/neu", "POST /treffen/{}/bearbeiten", "POST /treffen/{}/vorschlagen",
      "POST /treffen/{}/tagesordnung", "POST /treffen/{}/tagesordnung/neu", "POST /treffen/{}/anmeldung",
      "POST /treffen/{}/anmeldung/zurueckziehen", "POST /treffen/{}/protokoll", "POST /treffen/{}/aufgaben",
      "POST /aufgaben/{}/erledigt", "POST /treffen/{}/aufgaben/{}/entfernen", "POST /tagesordnungspunkte/{}/anhaenge",
      "POST /tagesordnungspunkte/{}/anhaenge/{}/entfernen", "POST /tagesordnungspunkte/{}/loeschen",
      "POST /treffen/{}/loeschen"}},
    {"api", {"POST /api/v1/projects", "PUT /api/v1/projects/{}", "DELETE /api/v1/projects/{}"}},
};

// The routes that change nothing: a POST to them is refused (ReadOnlyRoutesRefuseWrites), with an
// example path.
const std::vector<std::pair<std::string, std::string>> READ_ONLY_ROUTES = {
    {"/konto", "/konto"},
    {"/konto/daten.json", "/konto/daten.json"},
    {"/konto/meine-daten", "/konto/meine-daten"},
    {"/verwaltung", "/verwaltung"},
    {"/praxisbeispiele/{}/anhaenge/{}", "/praxisbeispiele/" + JENA_PROJECT + "/anhaenge/keine"},
    {"/praxisbeispiele/{}", "/praxisbeispiele/" + JENA_PROJECT},
    {"/fragen", "/fragen"},
    {"/fragen/{}", "/fragen/q-essen-neu-zugezogen"},
    {"/pilotprojekte", "/pilotprojekte"},
    {"/pilotprojekte/{}", "/pilotprojekte/willkommen-von-anfang-an"},
    {"/pilotprojekte/{}/dokumente/{}", "/pilotprojekte/willkommen-von-anfang-an/dokumente/keins"},
    {"/meetings.ics", "/meetings.ics"},
    {"/neu-seit-dem-letzten-treffen", "/neu-seit-dem-letzten-treffen"},
    {"/treffen", "/treffen"},
    {"/treffen/{}.ics", "/treffen/m-2027-fruehjahr-nuernberg.ics"},
    {"/tagesordnungspunkte/{}/anhaenge/{}", "/tagesordnungspunkte/ag-2027-nuernberg-ankommen/anhaenge/keins"},
    {"/treffen/{}", "/treffen/m-2027-fruehjahr-nuernberg"},
    {"/api/v1/projects/{}", "/api/v1/projects/" + JENA_PROJECT},
    {"/", "/"},
    {"/healthz", "/healthz"},
    {"/static/{}", "/static/rundum.css"},
    {"/staedte", "/staedte"},
    {"/staedte/{}", "/staedte/jena"},
    {"/staedte/{}/kontakt.vcf", "/staedte/jena/kontakt.vcf"},
    {"/staedte/{}/kennzahlen", "/staedte/jena/kennzahlen"},
    {"/aehnliche-staedte", "/aehnliche-staedte"},
    {"/praxisbeispiele", "/praxisbeispiele"},
    {"/praxisbeispiele.csv", "/praxisbeispiele.csv"},
    {"/praxisbeispiele.xlsx", "/praxisbeispiele.xlsx"},
    {"/praxisbeispiele.atom", "/praxisbeispiele.atom"},
    {"/suche", "/suche"},
    {"/suche/vorschlaege", "/suche/vorschlaege"},
    {"/lernnetz", "/lernnetz"},
    {"/herausforderungen", "/herausforderungen"},
    {"/herausforderungen/{}", "/herausforderungen/wohnungsmarkt-und-mieten"},
    {"/datenschutz", "/datenschutz"},
    {"/api/v1/cities", "/api/v1/cities"},
    {"/api/v1/cities/{}", "/api/v1/cities/jena"},
    {"/api/v1/cities/{}/similar", "/api/v1/cities/jena/similar"},
    {"/api/v1/cities/{}/recommendations", "/api/v1/cities/jena/recommendations"},
    {"/api/v1/search", "/api/v1/search"},
    {"/api/v1/meetings", "/api/v1/meetings"},
    {"/api/v1/adoptions", "/api/v1/adoptions"},
    {"/api/v1/topics", "/api/v1/topics"},
};

enum Role { PUBLIC, OTHER_CITY, OWN_CITY, ADMIN };
constexpr std::array<const char*, 4> ROLE_NAMES = {"public", "coordinator of Leipzig (another city)",
                                                   "coordinator of Jena (the record's city)", "admin"};

/// What one role gets: the status, and what may change.
struct Outcome {
    int status;
    enum Change { NOTHING, ITS_OWN, ANYTHING } change;
};
/// Refused: nothing at all changes (the export and the row's pages are read again).
Outcome refused(int status) { return {status, Outcome::NOTHING}; }
/// Allowed: the role may change the record.
Outcome allowed(int status) { return {status, Outcome::ANYTHING}; }
/// Allowed for the role's own city only (the city is not taken from the request): the row's
/// pages, which show the record's city, stay as they were.
Outcome for_itself(int status) { return {status, Outcome::ITS_OWN}; }

struct Upload {
    std::string field;
    std::string filename;
    std::string content_type;
    std::string bytes;
};

/// One row of the matrix: a route, the request each role sends, and what each role gets.
struct Row {
    std::string route; ///< as in WRITE_ROUTES
    /// The path to send to; called once per role (a fresh record for each) when `fresh_per_role`.
    std::function<std::string()> target;
    FormFields form;
    /// When set, the form of each request (e.g. with a slug of its own).
    std::function<FormFields()> make_form;
    std::array<Outcome, 4> outcomes;
    /// Pages the admin reads before and after a refused request (besides the whole export).
    std::vector<std::string> pages;
    bool fresh_per_role = false;
    /// Each signed-in role sends from a session of its own made for this request (for sign-out).
    bool fresh_session = false;
    std::optional<Upload> upload;
};

Row row(std::string route, std::function<std::string()> target, FormFields form, std::array<Outcome, 4> outcomes,
        std::vector<std::string> pages = {})
{
    Row made;
    made.route = std::move(route);
    made.target = std::move(target);
    made.form = std::move(form);
    made.outcomes = outcomes;
    made.pages = std::move(pages);
    return made;
}

std::string path_before_query(const std::string& location)
{
    return location.substr(0, location.find_first_of("?#"));
}

std::string first_match(const std::string& text, const std::string& pattern)
{
    std::smatch match;
    return std::regex_search(text, match, std::regex(pattern)) ? match[1].str() : "";
}

std::vector<std::string> all_matches(const std::string& text, const std::string& pattern)
{
    std::vector<std::string> found;
    const std::regex expression(pattern);
    for (std::sregex_iterator match(text.begin(), text.end(), expression), end; match != end; ++match) {
        found.push_back((*match)[1].str());
    }
    return found;
}

std::string unescaped(std::string text)
{
    for (const auto& [entity, character] : {std::pair{"&quot;", "\""}, std::pair{"&#39;", "'"}, std::pair{"&lt;", "<"},
                                            std::pair{"&gt;", ">"}, std::pair{"&amp;", "&"}}) {
        for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1)) {
            text.replace(at, std::string(entity).size(), character);
        }
    }
    return text;
}

// A form as the browser would send it unchanged: its text and hidden inputs (no checkboxes, no token).
FormFields form_of(const std::string& page)
{
    FormFields fields;
    const std::regex input(R"re(<input (?:id="[^"]*" )?(?:type="hidden" )?name="([a-z0-9_]+)"(?: type="(?:text|number)")?[^>]*value="([^"]*)")re");
    for (std::sregex_iterator match(page.begin(), page.end(), input), end; match != end; ++match) {
        if ((*match)[1] != "csrf" && !(*match)[1].str().ends_with("_remove")) {
            fields.emplace_back((*match)[1], unescaped((*match)[2]));
        }
    }
    return fields;
}

FormFields project_form(const std::string& title)
{
    return {{"title", title}, {"summary", "Familien bekommen Rat vor Ort."}, {"description", "Ein Bus."},
            {"topics", "familien-und-kinderarmut"}, {"target_groups", ""}, {"status", "laeuft"},
            {"start_date", "2024"}, {"end_date", ""}, {"lead_organisation", ""}, {"partners", ""},
            {"costs_and_funding", ""}, {"staff_effort", ""}, {"goals", ""}, {"results", ""},
            {"success_factors", ""}, {"stumbling_blocks", ""}, {"transfer_requirements", ""},
            {"contact_name", "Stefanie Beispiel"}, {"contact_email", "bus@jena.example"}, {"contact_phone", ""},
            {"links", ""}, {"visibility", "public"}, {"city_id", "city-jena"}};
}

FormFields city_form(const std::string& statement)
{
    return {{"alliance", "Jenaer Bündnis für Familie"},
            {"contact_rows", "1"},
            {"contact_1_id", "contact-jena-1"}, {"contact_1_name", "Stefanie Frommann"},
            {"contact_1_role", "Koordination"}, {"contact_1_publish_name", "ja"},
            {"statement", statement},
            {"recipient_lines", "Jenaer Bündnis für Familie"},
            {"street", "Dornburger Straße 26"}, {"postcode", "07743"}, {"locality", "Jena"},
            {"website", "https://www.familienbuendnis-jena.de"}};
}

FormFields challenge_form(const std::string& title, const std::string& slug)
{
    return {{"title", title}, {"slug", slug}, {"description", "Die Mieten steigen."},
            {"open_questions", "Wer baut für große Familien?"}, {"position", ""}};
}

FormFields pilot_form(const std::string& title, const std::string& slug)
{
    return {{"title", title},         {"slug", slug},
            {"summary", "Zwei Städte erproben Lotsen."},
            {"description", "Wir testen gemeinsam."},
            {"goals", "Mehr Familien erreichen"},
            {"status", "laufend"},    {"start_date", "2026-01-01"},
            {"end_date", "2027-06-30"}, {"visibility", "public"},
            {"role-jena", "federfuehrend"}, {"role-muenchen", "partner"}};
}

FormFields meeting_form(const std::string& title)
{
    return {{"title", title},
            {"starts_at", "2099-03-18T10:00"},
            {"ends_at", "2099-03-18T16:00"},
            {"registration_deadline", "2099-03-04T23:59"},
            {"host_city", "city-jena"},
            {"venue", "Rathaus Jena, Markt 1"},
            {"online_link", ""},
            {"description", "Wir stellen Praxisbeispiele vor."}};
}

FormFields adoption_form(const std::string& adaptations)
{
    return {{"own_project", "keins"}, {"existing_project_id", ""}, {"adaptations", adaptations},
            {"experience", "Gut."},  {"outcome", "gut"},            {"started", "2024"},
            {"city_id", "city-jena"}};
}

// The adoption form as its edit page sends it: with a (here empty) new update.
FormFields with_update(FormFields form)
{
    form.emplace_back("update_date", "");
    form.emplace_back("update_text", "");
    return form;
}

class AuthorizationMatrixTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
        // The coordination of another city: Leipzig.
        const std::string link =
            s_site->rundum({"user", "add", "--data", s_site->data(), "--coordinator", LEIPZIG_EMAIL, "--city", "leipzig"})
                .out;
        s_leipzig_ready = HttpSession(s_site->port()).set_password(path_of(link), "Lena Leipzig", PASSPHRASE).status == 303;
    }
    static void TearDownTestSuite() { delete s_site; }

    void SetUp() override
    {
        ASSERT_EQ(s_site->problems(), "") << "the demo site did not start";
        ASSERT_TRUE(s_leipzig_ready) << "Leipzig's coordinator has no password";
        sign_everyone_in();
    }

    void sign_everyone_in()
    {
        m_sessions.clear();
        m_sessions.emplace_back(port());
        m_sessions.push_back(s_site->signed_in(LEIPZIG_EMAIL));
        m_sessions.push_back(s_site->signed_in(JENA_EMAIL));
        m_sessions.push_back(s_site->signed_in(ADMIN_EMAIL));
    }

    static unsigned short port() { return s_site->port(); }
    HttpSession& as(Role role) { return m_sessions[static_cast<std::size_t>(role)]; }

    /// The whole network as `rundum export` writes it.
    static std::string network()
    {
        CommandResult exported = s_site->rundum({"export", "--data", s_site->data()});
        EXPECT_EQ(exported.exit_code, 0) << exported.err;
        return exported.out;
    }

    /// The row's pages as the admin reads them ("jena:/konto": as Jena's coordinator, for what
    /// only the member sees).
    std::string pages_of(const std::vector<std::string>& pages)
    {
        std::string state;
        for (std::string page : pages) {
            if (page == "{record}") {
                page = m_record; // the record the row's target made last
            }
            const bool as_jena = page.starts_with("jena:");
            HttpAnswer answer = as(as_jena ? OWN_CITY : ADMIN).get(as_jena ? page.substr(5) : page);
            state += "\n=== " + page + " " + std::to_string(answer.status) + "\n" + answer.body;
        }
        return state;
    }

    /// What must not change after a request with `change`: after a refusal the export and the
    /// row's pages; after a city's request for itself the lines of the pages that name Jena.
    std::string state_of(const std::vector<std::string>& pages, Outcome::Change change)
    {
        if (change == Outcome::NOTHING) {
            return network() + pages_of(pages);
        }
        std::string jena;
        if (change == Outcome::ITS_OWN) {
            std::istringstream all(pages_of(pages));
            for (std::string line; std::getline(all, line);) {
                if (contains(line, "jena") || contains(line, "Jena")) {
                    jena += line + "\n";
                }
            }
        }
        return jena;
    }

    HttpAnswer send(Role role, const Row& row, const std::string& path)
    {
        static const std::array<std::string, 4> emails = {"", LEIPZIG_EMAIL, JENA_EMAIL, ADMIN_EMAIL};
        HttpSession fresh = role == PUBLIC || !row.fresh_session ? HttpSession(port())
                                                                 : s_site->signed_in(emails[role]);
        HttpSession& session = row.fresh_session ? fresh : as(role);
        const FormFields form = row.make_form ? row.make_form() : row.form;
        if (row.upload) {
            return session.post_file(path, form, row.upload->field, row.upload->filename, row.upload->content_type,
                                     row.upload->bytes);
        }
        return session.post(path, form);
    }

    /// Sends the row's request as each role in turn, checks the status, and after a refusal that
    /// nothing changed; records the route as done.
    void check(const Row& row)
    {
        std::string path = row.fresh_per_role ? "" : row.target();
        for (Role role : {PUBLIC, OTHER_CITY, OWN_CITY, ADMIN}) {
            if (row.fresh_per_role) {
                path = row.target();
            }
            const Outcome& expected = row.outcomes[role];
            const std::string before = state_of(row.pages, expected.change);
            HttpAnswer answer = send(role, row, path);
            EXPECT_EQ(answer.status, expected.status)
                << row.route << " (" << path << ") as " << ROLE_NAMES[role] << ": " << main_part(answer.body);
            if (expected.change != Outcome::ANYTHING) {
                const std::string after = state_of(row.pages, expected.change);
                EXPECT_TRUE(before == after) << row.route << " (" << path << ") as " << ROLE_NAMES[role]
                                             << " changed something:\n"
                                             << first_difference(before, after);
            }
        }
        m_done.insert(row.route);
    }

    // The page's own content (after the navigation), short.
    static std::string main_part(const std::string& body)
    {
        const std::size_t errors = body.find("field-error");
        const std::size_t main = errors != std::string::npos ? errors : body.find("<main");
        return body.substr(main == std::string::npos ? 0 : main, 400);
    }

    // --- records the rows act on, made through the UI as the role that may make them ---

    /// A new public project of Jena; returns its path.
    std::string new_jena_project(const std::string& title)
    {
        HttpAnswer created = as(OWN_CITY).post("/praxisbeispiele/neu", project_form(title));
        EXPECT_EQ(created.status, 303) << main_part(created.body);
        return path_before_query(created.header("Location"));
    }

    /// A file attached to a new Jena project; returns the file's path.
    std::string new_project_attachment()
    {
        const std::string project = new_jena_project("Projekt mit Anhang " + std::to_string(++m_counter));
        m_record = project;
        EXPECT_EQ(as(OWN_CITY).post_file(project + "/anhaenge", {{"title", "Flyer"}}, "file", "flyer.pdf",
                                         "application/pdf", PDF)
                      .status,
                  303);
        return first_match(as(OWN_CITY).get(project).body, "href=\"(" + project + "/anhaenge/[^\"/]+)\"");
    }

    /// Jena's adoption of `project` (of another city); returns its id.
    std::string new_jena_adoption(const std::string& project)
    {
        HttpAnswer adopted = as(OWN_CITY).post("/praxisbeispiele/" + project + "/uebernehmen", adoption_form("Kleiner."));
        EXPECT_EQ(adopted.status, 303) << main_part(adopted.body);
        // Jena's coordinator sees the edit link of Jena's adoption only.
        return first_match(as(OWN_CITY).get("/praxisbeispiele/" + project).body, "/uebernahmen/([^/\"]+)/bearbeiten");
    }

    /// Jena's advice to the city of `project`; returns the path that deletes it.
    std::string new_jena_advice(const std::string& project)
    {
        const std::string path = "/praxisbeispiele/" + project;
        HttpAnswer advised = as(OWN_CITY).post(path + "/beratung", {{"advising_city_id", "city-jena"},
                                                                    {"note", "Jena hat beraten."}, {"year", "2024"}});
        EXPECT_EQ(advised.status, 303) << main_part(advised.body);
        return first_match(as(OWN_CITY).get(path).body, "action=\"(/beratung/[^\"]+/loeschen)\"");
    }

    /// A question Jena's coordinator asks; returns its path.
    std::string new_jena_question()
    {
        HttpAnswer asked = as(OWN_CITY).post(
            "/fragen/neu", {{"title", "Wer hat Erfahrung mit Lotsen " + std::to_string(++m_counter) + "?"},
                            {"body", "Wir planen Familienlotsen."}, {"topics", "familien-und-kinderarmut"}});
        EXPECT_EQ(asked.status, 303) << main_part(asked.body);
        return path_before_query(asked.header("Location"));
    }

    /// An answer of `role` to `question`; returns the answer's id.
    std::string new_answer(Role role, const std::string& question)
    {
        HttpAnswer answered = as(role).post(question + "/antworten", {{"body", "Wir haben gute Erfahrungen gemacht."}});
        EXPECT_EQ(answered.status, 303) << main_part(answered.body);
        return first_match(answered.header("Location"), "#antwort-(.+)$");
    }

    /// A pilot Jena leads with Munich as partner; returns its path.
    std::string new_jena_pilot()
    {
        const std::string slug = "pilot-" + std::to_string(++m_counter);
        HttpAnswer created = as(OWN_CITY).post("/pilotprojekte/neu", pilot_form("Lotsen " + slug, slug));
        EXPECT_EQ(created.status, 303) << main_part(created.body);
        return "/pilotprojekte/" + slug;
    }

    /// A document Jena added to a new pilot of its own; returns the document's path.
    std::string new_pilot_document()
    {
        const std::string pilot = new_jena_pilot();
        EXPECT_EQ(as(OWN_CITY).post_file(pilot + "/dokumente", {{"title", "Konzept"}}, "file", "konzept.pdf",
                                         "application/pdf", PDF)
                      .status,
                  303);
        return first_match(as(OWN_CITY).get(pilot).body, "href=\"(" + pilot + "/dokumente/[^\"/?]+)\"");
    }

    /// A meeting the admin plans; returns its path.
    std::string new_meeting()
    {
        HttpAnswer created = as(ADMIN).post("/treffen/neu", meeting_form("Treffen " + std::to_string(++m_counter)));
        EXPECT_EQ(created.status, 303) << main_part(created.body);
        return path_before_query(created.header("Location"));
    }

    /// An item Jena proposes for `meeting`; returns its id.
    std::string new_jena_proposal(const std::string& meeting)
    {
        const std::vector<std::string> before = all_matches(as(ADMIN).get(meeting + "/tagesordnung").body,
                                                            "name=\"status_([A-Za-z0-9_-]+)\"");
        HttpAnswer proposed = as(OWN_CITY).post(meeting + "/vorschlagen", {{"kind", "sonstiges"},
                                                                           {"title", "Bericht aus Jena"},
                                                                           {"note", ""}});
        EXPECT_EQ(proposed.status, 303) << main_part(proposed.body);
        for (const std::string& id : all_matches(as(ADMIN).get(meeting + "/tagesordnung").body,
                                                 "name=\"status_([A-Za-z0-9_-]+)\"")) {
            if (std::find(before.begin(), before.end(), id) == before.end()) {
                return id;
            }
        }
        return "";
    }

    /// Slides Jena added to a new proposal of its own; returns their path.
    std::string new_agenda_attachment(const std::string& meeting)
    {
        const std::string item = new_jena_proposal(meeting);
        EXPECT_EQ(as(OWN_CITY).post_file("/tagesordnungspunkte/" + item + "/anhaenge", {{"title", "Folien"}}, "file",
                                         "folien.pdf", "application/pdf", PDF)
                      .status,
                  303);
        return first_match(as(OWN_CITY).get(meeting).body,
                           "href=\"(/tagesordnungspunkte/" + item + "/anhaenge/[^\"/?]+)\"");
    }

    /// An action item the admin gives Jena at `meeting`; returns its id.
    std::string new_jena_action_item(const std::string& meeting)
    {
        const std::string text = "Leitfaden teilen " + std::to_string(++m_counter);
        EXPECT_EQ(as(ADMIN).post(meeting + "/aufgaben", {{"action_text", text}, {"action_city", "city-jena"},
                                                        {"action_due", "2099-04-30"}})
                      .status,
                  303);
        const std::vector<std::string> ids =
            all_matches(as(OWN_CITY).get(meeting).body, "/aufgaben/([A-Za-z0-9_-]+)/erledigt");
        return ids.empty() ? "" : ids.back();
    }

    /// A personal API token of `role` ("Bearer …"); with `id`, also the id to revoke it.
    std::string new_api_token(Role role, std::string* id = nullptr)
    {
        HttpAnswer account = as(role).post("/konto/api-token", {{"label", "Abgleich " + std::to_string(++m_counter)}});
        const std::string token = first_match(account.body, "<code class=\"token\">([^<]+)</code>");
        EXPECT_FALSE(token.empty()) << main_part(account.body);
        if (id != nullptr) {
            const std::vector<std::string> ids =
                all_matches(as(role).get("/konto").body, "/konto/api-token/([^/\"]+)/widerrufen");
            *id = ids.empty() ? "" : ids.back();
        }
        return "Bearer " + token;
    }

    static std::string first_difference(const std::string& before, const std::string& after)
    {
        std::size_t at = 0;
        while (at < before.size() && at < after.size() && before[at] == after[at]) {
            ++at;
        }
        const std::size_t from = at < 200 ? 0 : at - 200;
        return "before: …" + before.substr(from, 400) + "\nafter: …" + after.substr(from, 400);
    }

    /// Every route of `family` in WRITE_ROUTES was checked, and no other.
    void expect_family_done(const std::string& family)
    {
        for (const auto& [name, routes] : WRITE_ROUTES) {
            if (name == family) {
                EXPECT_EQ(m_done, std::set<std::string>(routes.begin(), routes.end())) << family;
            }
        }
    }

    static inline DemoSite* s_site = nullptr;
    static inline bool s_leipzig_ready = false;
    std::vector<HttpSession> m_sessions;
    std::set<std::string> m_done;
    int m_counter = 0;
    std::string m_record; ///< the page of the record a row's target made last ("{record}" in pages)
};

// ---------------------------------------------------------------------------------------------
// The completeness check: the route table's patterns against the lists above.

// "/staedte/{slug}/bild" -> "/staedte/{}/bild"
std::string with_anonymous_parameters(std::string_view pattern)
{
    std::string result;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        result += pattern[i];
        if (pattern[i] == '{') {
            i = pattern.find('}', i) - 1;
        }
    }
    return result;
}

TEST(AuthorizationMatrixTable, EveryRouteOfTheRouterIsInTheMatrix)
{
    std::set<std::string> routed;
    std::set<std::string> written;
    for (const web::Route& route : web::all_routes()) {
        routed.insert(with_anonymous_parameters(route.pattern));
        if (route.method != web::Method::Get) {
            written.insert(with_anonymous_parameters(route.pattern));
        }
    }
    std::set<std::string> listed;
    std::size_t write_routes = 0;
    for (const auto& [family, routes] : WRITE_ROUTES) {
        for (const std::string& route : routes) {
            listed.insert(route.substr(route.find(' ') + 1));
            EXPECT_TRUE(written.contains(route.substr(route.find(' ') + 1))) << route << " changes nothing in the table";
            ++write_routes;
        }
    }
    for (const auto& [pattern, example] : READ_ONLY_ROUTES) {
        listed.insert(pattern);
    }
    for (const std::string& pattern : routed) {
        EXPECT_TRUE(listed.contains(pattern)) << pattern << " is in the route table but in neither list of this test";
    }
    for (const std::string& pattern : listed) {
        EXPECT_TRUE(routed.contains(pattern)) << pattern << " is listed here but the route table has no such path";
    }
    EXPECT_EQ(write_routes, 69u) << "every write route once";
}

// ---------------------------------------------------------------------------------------------
// The matrix, one test per family of routes.

TEST_F(AuthorizationMatrixTest, CityProfilesIndicatorsAndAdministration)
{
    check(row("POST /staedte/{}/bearbeiten", [] { return "/staedte/jena/bearbeiten"; },
           city_form("Wir vernetzen Familien in Jena."),
           {refused(401), refused(403), allowed(303), allowed(303)}, {"/staedte/jena", "/staedte/jena/versionen"}));
    check(row("POST /staedte/{}/versionen", [] { return "/staedte/jena/versionen"; }, {{"version", "1"}},
           {refused(401), refused(403), allowed(303), allowed(303)}, {"/staedte/jena", "/staedte/jena/versionen"}));
    check(row("POST /staedte/{}/kennzahlen/bearbeiten", [] { return "/staedte/jena/kennzahlen/bearbeiten"; },
           {}, // the admin's form arrives incomplete on purpose: allowed, then refused as invalid
           {refused(401), refused(403), refused(403), allowed(400)}, {"/staedte/jena/kennzahlen"}));
    Row image = row("POST /staedte/{}/bild", [] { return "/staedte/jena/bild"; }, {{"alt", "Logo des Bündnisses"}},
              {refused(401), refused(403), allowed(303), allowed(303)}, {"/staedte/jena", "/staedte/jena/bild"});
    image.upload = Upload{"image", "logo.png", "image/png", TINY_PNG};
    check(image);
    check(row("POST /staedte/{}/bild/entfernen", [] { return "/staedte/jena/bild/entfernen"; }, {},
           {refused(401), refused(403), allowed(303), allowed(303)}, {"/staedte/jena", "/staedte/jena/bild"}));
    check(row("POST /verwaltung/einladen", [] { return "/verwaltung/einladen"; },
           {{"email", "neu@jena.example"}}, // no city: the admin's invitation is invalid
           {refused(401), refused(403), refused(403), allowed(400)}, {"/verwaltung"}));
    // The topics as they are, plus a new one (the form lists all: what it leaves out is removed).
    Row topics = row("POST /verwaltung/themen", [] { return "/verwaltung/themen"; }, {},
                     {refused(401), refused(403), refused(403), allowed(303)}, {"/verwaltung/themen"});
    topics.make_form = [&] {
        FormFields form = form_of(as(ADMIN).get("/verwaltung/themen").body);
        form.emplace_back("new_name", "Familienfreundliche Arbeitswelt");
        return form;
    };
    check(topics);
    // The operator's part of the privacy notice: admins only (the public page shows it).
    check(row("POST /verwaltung/datenschutz", [] { return "/verwaltung/datenschutz"; },
              {{"controller", "Stadt Jena"}, {"data_protection_officer", "datenschutz@jena.example"},
               {"legal_bases", "Art. 6 Abs. 1 lit. e DSGVO"}, {"supervisory_authority", "TLfDI"}},
              {refused(401), refused(403), refused(403), allowed(303)}, {"/datenschutz"}));
    expect_family_done("cities");
}

TEST_F(AuthorizationMatrixTest, AccountsSignInAndOneTimeLinks)
{
    // Who signs in, resets a password, follows a one-time link or unsubscribes acts on the
    // account the credentials or the link name: without a valid one, every role is refused.
    check(row("POST /anmelden", [] { return "/anmelden"; },
              {{"email", "niemand@nirgendwo.example"}, {"password", "falsch und falsch"}},
              {refused(200), refused(200), refused(200), refused(200)}, {"jena:/konto"})); // the form again
    check(row("POST /passwort-setzen/{}", [] { return "/passwort-setzen/erfunden"; },
              {{"name", "Mallory"}, {"password", PASSPHRASE}, {"password_repeat", PASSPHRASE}},
              {refused(404), refused(404), refused(404), refused(404)}, {"jena:/konto"}));
    check(row("POST /passwort-neu/{}", [] { return "/passwort-neu/erfunden"; },
              {{"name", "Mallory"}, {"password", PASSPHRASE}, {"password_repeat", PASSPHRASE}},
              {refused(404), refused(404), refused(404), refused(404)}, {"jena:/konto"}));
    check(row("POST /benachrichtigungen/abbestellen/{}", [] { return "/benachrichtigungen/abbestellen/erfunden"; }, {},
              {refused(404), refused(404), refused(404), refused(404)}, {"jena:/konto"}));
    // Anyone may ask for a reset link; the mail goes to the account's own address.
    check(row("POST /passwort-vergessen", [] { return "/passwort-vergessen"; }, {{"email", JENA_EMAIL}},
              {allowed(200), allowed(200), allowed(200), allowed(200)}));
    // A member's own account: signed in, each role acts on itself only; the public is refused.
    check(row("POST /konto/benachrichtigungen", [] { return "/konto/benachrichtigungen"; },
              {{"mail_mode", "taeglich"}},
              {refused(401), allowed(200), allowed(200), allowed(200)}, {"jena:/konto"}));
    check(row("POST /konto/mitteilungen/gelesen", [] { return "/konto/mitteilungen/gelesen"; }, {},
              {refused(401), allowed(303), allowed(303), allowed(303)}, {"jena:/konto"}));
    check(row("POST /konto/api-token", [] { return "/konto/api-token"; }, {{"label", "Tabelle"}},
              {refused(401), allowed(200), allowed(200), allowed(200)}, {"jena:/konto"}));
    check(row("POST /konto/loeschen", [] { return "/konto/loeschen"; }, {}, // unconfirmed: nobody is deleted
              {refused(401), allowed(400), allowed(400), allowed(400)}, {"jena:/konto"}));
    // A token belongs to its member: another member (the admin too) cannot revoke it.
    std::string token;
    Row revoke = row("POST /konto/api-token/{}/widerrufen",
                     [&] {
                         std::string id;
                         token = new_api_token(OWN_CITY, &id);
                         return "/konto/api-token/" + id + "/widerrufen";
                     },
                     {}, {refused(401), refused(404), allowed(303), refused(404)}, {"jena:/konto"});
    revoke.fresh_per_role = true;
    check(revoke);
    const auto token_works = [&] {
        return http_request(port(), "GET", "/api/v1/projects/p-hannover-betriebliche-kinderbetreuung", "", "", "",
                            token)
            .status;
    };
    EXPECT_EQ(token_works(), 200) << "the token the admin tried to revoke still works";

    // Signing out without a session signs nobody out.
    Row sign_out = row("POST /abmelden", [] { return "/abmelden"; }, {},
                       {allowed(303), allowed(303), allowed(303), allowed(303)}, {"jena:/konto"});
    sign_out.fresh_session = true;
    check(sign_out);
    Row everywhere = row("POST /konto/ueberall-abmelden", [] { return "/konto/ueberall-abmelden"; }, {},
                         {refused(401), allowed(303), allowed(303), allowed(303)});
    everywhere.fresh_session = true;
    check(everywhere);
    expect_family_done("accounts");
}

TEST_F(AuthorizationMatrixTest, Projects)
{
    const std::string project = new_jena_project("Beratungsbus");
    // A coordinator's new project is their own city's whatever the form says (city_id=city-jena).
    check(row("POST /praxisbeispiele/neu", [] { return "/praxisbeispiele/neu"; }, project_form("Spielplatzpaten"),
              {refused(401), for_itself(303), allowed(303), allowed(303)}, {"/staedte/jena"}));
    check(row("POST /praxisbeispiele/{}/bearbeiten", [&] { return project + "/bearbeiten"; },
              project_form("Beratungsbus auf dem Land"),
              {refused(401), refused(403), allowed(303), allowed(303)}, {project, project + "/versionen"}));
    check(row("POST /praxisbeispiele/{}/versionen", [&] { return project + "/versionen"; }, {{"version", "1"}},
              {refused(401), refused(403), allowed(303), allowed(303)}, {project, project + "/versionen"}));
    Row attach = row("POST /praxisbeispiele/{}/anhaenge", [&] { return project + "/anhaenge"; },
                     {{"title", "Flyer"}}, {refused(401), refused(403), allowed(303), allowed(303)}, {project});
    attach.upload = Upload{"file", "flyer.pdf", "application/pdf", PDF};
    check(attach);
    Row detach = row("POST /praxisbeispiele/{}/anhaenge/{}/entfernen",
                     [&] { return new_project_attachment() + "/entfernen"; }, {},
                     {refused(401), refused(403), allowed(303), allowed(303)}, {"{record}"});
    detach.fresh_per_role = true;
    check(detach);
    Row remove = row("POST /praxisbeispiele/{}/loeschen",
                     [&] { return new_jena_project("Zum Löschen " + std::to_string(++m_counter)) + "/loeschen"; },
                     {{"confirm", "ja"}}, {refused(401), refused(403), allowed(303), allowed(303)},
                     {"/praxisbeispiele?stadt=jena"});
    remove.fresh_per_role = true;
    check(remove);
    expect_family_done("projects");
}

TEST_F(AuthorizationMatrixTest, ChallengesAndApproaches)
{
    const std::string challenge = "/herausforderungen/kitaausbau";
    check(row("POST /herausforderungen/neu", [] { return "/herausforderungen/neu"; },
              challenge_form("Ganztag in der Grundschule", "ganztag"),
              {refused(401), refused(403), refused(403), allowed(303)}, {"/herausforderungen"}));
    check(row("POST /herausforderungen/{}/bearbeiten", [&] { return challenge + "/bearbeiten"; },
              challenge_form("Kitaausbau", "kitaausbau"),
              {refused(401), refused(403), refused(403), allowed(303)}, {challenge}));
    check(row("POST /herausforderungen/{}/ansatz", [&] { return challenge + "/ansatz?stadt=jena"; },
              {{"text", "Jena baut Kitas mit freien Trägern."}, {"projects", JENA_PROJECT}},
              {refused(401), refused(403), allowed(303), allowed(303)}, {challenge}));
    Row remove = row("POST /herausforderungen/{}/loeschen",
                     [&] {
                         const std::string slug = "zum-loeschen-" + std::to_string(++m_counter);
                         EXPECT_EQ(as(ADMIN).post("/herausforderungen/neu", challenge_form("Zum Löschen", slug)).status,
                                   303);
                         return "/herausforderungen/" + slug + "/loeschen";
                     },
                     {{"confirm", "ja"}}, {refused(401), refused(403), refused(403), allowed(303)},
                     {"/herausforderungen"});
    remove.fresh_per_role = true;
    check(remove);
    expect_family_done("challenges");
}

TEST_F(AuthorizationMatrixTest, AdoptionsInterestAndAdvice)
{
    // A coordinator records adoptions and interest for their own city only (the city is not
    // taken from the form): Leipzig's request records Leipzig's, never Jena's.
    check(row("POST /praxisbeispiele/{}/uebernehmen", [] { return "/praxisbeispiele/" + MUNICH_PROJECT + "/uebernehmen"; },
              adoption_form("Kleinere Pakete."),
              {refused(401), for_itself(303), allowed(303), allowed(409)}, {"/staedte/jena", "/lernnetz?stadt=jena"}));
    check(row("POST /praxisbeispiele/{}/interesse", [] { return "/praxisbeispiele/" + MUNICH_PROJECT + "/interesse"; },
              {{"note", "Was kostet das?"}, {"city_id", "city-jena"}},
              {refused(401), for_itself(303), allowed(303), allowed(400)}, {"jena:/praxisbeispiele/" + MUNICH_PROJECT}));
    check(row("POST /praxisbeispiele/{}/interesse/zurueckziehen",
              [] { return "/praxisbeispiele/" + MUNICH_PROJECT + "/interesse/zurueckziehen"; },
              {{"city_id", "city-jena"}},
              {refused(401), for_itself(303), allowed(303), allowed(303)}, {"jena:/praxisbeispiele/" + MUNICH_PROJECT}));
    // Advice names the advising city in the form: only that city's coordinators may record it.
    check(row("POST /praxisbeispiele/{}/beratung", [] { return "/praxisbeispiele/p-hamburg-wohnungstausch/beratung"; },
              {{"advising_city_id", "city-jena"}, {"note", "Jena hat beraten."}, {"year", "2024"}},
              {refused(401), refused(403), allowed(303), allowed(303)},
              {"/praxisbeispiele/p-hamburg-wohnungstausch"}));
    const std::string adoption = new_jena_adoption("p-dortmund-kinderarmut-praevention");
    check(row("POST /uebernahmen/{}/bearbeiten", [&] { return "/uebernahmen/" + adoption + "/bearbeiten"; },
              with_update(adoption_form("Mit Kinderärzten.")),
              {refused(401), refused(403), allowed(303), allowed(303)},
              {"/praxisbeispiele/p-dortmund-kinderarmut-praevention"}));
    const std::vector<std::string> originals = {"p-frankfurt-kita-platzboerse", "p-hamm-familienbuero",
                                                "p-koblenz-ferienbetreuung", "p-nuernberg-familienzentren"};
    std::size_t next = 0;
    Row unadopt = row("POST /uebernahmen/{}/loeschen",
                      [&] { return "/uebernahmen/" + new_jena_adoption(originals[next++ % 4]) + "/loeschen"; },
                      {{"confirm", "ja"}}, {refused(401), refused(403), allowed(303), allowed(303)},
                      {"/lernnetz"});
    unadopt.fresh_per_role = true;
    check(unadopt);
    Row unadvise = row("POST /beratung/{}/loeschen", [&] { return new_jena_advice(originals[next++ % 4]); },
                       {{"confirm", "ja"}}, {refused(401), refused(403), allowed(303), allowed(303)}, {"/lernnetz"});
    unadvise.fresh_per_role = true;
    check(unadvise);
    expect_family_done("learning");
}

TEST_F(AuthorizationMatrixTest, QuestionsAndAnswers)
{
    // Questions and answers belong to the member who wrote them (here Jena's coordinator).
    const std::string question = new_jena_question();
    const std::string jena_answer = new_answer(OWN_CITY, question);
    const std::string leipzig_answer = new_answer(OTHER_CITY, question);
    check(row("POST /fragen/neu", [] { return "/fragen/neu"; },
              {{"title", "Gibt es Elternlotsen?"}, {"body", "Wir suchen Beispiele."}},
              {refused(401), allowed(303), allowed(303), allowed(303)}, {"/fragen"}));
    check(row("POST /fragen/{}/bearbeiten", [&] { return question + "/bearbeiten"; },
              {{"title", "Wer hat Erfahrung mit Familienlotsen?"}, {"body", "Geändert."}},
              {refused(401), refused(403), allowed(303), allowed(303)}, {question}));
    check(row("POST /fragen/{}/antworten", [&] { return question + "/antworten"; }, {{"body", "Wir auch."}},
              {refused(401), allowed(303), allowed(303), allowed(303)}, {question}));
    check(row("POST /antworten/{}/bearbeiten", [&] { return "/antworten/" + jena_answer + "/bearbeiten"; },
              {{"body", "Geänderte Antwort."}}, {refused(401), refused(403), allowed(303), allowed(303)}, {question}));
    // Only the asker marks answers helpful, not the answer's author.
    check(row("POST /antworten/{}/hilfreich", [&] { return "/antworten/" + leipzig_answer + "/hilfreich"; },
              {{"helpful", "ja"}}, {refused(401), refused(403), allowed(303), allowed(303)}, {question}));
    Row unanswer = row("POST /antworten/{}/loeschen",
                       [&] { return "/antworten/" + new_answer(OWN_CITY, question) + "/loeschen"; },
                       {{"confirm", "ja"}}, {refused(401), refused(403), allowed(303), allowed(303)}, {question});
    unanswer.fresh_per_role = true;
    check(unanswer);
    Row unask = row("POST /fragen/{}/loeschen", [&] { return new_jena_question() + "/loeschen"; },
                    {{"confirm", "ja"}}, {refused(401), refused(403), allowed(303), allowed(303)}, {"/fragen"});
    unask.fresh_per_role = true;
    check(unask);
    expect_family_done("questions");
}

TEST_F(AuthorizationMatrixTest, PilotProjects)
{
    const std::string pilot = new_jena_pilot();
    // Leipzig may not start a pilot that only Jena leads (refused as invalid: its own city must lead).
    Row create = row("POST /pilotprojekte/neu", [] { return "/pilotprojekte/neu"; }, {},
                     {refused(401), refused(400), allowed(303), allowed(303)}, {"/pilotprojekte"});
    create.make_form = [&] {
        const std::string slug = "neuer-pilot-" + std::to_string(++m_counter);
        return pilot_form("Neuer Pilot " + slug, slug);
    };
    check(create);
    check(row("POST /pilotprojekte/{}/bearbeiten", [&] { return pilot + "/bearbeiten"; },
              pilot_form("Lotsen für alle", pilot.substr(15)),
              {refused(401), refused(403), allowed(303), allowed(303)}, {pilot}));
    check(row("POST /pilotprojekte/{}/meilensteine", [&] { return pilot + "/meilensteine"; },
              {{"count", "1"}, {"title-0", "Konzept fertig"}, {"due-0", "2026-09-30"}, {"status-0", "offen"}, {"note-0", ""}},
              {refused(401), refused(403), allowed(303), allowed(303)}, {pilot}));
    check(row("POST /pilotprojekte/{}/partner/{}", [&] { return pilot + "/partner/jena"; },
              {{"local_project", JENA_PROJECT}, {"note", "Wir bringen den Familienpass ein."}},
              {refused(401), refused(403), allowed(303), allowed(303)}, {pilot}));
    Row upload = row("POST /pilotprojekte/{}/dokumente", [&] { return pilot + "/dokumente"; }, {{"title", "Konzept"}},
                     {refused(401), refused(403), allowed(303), allowed(303)}, {pilot});
    upload.upload = Upload{"file", "konzept.pdf", "application/pdf", PDF};
    check(upload);
    Row remove_document = row("POST /pilotprojekte/{}/dokumente/{}/entfernen",
                              [&] { return new_pilot_document() + "/entfernen"; }, {},
                              {refused(401), refused(403), allowed(303), allowed(303)}, {"/pilotprojekte"});
    remove_document.fresh_per_role = true;
    check(remove_document);
    Row remove = row("POST /pilotprojekte/{}/loeschen", [&] { return new_jena_pilot() + "/loeschen"; },
                     {{"confirm", "ja"}}, {refused(401), refused(403), allowed(303), allowed(303)},
                     {"/pilotprojekte"});
    remove.fresh_per_role = true;
    check(remove);
    expect_family_done("pilots");
}

TEST_F(AuthorizationMatrixTest, MeetingsAgendaRegistrationsAndActionItems)
{
    const std::string meeting = new_meeting();
    const std::string proposal = new_jena_proposal(meeting);
    const std::string action = new_jena_action_item(meeting);
    const std::vector<std::string> pages = {meeting, meeting + "/tagesordnung", "jena:/"};
    // Planning, agenda and minutes are the admins'.
    check(row("POST /treffen/neu", [] { return "/treffen/neu"; }, meeting_form("Herbsttreffen"),
              {refused(401), refused(403), refused(403), allowed(303)}, {"/treffen"}));
    check(row("POST /treffen/{}/bearbeiten", [&] { return meeting + "/bearbeiten"; }, meeting_form("Umbenannt"),
              {refused(401), refused(403), refused(403), allowed(303)}, pages));
    check(row("POST /treffen/{}/tagesordnung", [&] { return meeting + "/tagesordnung"; },
              {{"status_" + proposal, "angenommen"}, {"position_" + proposal, "1"}, {"start_" + proposal, "10:15"},
               {"duration_" + proposal, "30"}},
              {refused(401), refused(403), refused(403), allowed(303)}, pages));
    check(row("POST /treffen/{}/tagesordnung/neu", [&] { return meeting + "/tagesordnung/neu"; },
              {{"kind", "herausforderung"}, {"challenge", "kitaausbau"}, {"title", ""}, {"note", ""}},
              {refused(401), refused(403), refused(403), allowed(303)}, pages));
    check(row("POST /treffen/{}/protokoll", [&] { return meeting + "/protokoll"; },
              {{"minutes", "Alle da."}, {"decisions", "Leitfaden schreiben"}},
              {refused(401), refused(403), refused(403), allowed(303)}, pages));
    check(row("POST /treffen/{}/aufgaben", [&] { return meeting + "/aufgaben"; },
              {{"action_text", "Selbst eingetragen"}, {"action_city", "city-jena"}, {"action_due", "2099-05-01"}},
              {refused(401), refused(403), refused(403), allowed(303)}, pages));
    // What a city does for itself: propose, register, withdraw, tick off, add slides.
    check(row("POST /treffen/{}/vorschlagen", [&] { return meeting + "/vorschlagen"; },
              {{"kind", "sonstiges"}, {"title", "Noch ein Bericht"}, {"note", ""}},
              {refused(401), allowed(303), allowed(303), allowed(303)}, pages));
    check(row("POST /treffen/{}/anmeldung", [&] { return meeting + "/anmeldung"; },
              {{"stadt", "jena"}, {"rows", "1"}, {"name_0", "Jana Jena"}, {"note", ""}},
              {refused(401), refused(403), allowed(303), allowed(303)}, pages));
    check(row("POST /treffen/{}/anmeldung/zurueckziehen", [&] { return meeting + "/anmeldung/zurueckziehen"; },
              {{"stadt", "jena"}}, {refused(401), refused(403), allowed(303), allowed(303)}, pages));
    check(row("POST /aufgaben/{}/erledigt", [&] { return "/aufgaben/" + action + "/erledigt"; }, {{"done", "ja"}},
              {refused(401), refused(403), allowed(303), allowed(303)}, pages));
    Row slides = row("POST /tagesordnungspunkte/{}/anhaenge",
                     [&] { return "/tagesordnungspunkte/" + proposal + "/anhaenge"; }, {{"title", "Folien"}},
                     {refused(401), refused(403), allowed(303), allowed(303)}, pages);
    slides.upload = Upload{"file", "folien.pdf", "application/pdf", PDF};
    check(slides);
    Row remove_slides = row("POST /tagesordnungspunkte/{}/anhaenge/{}/entfernen",
                            [&] { return new_agenda_attachment(meeting) + "/entfernen"; }, {},
                            {refused(401), refused(403), allowed(303), allowed(303)}, pages);
    remove_slides.fresh_per_role = true;
    check(remove_slides);
    Row withdraw = row("POST /tagesordnungspunkte/{}/loeschen",
                       [&] { return "/tagesordnungspunkte/" + new_jena_proposal(meeting) + "/loeschen"; },
                       {{"confirm", "ja"}}, {refused(401), refused(403), allowed(303), allowed(303)}, pages);
    withdraw.fresh_per_role = true;
    check(withdraw);
    check(row("POST /treffen/{}/aufgaben/{}/entfernen",
              [&] { return meeting + "/aufgaben/" + action + "/entfernen"; }, {},
              {refused(401), refused(403), refused(403), allowed(303)}, pages));
    Row cancel = row("POST /treffen/{}/loeschen", [&] { return new_meeting() + "/loeschen"; }, {{"confirm", "ja"}},
                     {refused(401), refused(403), refused(403), allowed(303)}, {"/treffen"});
    cancel.fresh_per_role = true;
    check(cancel);
    expect_family_done("meetings");
}

TEST_F(AuthorizationMatrixTest, ProjectsThroughTheApi)
{
    // Programs write with a personal token; the public sends none.
    const std::array<std::string, 4> bearer = {"", new_api_token(OTHER_CITY), new_api_token(OWN_CITY),
                                               new_api_token(ADMIN)};
    const auto api = [&](Role role, const std::string& method, const std::string& path, const std::string& body) {
        return http_request(port(), method, path, body, "", "application/json", bearer[role]);
    };
    const auto create = [&](const std::string& title) {
        HttpAnswer created = api(OWN_CITY, "POST", "/api/v1/projects",
                                 R"({"title":")" + title + R"(","status":"geplant","visibility":"public"})");
        EXPECT_EQ(created.status, 201) << created.body;
        return "/api/v1/projects/" + first_match(created.body, R"re("id":"([^"]+)")re");
    };
    struct ApiRow {
        std::string route;
        std::string method;
        std::function<std::string()> target;
        std::string body;
        std::array<Outcome, 4> outcomes;
    };
    const std::string project = create("Elterncafé");
    const std::vector<ApiRow> rows = {
        {"POST /api/v1/projects", "POST", [] { return std::string("/api/v1/projects"); },
         R"({"title":"Spielplatzpaten","status":"geplant","visibility":"public","city_id":"city-jena"})",
         {refused(401), for_itself(201), allowed(201), allowed(201)}},
        {"PUT /api/v1/projects/{}", "PUT", [&] { return project; },
         R"({"title":"Elterncafé im Rathaus","status":"laeuft","visibility":"public"})",
         {refused(401), refused(403), allowed(200), allowed(200)}},
        {"DELETE /api/v1/projects/{}", "DELETE", [&] { return create("Zum Löschen " + std::to_string(++m_counter)); },
         "", {refused(401), refused(403), allowed(204), allowed(204)}},
    };
    for (const ApiRow& api_row : rows) {
        for (Role role : {PUBLIC, OTHER_CITY, OWN_CITY, ADMIN}) {
            const std::string path = api_row.target();
            const Outcome& expected = api_row.outcomes[role];
            const std::string before = state_of({"/staedte/jena", "/api/v1/projects/" + JENA_PROJECT}, expected.change);
            HttpAnswer answer = api(role, api_row.method, path, api_row.body);
            EXPECT_EQ(answer.status, expected.status) << api_row.route << " as " << ROLE_NAMES[role] << ": " << answer.body;
            if (expected.change != Outcome::ANYTHING) {
                EXPECT_TRUE(before == state_of({"/staedte/jena", "/api/v1/projects/" + JENA_PROJECT}, expected.change))
                    << api_row.route << " as " << ROLE_NAMES[role] << " changed something";
            }
        }
        m_done.insert(api_row.route);
    }
    // A session cookie instead of a token writes nothing (the API has no form token).
    const std::string before = network();
    EXPECT_EQ(http_request(port(), "PUT", project, R"({"title":"Per Cookie","status":"laeuft","visibility":"public"})",
                           "rundum_session=" + as(OWN_CITY).cookie("rundum_session"), "application/json")
                  .status,
              401);
    EXPECT_TRUE(before == network());
    expect_family_done("api");
}

TEST_F(AuthorizationMatrixTest, ReadOnlyRoutesRefuseWrites)
{
    for (const auto& [pattern, path] : READ_ONLY_ROUTES) {
        const std::string before = network();
        // Refused: 405 (or 404 where the record does not exist), never a page or a redirect.
        const int status = as(ADMIN).post(path, {}).status;
        EXPECT_TRUE(status == 405 || status == 404) << pattern << " answered a POST with " << status;
        EXPECT_TRUE(before == network()) << pattern;
    }
}

} // namespace
} // namespace rundum::testing
