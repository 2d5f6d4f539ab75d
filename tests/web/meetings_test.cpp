// SPDX-License-Identifier: EUPL-1.2
// Network meetings over HTTP, on every backend: the admins plan meetings and set the agenda,
// cities propose items and register their attendees until the deadline, the minutes give
// action items to a city, which sees them on its start page; who may do what, and what the
// public sees.
#include <gtest/gtest.h>

#include <libical/ical.h>

#include <boost/json.hpp>

#include <memory>
#include <regex>

#include "concurrent_edit.hpp"
#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string LEIPZIG_EMAIL = "koordination@leipzig.example";
const std::string PASSPHRASE = "Familienzentren wachsen im Netzwerk";
const std::string JENA_PROJECT = "p-jena-familienpass";
const std::string LEIPZIG_PROJECT = "p-leipzig-willkommensbesuche";

// The first capture of `pattern` in `text`, or "".
std::string first_match(const std::string& text, const std::string& pattern)
{
    std::smatch match;
    return std::regex_search(text, match, std::regex(pattern)) ? match[1].str() : "";
}

// Every capture of `pattern` in `text`, in order.
std::vector<std::string> all_matches(const std::string& text, const std::string& pattern)
{
    std::vector<std::string> found;
    const std::regex expression(pattern);
    for (std::sregex_iterator match(text.begin(), text.end(), expression), end; match != end; ++match) {
        found.push_back((*match)[1].str());
    }
    return found;
}

FormFields meeting_form(const std::string& title, const std::string& starts, const std::string& deadline)
{
    return {{"title", title},
            {"starts_at", starts},
            {"ends_at", starts.substr(0, 11) + "16:00"},
            {"registration_deadline", deadline},
            {"host_city", "city-jena"},
            {"venue", "Rathaus Jena, Markt 1"},
            {"online_link", "https://video.example/netzwerk-geheim"},
            {"description", "Wir stellen **Praxisbeispiele** vor."}};
}

class MeetingsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
        // A second city's coordination, to see what one city may do to another's records.
        const std::string link = s_site->rundum({"user", "add", "--data", s_site->data(), "--coordinator",
                                                 LEIPZIG_EMAIL, "--city", "leipzig"})
                                     .out;
        HttpSession(port()).set_password(path_of(link), "Lena Leipzig", PASSPHRASE);
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // Plans a meeting as the admin and returns its path ("/treffen/m-…").
    static std::string plan(const std::string& title, const std::string& starts = "2099-03-18T10:00",
                            const std::string& deadline = "2099-03-04T23:59")
    {
        HttpAnswer created = signed_in(ADMIN_EMAIL).post("/treffen/neu", meeting_form(title, starts, deadline));
        EXPECT_EQ(created.status, 303) << created.body.substr(0, 1500);
        const std::string location = created.header("Location");
        return location.substr(0, location.find('?'));
    }

    // The agenda item ids of a meeting, in the order of the admin's agenda table.
    static std::vector<std::string> item_ids(const std::string& meeting)
    {
        return all_matches(signed_in(ADMIN_EMAIL).get(meeting + "/tagesordnung").body,
                           "name=\"status_([A-Za-z0-9_-]+)\"");
    }

    // Sets every item's status (the other settings as they were typed: empty).
    static HttpAnswer set_status(const std::string& meeting, const std::string& item, const std::string& status)
    {
        return signed_in(ADMIN_EMAIL)
            .post(meeting + "/tagesordnung",
                  {{"status_" + item, status}, {"position_" + item, "1"}, {"start_" + item, "10:15"},
                   {"duration_" + item, "30"}});
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(MeetingsTest, TheAdminPlansAMeetingThePublicSeesTheBasicsAndMembersSeeMore)
{
    const std::string meeting = plan("Netzwerktreffen Frühjahr 2099");
    ASSERT_TRUE(meeting.starts_with("/treffen/m-")) << meeting;

    HttpAnswer list = http_get(port(), "/treffen");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Netzwerktreffen Frühjahr 2099"));
    EXPECT_TRUE(contains(list.body, "href=\"/treffen\" aria-current=\"page\">Treffen</a>")) << "in the navigation";
    EXPECT_FALSE(contains(list.body, "/treffen/neu")) << "no planning link for the public";

    HttpAnswer page = http_get(port(), meeting);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<h1>Netzwerktreffen Frühjahr 2099</h1>"));
    EXPECT_TRUE(contains(page.body, "18.03.2099, 10:00–16:00 Uhr"));
    EXPECT_TRUE(contains(page.body, "Rathaus Jena, Markt 1"));
    EXPECT_TRUE(contains(page.body, ">Jena</a>")) << "the host city";
    EXPECT_FALSE(contains(page.body, "video.example")) << "the online link is for members";
    EXPECT_FALSE(contains(page.body, "Vorschläge"));
    EXPECT_FALSE(contains(page.body, "Anmeldungen"));
    EXPECT_FALSE(contains(page.body, "Protokoll"));

    HttpAnswer member_page = signed_in(LEIPZIG_EMAIL).get(meeting);
    ASSERT_EQ(member_page.status, 200);
    EXPECT_TRUE(contains(member_page.body, "https://video.example/netzwerk-geheim"));
    EXPECT_TRUE(contains(member_page.body, "<strong>Praxisbeispiele</strong>"));
    EXPECT_TRUE(contains(member_page.body, "Anmeldung möglich bis 04.03.2099, 23:59 Uhr."));
    EXPECT_TRUE(contains(member_page.body, meeting + "/vorschlagen"));
    EXPECT_FALSE(contains(member_page.body, meeting + "/bearbeiten")) << "only admins edit";

    HttpAnswer notifications = signed_in(JENA_EMAIL).get("/konto");
    EXPECT_TRUE(contains(notifications.body, "Neues Netzwerktreffen: „Netzwerktreffen Frühjahr 2099“ am 18.03.2099."));
}

TEST_F(MeetingsTest, TheDemoNetworkHasAPastMeetingWithMinutesAndAnUpcomingOne)
{
    HttpAnswer list = http_get(port(), "/treffen");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "Netzwerktreffen Frühjahr 2026 in Leipzig"));
    EXPECT_TRUE(contains(list.body, "Netzwerktreffen Frühjahr 2027 in Nürnberg"));
    HttpAnswer past = signed_in(LEIPZIG_EMAIL).get("/treffen/m-2026-fruehjahr-leipzig");
    ASSERT_EQ(past.status, 200);
    EXPECT_TRUE(contains(past.body, "Willkommensbesuche für Neugeborene")) << "an accepted presentation";
    EXPECT_TRUE(contains(past.body, "Kitaausbau: Was bremst, was hilft?")) << "the challenge discussed";
    EXPECT_TRUE(contains(past.body, "Das Netzwerk trifft sich weiterhin zweimal im Jahr")) << "a decision";
    EXPECT_TRUE(contains(past.body, "Ort und Termin für das Frühjahrstreffen 2027 vorschlagen")) << "an action item";
}

TEST_F(MeetingsTest, OnlyAdminsPlanChangeAndDeleteMeetings)
{
    const std::string meeting = plan("Treffen nur für die Verwaltung");
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_EQ(jena.get("/treffen/neu").status, 403);
    EXPECT_EQ(jena.post("/treffen/neu", meeting_form("Eigenes Treffen", "2099-05-01T10:00", "")).status, 403);
    EXPECT_EQ(jena.post(meeting + "/bearbeiten", meeting_form("Umbenannt", "2099-05-01T10:00", "")).status, 403);
    EXPECT_EQ(jena.post(meeting + "/loeschen", {{"confirm", "ja"}}).status, 403);
    HttpSession anonymous(port());
    EXPECT_EQ(anonymous.post("/treffen/neu", meeting_form("Anonym", "2099-05-01T10:00", "")).status, 401);
    EXPECT_EQ(anonymous.post(meeting + "/loeschen", {{"confirm", "ja"}}).status, 401);
    HttpAnswer sign_in = anonymous.get("/treffen/neu");
    EXPECT_EQ(sign_in.status, 303);
    EXPECT_TRUE(sign_in.header("Location").starts_with("/anmelden"));
    EXPECT_EQ(signed_in(ADMIN_EMAIL).post("/treffen/neu", meeting_form("Ohne Token", "2099-05-01T10:00", ""), false).status,
              403)
        << "no CSRF token";
    EXPECT_EQ(http_get(port(), meeting).status, 200) << "nothing was deleted";
}

TEST_F(MeetingsTest, ABadMeetingFormIsShownAgainWithTheInputAndAClearMessage)
{
    HttpSession admin = signed_in(ADMIN_EMAIL);
    FormFields form = meeting_form("Falsch geplant", "2099-06-10T10:00", "2099-06-11T10:00");
    HttpAnswer answer = admin.post("/treffen/neu", form);
    EXPECT_EQ(answer.status, 400);
    EXPECT_TRUE(contains(answer.body, "Der Anmeldeschluss darf nicht nach dem Beginn liegen."));
    EXPECT_TRUE(contains(answer.body, "aria-describedby=\"registration_deadline-hint registration_deadline-error\""));
    EXPECT_TRUE(contains(answer.body, "value=\"Falsch geplant\"")) << "the input is kept";
    EXPECT_TRUE(contains(answer.body, "value=\"2099-06-11T10:00\""));

    form[1] = {"starts_at", "2099-02-30T10:00"};
    EXPECT_TRUE(contains(admin.post("/treffen/neu", form).body, "Bitte geben Sie den Beginn als Datum und Uhrzeit an"));
    form = meeting_form("Unsicherer Link", "2099-06-10T10:00", "");
    form[6] = {"online_link", "http://video.example/offen"};
    answer = admin.post("/treffen/neu", form);
    EXPECT_EQ(answer.status, 400);
    EXPECT_TRUE(contains(answer.body, "muss mit https:// beginnen"));
    form = meeting_form("Nirgends", "2099-06-10T10:00", "");
    form[5] = {"venue", ""};
    form[6] = {"online_link", ""};
    EXPECT_TRUE(contains(admin.post("/treffen/neu", form).body, "Bitte geben Sie einen Ort oder eine Adresse"));
    EXPECT_FALSE(contains(http_get(port(), "/treffen").body, "Falsch geplant")) << "nothing stored";
}

TEST_F(MeetingsTest, EditingRaisesTheSequenceAndCancellingKeepsTheMeetingVisible)
{
    const std::string meeting = plan("Treffen zum Absagen");
    HttpSession admin = signed_in(ADMIN_EMAIL);
    FormFields form = meeting_form("Treffen zum Absagen", "2099-03-18T10:00", "2099-03-04T23:59");
    form.emplace_back("is_cancelled", "ja");
    ASSERT_EQ(admin.post(meeting + "/bearbeiten", form).status, 303);
    HttpAnswer page = http_get(port(), meeting);
    EXPECT_TRUE(contains(page.body, "Dieses Treffen ist abgesagt."));
    EXPECT_TRUE(contains(http_get(port(), "/treffen").body, "(abgesagt)"));
    EXPECT_EQ(signed_in(JENA_EMAIL).post(meeting + "/anmeldung", {{"rows", "1"}, {"name_0", "Jana"}}).status, 409)
        << "a cancelled meeting takes no registrations";
    HttpAnswer proposal =
        signed_in(JENA_EMAIL).post(meeting + "/vorschlagen", {{"kind", "sonstiges"}, {"title", "Zu spät"}, {"note", ""}});
    EXPECT_EQ(proposal.status, 409) << "a cancelled meeting takes no proposals";
    EXPECT_TRUE(contains(proposal.body, "<h1>Konflikt</h1>"));
    EXPECT_TRUE(contains(proposal.body, "Dieses Treffen ist abgesagt."));

    HttpAnswer unconfirmed = admin.post(meeting + "/loeschen", {});
    EXPECT_EQ(unconfirmed.status, 400);
    EXPECT_TRUE(contains(unconfirmed.body, "Bitte bestätigen Sie das Löschen"));
    ASSERT_EQ(admin.post(meeting + "/loeschen", {{"confirm", "ja"}}).status, 303);
    EXPECT_EQ(http_get(port(), meeting).status, 404);
}

TEST_F(MeetingsTest, ACityProposesItsOwnProjectAndTheAdminAcceptsIt)
{
    const std::string meeting = plan("Treffen mit Vorschlägen");
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(jena.get(meeting + "/vorschlagen").status, 200);
    HttpAnswer foreign = jena.post(meeting + "/vorschlagen",
                                   {{"kind", "projekt"}, {"project", LEIPZIG_PROJECT}, {"title", ""}, {"note", "x"}});
    EXPECT_EQ(foreign.status, 400) << "another city's project";
    EXPECT_TRUE(contains(foreign.body, "Vorstellen kann eine Stadt nur ihre eigenen Praxisbeispiele."));
    HttpAnswer untitled =
        jena.post(meeting + "/vorschlagen", {{"kind", "sonstiges"}, {"title", " "}, {"note", "Bericht aus Jena"}});
    EXPECT_EQ(untitled.status, 400);
    EXPECT_TRUE(contains(untitled.body, "Bitte geben Sie einen Titel für den Punkt ein."));
    EXPECT_TRUE(contains(untitled.body, "Bericht aus Jena")) << "the note is kept";
    EXPECT_EQ(HttpSession(port()).post(meeting + "/vorschlagen", {{"kind", "sonstiges"}, {"title", "Anonym"}}).status,
              401);

    HttpAnswer proposed = jena.post(
        meeting + "/vorschlagen", {{"kind", "projekt"}, {"project", JENA_PROJECT}, {"title", ""}, {"note", "20 Minuten"}});
    ASSERT_EQ(proposed.status, 303) << proposed.body.substr(0, 1500);
    EXPECT_FALSE(contains(http_get(port(), meeting).body, "Familienpass")) << "not accepted yet";
    EXPECT_TRUE(contains(signed_in(LEIPZIG_EMAIL).get(meeting).body, "Familienpass")) << "members see proposals";

    EXPECT_EQ(jena.get(meeting + "/tagesordnung").status, 403);
    const std::vector<std::string> items = item_ids(meeting);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(jena.post(meeting + "/tagesordnung", {{"status_" + items[0], "angenommen"}}).status, 403);
    HttpAnswer bad = signed_in(ADMIN_EMAIL)
                         .post(meeting + "/tagesordnung", {{"status_" + items[0], "angenommen"},
                                                           {"position_" + items[0], "erster"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(contains(bad.body, "value=\"erster\"")) << "typed value kept";
    ASSERT_EQ(set_status(meeting, items[0], "angenommen").status, 303);

    HttpAnswer page = http_get(port(), meeting);
    EXPECT_TRUE(contains(page.body, "10:15 · Familienpass")) << "the public sees the accepted public project";
    EXPECT_TRUE(contains(page.body, "30 Minuten"));
    EXPECT_FALSE(contains(page.body, "20 Minuten")) << "the proposer's note is for members";
    EXPECT_TRUE(contains(jena.get("/konto").body, "Ihr Vorschlag „Familienpass“ steht auf der Tagesordnung"));
    HttpAnswer project = http_get(port(), "/praxisbeispiele/" + JENA_PROJECT);
    EXPECT_TRUE(contains(project.body, "Vorgestellt bei"));
    EXPECT_TRUE(contains(project.body, "Treffen mit Vorschlägen"));
    EXPECT_FALSE(contains(project.body, "class=\"badge")) << "no badge on a public project page";
}

TEST_F(MeetingsTest, ACityWithdrawsItsProposalUntilDecidedAndAdminsRemoveAnyItem)
{
    const std::string meeting = plan("Treffen mit Rückzug");
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(jena.post(meeting + "/vorschlagen", {{"kind", "sonstiges"}, {"title", "Bericht aus Jena"}, {"note", ""}})
                  .status,
              303);
    ASSERT_EQ(jena.post(meeting + "/vorschlagen", {{"kind", "sonstiges"}, {"title", "Zweiter Bericht"}, {"note", ""}})
                  .status,
              303);
    const std::vector<std::string> items = item_ids(meeting);
    ASSERT_EQ(items.size(), 2u);
    const std::string withdrawn = "/tagesordnungspunkte/" + items[0] + "/loeschen";
    EXPECT_TRUE(contains(jena.get(meeting).body, "action=\"" + withdrawn + "\"")) << "Jena is offered to withdraw";
    EXPECT_FALSE(contains(signed_in(LEIPZIG_EMAIL).get(meeting).body, withdrawn)) << "not offered to another city";

    EXPECT_EQ(signed_in(LEIPZIG_EMAIL).post(withdrawn, {{"confirm", "ja"}}).status, 403);
    EXPECT_EQ(HttpSession(port()).post(withdrawn, {{"confirm", "ja"}}).status, 401);
    HttpAnswer unconfirmed = jena.post(withdrawn, {});
    EXPECT_EQ(unconfirmed.status, 400);
    EXPECT_TRUE(contains(unconfirmed.body, "Bitte bestätigen Sie das Entfernen"));
    EXPECT_EQ(item_ids(meeting).size(), 2u) << "nothing removed without confirmation";

    HttpAnswer done = jena.post(withdrawn, {{"confirm", "ja"}});
    ASSERT_EQ(done.status, 303);
    EXPECT_EQ(done.header("Location"), meeting + "?entfernt=1#tagesordnung");
    EXPECT_TRUE(contains(jena.get(meeting + "?entfernt=1").body, "Der Punkt wurde entfernt."));
    EXPECT_EQ(item_ids(meeting), (std::vector<std::string>{items[1]}));
    EXPECT_EQ(jena.post(withdrawn, {{"confirm", "ja"}}).status, 404) << "gone";

    const std::string accepted = "/tagesordnungspunkte/" + items[1] + "/loeschen";
    ASSERT_EQ(set_status(meeting, items[1], "angenommen").status, 303);
    EXPECT_FALSE(contains(jena.get(meeting).body, accepted)) << "decided: no longer Jena's to withdraw";
    EXPECT_EQ(jena.post(accepted, {{"confirm", "ja"}}).status, 403);
    EXPECT_TRUE(contains(signed_in(ADMIN_EMAIL).get(meeting).body, accepted)) << "admins remove any item";
    EXPECT_EQ(signed_in(ADMIN_EMAIL).post(accepted, {{"confirm", "ja"}}).status, 303);
    EXPECT_TRUE(item_ids(meeting).empty());
    EXPECT_EQ(jena.get(accepted).status, 405) << "only POST";
}

TEST_F(MeetingsTest, AnAcceptedChallengeDiscussionIsListedOnTheChallenge)
{
    const std::string meeting = plan("Treffen zum Kitaausbau");
    ASSERT_EQ(signed_in(ADMIN_EMAIL)
                  .post(meeting + "/tagesordnung/neu",
                        {{"kind", "herausforderung"}, {"challenge", "kitaausbau"}, {"title", ""}, {"note", ""}})
                  .status,
              303);
    HttpAnswer challenge = http_get(port(), "/herausforderungen/kitaausbau");
    EXPECT_TRUE(contains(challenge.body, "Besprochen bei"));
    EXPECT_TRUE(contains(challenge.body, "<a href=\"" + meeting + "\">Treffen zum Kitaausbau</a>"));
    EXPECT_TRUE(contains(challenge.body, "(18.03.2099)"));
    EXPECT_FALSE(contains(http_get(port(), "/herausforderungen/wohnungsmarkt-und-mieten").body,
                          "Treffen zum Kitaausbau"));
    HttpAnswer unknown = signed_in(JENA_EMAIL).post(
        meeting + "/vorschlagen", {{"kind", "herausforderung"}, {"challenge", "gibt-es-nicht"}, {"title", "X"}});
    EXPECT_EQ(unknown.status, 400);
    EXPECT_TRUE(contains(unknown.body, "Bitte wählen Sie eine gemeinsame Herausforderung."));
}

TEST_F(MeetingsTest, ACityRegistersItsOwnAttendeesUntilTheDeadline)
{
    const std::string meeting = plan("Treffen mit Anmeldung");
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(jena.get(meeting + "/anmeldung").status, 200);
    HttpAnswer empty = jena.post(meeting + "/anmeldung", {{"rows", "2"}, {"name_0", ""}, {"note", "vegetarisch"}});
    EXPECT_EQ(empty.status, 400);
    EXPECT_TRUE(contains(empty.body, "Bitte nennen Sie mindestens eine Person."));
    EXPECT_TRUE(contains(empty.body, "vegetarisch")) << "the note is kept";
    ASSERT_EQ(jena.post(meeting + "/anmeldung", {{"rows", "3"},
                                                 {"name_0", "Jana Jena"},
                                                 {"name_1", "Jonas Jena"},
                                                 {"online_1", "ja"},
                                                 {"name_2", ""},
                                                 {"note", "vegetarisch"}})
                  .status,
              303);
    EXPECT_EQ(signed_in(LEIPZIG_EMAIL).post(meeting + "/anmeldung", {{"stadt", "jena"}, {"rows", "1"}, {"name_0", "X"}}).status,
              403)
        << "another city";
    EXPECT_EQ(HttpSession(port()).post(meeting + "/anmeldung", {{"rows", "1"}, {"name_0", "X"}}).status, 401);

    HttpAnswer page = signed_in(LEIPZIG_EMAIL).get(meeting);
    EXPECT_TRUE(contains(page.body, "<th scope=\"row\">Jena</th><td>1</td><td>1</td><td>Jana Jena, Jonas Jena"));
    EXPECT_TRUE(contains(page.body, "1 Städte, 1 vor Ort, 1 online"));
    EXPECT_FALSE(contains(http_get(port(), meeting).body, "Jana Jena")) << "registrations are for members";

    ASSERT_EQ(jena.post(meeting + "/anmeldung/zurueckziehen", {}).status, 303);
    EXPECT_FALSE(contains(signed_in(LEIPZIG_EMAIL).get(meeting).body, "Jana Jena"));
}

TEST_F(MeetingsTest, AfterTheDeadlineOnlyAdminsChangeARegistration)
{
    const std::string meeting = plan("Treffen nach Anmeldeschluss", "2099-03-18T10:00", "2020-01-01T00:00");
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer form = jena.get(meeting + "/anmeldung");
    EXPECT_TRUE(contains(form.body, "Die Anmeldung ist geschlossen seit 01.01.2020, 00:00 Uhr."));
    EXPECT_FALSE(contains(form.body, "name=\"name_0\"")) << "no form after the deadline";
    HttpAnswer late = jena.post(meeting + "/anmeldung", {{"rows", "1"}, {"name_0", "Zu spät"}});
    EXPECT_EQ(late.status, 409);
    EXPECT_TRUE(contains(late.body, "Der Anmeldeschluss ist vorbei"));
    HttpSession admin = signed_in(ADMIN_EMAIL);
    EXPECT_TRUE(contains(admin.get(meeting + "/anmeldung?stadt=jena").body,
                         "Als Verwaltung können Sie die Anmeldung trotzdem ändern."));
    ASSERT_EQ(admin.post(meeting + "/anmeldung", {{"stadt", "jena"}, {"rows", "1"}, {"name_0", "Nachgemeldet"}}).status,
              303);
    EXPECT_TRUE(contains(jena.get(meeting).body, "Nachgemeldet"));
}

TEST_F(MeetingsTest, ASaveOfTheMinutesAgainstANewerStateOverwritesNothing)
{
    const std::string meeting = plan("Treffen mit zwei Schreibenden", "2099-04-15T10:00", "2099-04-01T23:59");
    HttpSession first_writer = signed_in(ADMIN_EMAIL);
    HttpSession second_writer = signed_in(ADMIN_EMAIL);
    expect_second_save_refused(first_writer, second_writer,
                               {meeting + "/protokoll", {{"minutes", "Alle waren da."}, {"decisions", "Leitfaden schreiben"}},
                                "Alle waren da.", meeting + "/protokoll",
                                {{"minutes", "Die Hälfte fehlte."}, {"decisions", "Nächstes Mal digital"}},
                                "Die Hälfte fehlte.", "jemand anderes das Protokoll",
                                [&] { return signed_in(JENA_EMAIL).get(meeting).body; }});
}

TEST_F(MeetingsTest, MinutesGiveAnActionItemToACityThatSeesItOnItsStartPage)
{
    const std::string meeting = plan("Treffen mit Protokoll", "2099-03-18T10:00", "2099-03-04T23:59");
    HttpSession admin = signed_in(ADMIN_EMAIL);
    EXPECT_EQ(signed_in(JENA_EMAIL).get(meeting + "/protokoll").status, 403);
    EXPECT_EQ(signed_in(JENA_EMAIL).post(meeting + "/protokoll", {{"minutes", "x"}, {"decisions", ""}}).status, 403);
    ASSERT_EQ(admin.post(meeting + "/protokoll", {{"minutes", "## Ergebnisse\n\nAlle **da**. <script>x</script>"},
                                                  {"decisions", "Leitfaden schreiben\n\nNächstes Treffen in Leipzig"}})
                  .status,
              303);
    HttpAnswer bad = admin.post(meeting + "/aufgaben", {{"action_text", "Leitfaden teilen"},
                                                        {"action_city", "city-jena"},
                                                        {"action_due", "31.04.2020"}});
    EXPECT_EQ(bad.status, 400);
    EXPECT_TRUE(contains(bad.body, "Bitte geben Sie das Fälligkeitsdatum als Datum an"));
    EXPECT_TRUE(contains(bad.body, "value=\"Leitfaden teilen\""));
    ASSERT_EQ(admin.post(meeting + "/aufgaben", {{"action_text", "Leitfaden teilen"},
                                                 {"action_city", "city-jena"},
                                                 {"action_due", "2020-04-30"}})
                  .status,
              303);
    EXPECT_EQ(signed_in(JENA_EMAIL).post(meeting + "/aufgaben", {{"action_text", "Selbst"}, {"action_city", "city-jena"}})
                  .status,
              403);

    HttpAnswer page = signed_in(LEIPZIG_EMAIL).get(meeting);
    EXPECT_TRUE(contains(page.body, "<strong>da</strong>"));
    EXPECT_FALSE(contains(page.body, "<script>x"));
    EXPECT_TRUE(contains(page.body, "<li>Nächstes Treffen in Leipzig</li>"));
    EXPECT_TRUE(contains(page.body, "Leitfaden teilen"));
    EXPECT_FALSE(contains(page.body, "/erledigt")) << "Leipzig may not mark Jena's item";
    EXPECT_FALSE(contains(http_get(port(), meeting).body, "Leitfaden teilen")) << "action items are for members";

    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer home = jena.get("/");
    EXPECT_TRUE(contains(home.body, "Offene Aufgaben Ihrer Stadt"));
    EXPECT_TRUE(contains(home.body, "Leitfaden teilen"));
    EXPECT_TRUE(contains(home.body, "fällig am 30.04.2020"));
    EXPECT_TRUE(contains(home.body, "überfällig")) << "overdue in words";
    EXPECT_TRUE(contains(jena.get("/konto").body, "Neue Aufgabe für Ihre Stadt: „Leitfaden teilen“"));
    EXPECT_FALSE(contains(signed_in(LEIPZIG_EMAIL).get("/").body, "Leitfaden teilen"));
    EXPECT_FALSE(contains(http_get(port(), "/").body, "Offene Aufgaben"));

    const std::string action = first_match(home.body, "/aufgaben/([A-Za-z0-9_-]+)/erledigt");
    ASSERT_FALSE(action.empty());
    EXPECT_EQ(signed_in(LEIPZIG_EMAIL).post("/aufgaben/" + action + "/erledigt", {{"done", "ja"}}).status, 403);
    EXPECT_EQ(HttpSession(port()).post("/aufgaben/" + action + "/erledigt", {{"done", "ja"}}).status, 401);
    HttpAnswer done = jena.post("/aufgaben/" + action + "/erledigt", {{"done", "ja"}, {"zurueck", "/"}});
    ASSERT_EQ(done.status, 303);
    EXPECT_EQ(done.header("Location"), "/");
    EXPECT_FALSE(contains(jena.get("/").body, "Leitfaden teilen"));
    EXPECT_TRUE(contains(jena.get(meeting).body, "<strong>erledigt</strong>"));
    ASSERT_EQ(jena.post("/aufgaben/" + action + "/erledigt", {{"done", "nein"}}).status, 303);
    EXPECT_TRUE(contains(jena.get("/").body, "Leitfaden teilen")) << "open again";
}

TEST_F(MeetingsTest, SlidesBelongToTheProposingCityAndFollowTheItemsVisibility)
{
    const std::string meeting = plan("Treffen mit Folien");
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(jena.post(meeting + "/vorschlagen", {{"kind", "projekt"}, {"project", JENA_PROJECT}, {"title", ""}})
                  .status,
              303);
    const std::vector<std::string> items = item_ids(meeting);
    ASSERT_EQ(items.size(), 1u);
    const std::string upload = "/tagesordnungspunkte/" + items[0] + "/anhaenge";
    const std::string pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n";
    EXPECT_EQ(signed_in(LEIPZIG_EMAIL).post_file(upload, {}, "file", "fremd.pdf", "application/pdf", pdf).status, 403);
    EXPECT_EQ(HttpSession(port()).post_file(upload, {}, "file", "anonym.pdf", "application/pdf", pdf).status, 401);
    EXPECT_EQ(jena.post_file(upload, {}, "file", "folien.pdf", "application/pdf", "<html><script></script></html>")
                  .status,
              400)
        << "recognised by content, not by name";
    HttpAnswer uploaded = jena.post_file(upload, {{"title", "Folien Familienpass"}}, "file", "Folien Familienpass.pdf",
                                         "application/pdf", pdf);
    ASSERT_EQ(uploaded.status, 303) << uploaded.body.substr(0, 800);

    const std::string file = first_match(jena.get(meeting).body, "href=\"(/tagesordnungspunkte/[^\"]+/anhaenge/[^\"]+)\"");
    ASSERT_FALSE(file.empty());
    HttpAnswer members_copy = signed_in(LEIPZIG_EMAIL).get(file);
    EXPECT_EQ(members_copy.status, 200);
    EXPECT_EQ(members_copy.body, pdf);
    EXPECT_EQ(members_copy.content_type, "application/pdf");
    EXPECT_TRUE(contains(members_copy.header("Cache-Control"), "no-store"));
    EXPECT_NE(http_get(port(), file).status, 200) << "a proposal's slides are for members";

    ASSERT_EQ(set_status(meeting, items[0], "angenommen").status, 303);
    HttpAnswer public_copy = http_get(port(), file);
    EXPECT_EQ(public_copy.status, 200) << "an accepted public presentation's slides are public";
    EXPECT_EQ(public_copy.body, pdf);
    EXPECT_TRUE(contains(http_get(port(), meeting).body, "Folien Familienpass"));

    EXPECT_EQ(signed_in(LEIPZIG_EMAIL).post(file + "/entfernen", {}).status, 403);
    ASSERT_EQ(jena.post(file + "/entfernen", {}).status, 303);
    EXPECT_EQ(http_get(port(), file).status, 404);
}

// The calendar as a calendar program reads it: parsed back by libical.
struct CalendarDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};

TEST_F(MeetingsTest, TheCalendarFeedAndOneMeetingsFileCarryTheEventInBerlinTime)
{
    const std::string meeting = plan("Treffen im Kalender", "2099-06-10T10:00", "2099-05-31T23:59");
    const std::string id = meeting.substr(std::string("/treffen/").size());
    const std::vector<std::string> items = [&] {
        signed_in(JENA_EMAIL).post(meeting + "/vorschlagen",
                                   {{"kind", "projekt"}, {"project", JENA_PROJECT}, {"title", ""}, {"note", "geheim"}});
        return item_ids(meeting);
    }();
    ASSERT_EQ(items.size(), 1u);
    ASSERT_EQ(set_status(meeting, items[0], "angenommen").status, 303);

    HttpAnswer feed = http_get(port(), "/meetings.ics");
    ASSERT_EQ(feed.status, 200);
    EXPECT_EQ(feed.content_type, "text/calendar; charset=utf-8");
    EXPECT_TRUE(contains(feed.header("Cache-Control"), "public"));
    std::unique_ptr<icalcomponent, CalendarDeleter> calendar(icalparser_parse_string(feed.body.c_str()));
    ASSERT_NE(calendar, nullptr);
    icalcomponent* zone = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
    ASSERT_NE(zone, nullptr);
    EXPECT_EQ(std::string(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY))),
              "Europe/Berlin");
    icalcomponent* event = nullptr;
    for (icalcomponent* candidate = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         candidate != nullptr; candidate = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
        if (std::string(icalcomponent_get_uid(candidate)).starts_with(id + "@")) {
            event = candidate;
        }
    }
    ASSERT_NE(event, nullptr) << feed.body;
    EXPECT_EQ(std::string(icalcomponent_get_uid(event)), id + "@127.0.0.1");
    EXPECT_EQ(std::string(icalcomponent_get_summary(event)), "Treffen im Kalender");
    EXPECT_EQ(std::string(icalcomponent_get_location(event)), "Rathaus Jena, Markt 1");
    icalproperty* start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    EXPECT_EQ(std::string(icalparameter_get_tzid(icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER))),
              "Europe/Berlin");
    EXPECT_EQ(std::string(icalproperty_get_value_as_string(start)), "20990610T100000");
    const std::string description = icalcomponent_get_description(event);
    EXPECT_TRUE(contains(description, "Gastgeberstadt: Jena")) << description;
    EXPECT_TRUE(contains(description, "Anmeldung bis 31.05.2099, 23:59 Uhr")) << description;
    EXPECT_TRUE(contains(description, "10:15 Familienpass")) << description;
    EXPECT_FALSE(contains(feed.body, "video.example")) << "the online link is for members";
    EXPECT_FALSE(contains(feed.body, "geheim"));

    HttpAnswer file = signed_in(LEIPZIG_EMAIL).get(meeting + ".ics");
    ASSERT_EQ(file.status, 200);
    EXPECT_TRUE(contains(file.header("Content-Disposition"), "treffen.ics"));
    EXPECT_TRUE(contains(file.header("Cache-Control"), "no-store")) << "members' calendars must not be shared";
    std::unique_ptr<icalcomponent, CalendarDeleter> single(icalparser_parse_string(file.body.c_str()));
    ASSERT_NE(single, nullptr);
    EXPECT_EQ(icalcomponent_count_components(single.get(), ICAL_VEVENT_COMPONENT), 1);
    icalcomponent* member_event = icalcomponent_get_first_component(single.get(), ICAL_VEVENT_COMPONENT);
    ASSERT_NE(member_event, nullptr);
    EXPECT_TRUE(contains(icalcomponent_get_description(member_event), "https://video.example/netzwerk-geheim"))
        << "members get the online link";
    EXPECT_TRUE(contains(signed_in(LEIPZIG_EMAIL).get(meeting).body, "href=\"" + meeting + ".ics\""));
    EXPECT_EQ(http_get(port(), "/treffen/m-gibt-es-nicht.ics").status, 404);
}

TEST_F(MeetingsTest, TheMeetingsApiGivesThePublicTheBasicsAndMembersEverything)
{
    const std::string meeting = plan("Treffen in der API");
    const std::string id = meeting.substr(std::string("/treffen/").size());
    ASSERT_EQ(signed_in(JENA_EMAIL)
                  .post(meeting + "/anmeldung", {{"rows", "1"}, {"name_0", "Anna Beispiel"}, {"note", "vegetarisch"}})
                  .status,
              303);
    const auto meeting_in = [&](const std::string& body) {
        const boost::json::value parsed = boost::json::parse(body); // kept: the loop reads into it
        for (const auto& entry : parsed.at("meetings").as_array()) {
            if (entry.at("id").as_string() == id) {
                return entry.as_object();
            }
        }
        ADD_FAILURE() << "meeting " << id << " not in " << body.substr(0, 500);
        return boost::json::object{};
    };
    HttpAnswer anonymous = http_get(port(), "/api/v1/meetings");
    ASSERT_EQ(anonymous.status, 200);
    EXPECT_EQ(anonymous.content_type, "application/json");
    const boost::json::object shown = meeting_in(anonymous.body);
    EXPECT_EQ(shown.at("title").as_string(), "Treffen in der API");
    EXPECT_EQ(shown.at("time_zone").as_string(), "Europe/Berlin");
    EXPECT_EQ(shown.at("starts_at").as_string(), "2099-03-18T10:00");
    EXPECT_EQ(shown.at("host_city").as_string(), "jena");
    EXPECT_EQ(shown.at("online_link").as_string(), "") << "the public gets no online link";
    EXPECT_EQ(shown.at("description").as_string(), "");
    EXPECT_TRUE(shown.at("registrations").as_array().empty());
    EXPECT_TRUE(contains(std::string(shown.at("calendar_url").as_string()), meeting + ".ics"));

    const boost::json::object full = meeting_in(signed_in(LEIPZIG_EMAIL).get("/api/v1/meetings").body);
    EXPECT_EQ(full.at("online_link").as_string(), "https://video.example/netzwerk-geheim");
    ASSERT_EQ(full.at("registrations").as_array().size(), 1u);
    EXPECT_EQ(full.at("registrations").as_array()[0].at("attendees").as_array()[0].at("name").as_string(),
              "Anna Beispiel");
}

} // namespace
} // namespace rundum::testing
