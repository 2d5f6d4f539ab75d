// SPDX-License-Identifier: EUPL-1.2
// Questions to the network over HTTP, on every backend: members ask (with topics and links),
// answer and mark helpful answers; who may do what; refused input shown again as typed; the
// notifications; the questions on project and challenge pages; the search finds them for
// members only.
#include <gtest/gtest.h>

#include <regex>

#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string LEIPZIG_EMAIL = "koordination@leipzig.example";
const std::string PASSPHRASE = "Familienzentren in Jena wachsen";
const std::string LEIPZIG_PROJECT = "p-leipzig-willkommensbesuche";

FormFields question_form(const std::string& title, const std::string& body)
{
    return {{"title", title},
            {"body", body},
            {"topics", "familien-und-kinderarmut"},
            {"challenges", "kitaausbau"},
            {"projects", LEIPZIG_PROJECT}};
}

// "/fragen/q-abc?gespeichert=1" -> "/fragen/q-abc"; also for "#antwort-…".
std::string path_of_location(const HttpAnswer& answer)
{
    const std::string location = answer.header("Location");
    return location.substr(0, location.find_first_of("?#"));
}

std::string answer_id_of(const HttpAnswer& answer)
{
    const std::string location = answer.header("Location");
    const std::size_t at = location.find("#antwort-");
    return at == std::string::npos ? "" : location.substr(at + 9);
}

class QuestionsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
        // A member of another city, who answers and may not change what is not theirs.
        const std::string link = s_site->rundum({"user", "add", "--data", s_site->data(), "--coordinator",
                                                 LEIPZIG_EMAIL, "--city", "leipzig"})
                                     .out;
        EXPECT_EQ(HttpSession(port()).set_password(path_of(link), "Lena Leipzig", PASSPHRASE).status, 303);
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // Jena asks; returns the question's path.
    static std::string ask(const std::string& title, const std::string& body = "Wir planen etwas.")
    {
        HttpSession jena = signed_in(JENA_EMAIL);
        HttpAnswer asked = jena.post("/fragen/neu", question_form(title, body));
        EXPECT_EQ(asked.status, 303) << asked.body.substr(0, 800);
        return path_of_location(asked);
    }

    // Leipzig answers `question`; returns the answer's id.
    static std::string answer(const std::string& question, const std::string& text)
    {
        HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
        HttpAnswer answered = leipzig.post(question + "/antworten", {{"body", text}});
        EXPECT_EQ(answered.status, 303) << answered.body.substr(0, 800);
        return answer_id_of(answered);
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(QuestionsTest, ThePublicIsSentToSignInAndMayDoNothing)
{
    const std::string question = ask("Hat jemand Erfahrung mit Stadtteilmüttern?");
    const std::string answer_id = answer(question, "Ja, bei uns.");
    ASSERT_FALSE(answer_id.empty());
    HttpSession anonymous(port());
    for (const std::string& page : {std::string("/fragen"), std::string("/fragen/neu"), question,
                                    question + "/bearbeiten", "/antworten/" + answer_id + "/bearbeiten"}) {
        HttpAnswer shown = anonymous.get(page);
        EXPECT_EQ(shown.status, 303) << page;
        EXPECT_TRUE(shown.header("Location").starts_with("/anmelden")) << page;
        EXPECT_FALSE(contains(shown.body, "Stadtteilmüttern")) << page;
    }
    for (const std::string& action : {std::string("/fragen/neu"), question + "/bearbeiten", question + "/loeschen",
                                      question + "/antworten", "/antworten/" + answer_id + "/bearbeiten",
                                      "/antworten/" + answer_id + "/loeschen",
                                      "/antworten/" + answer_id + "/hilfreich"}) {
        FormFields fields = question_form("Von außen?", "x");
        fields.emplace_back("helpful", "ja");
        fields.emplace_back("confirm", "ja");
        EXPECT_EQ(anonymous.post(action, fields).status, 401) << action;
    }
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_EQ(jena.post("/fragen/neu", question_form("Ohne Token?", ""), false).status, 403) << "no CSRF token";
    EXPECT_FALSE(contains(jena.get("/fragen").body, "Ohne Token?"));
    EXPECT_FALSE(contains(http_get(port(), "/").body, "href=\"/fragen\"")) << "no navigation link for the public";
    EXPECT_TRUE(contains(jena.get("/").body, "href=\"/fragen\"")) << "members have the navigation link";
}

TEST_F(QuestionsTest, AMemberAsksWithTopicsAndLinksAndEveryMemberSeesIt)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer form = jena.get("/fragen/neu?projekt=" + LEIPZIG_PROJECT + "&herausforderung=kitaausbau");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "value=\"" + LEIPZIG_PROJECT + "\" checked")) << "prefilled from the project";
    EXPECT_TRUE(contains(form.body, "value=\"kitaausbau\" checked")) << "prefilled from the challenge";
    EXPECT_FALSE(contains(form.body, "value=\"bildung\" checked"));

    HttpAnswer asked = jena.post("/fragen/neu", question_form("Hat jemand Erfahrung mit Familienpaten?",
                                                              "Wir suchen **Ehrenamtliche**.<script>x</script>"));
    ASSERT_EQ(asked.status, 303) << asked.body.substr(0, 800);
    EXPECT_TRUE(asked.header("Location").ends_with("?gespeichert=1"));
    const std::string question = path_of_location(asked);
    ASSERT_TRUE(question.starts_with("/fragen/q-")) << question;

    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    HttpAnswer page = leipzig.get(question);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<h1>Hat jemand Erfahrung mit Familienpaten?</h1>"));
    EXPECT_TRUE(contains(page.body, "<strong>Ehrenamtliche</strong>")) << "Markdown rendered";
    EXPECT_FALSE(contains(page.body, "<script>x")) << "raw HTML never passes";
    EXPECT_TRUE(contains(page.body, "Gefragt von Stefanie Beispiel (Jena)"));
    EXPECT_TRUE(contains(page.body, "href=\"/praxisbeispiele/" + LEIPZIG_PROJECT + "\""));
    EXPECT_TRUE(contains(page.body, "href=\"/herausforderungen/kitaausbau\""));
    EXPECT_TRUE(contains(page.body, "href=\"/fragen?thema=familien-und-kinderarmut\""));
    EXPECT_FALSE(contains(page.body, "/bearbeiten\">Frage")) << "another member cannot edit it";
    EXPECT_EQ(page.header("Cache-Control"), "private, no-store");

    HttpAnswer list = leipzig.get("/fragen");
    ASSERT_EQ(list.status, 200);
    EXPECT_TRUE(contains(list.body, "href=\"" + question + "\">Hat jemand Erfahrung mit Familienpaten?</a>"));
    EXPECT_TRUE(contains(list.body, "href=\"/fragen\" aria-current=\"page\""));
    EXPECT_TRUE(contains(leipzig.get("/fragen?thema=familien-und-kinderarmut").body, "Familienpaten"));
    HttpAnswer other_topic = leipzig.get("/fragen?thema=bildung");
    EXPECT_FALSE(contains(other_topic.body, "Familienpaten")) << "the topic filter leaves it out";
    EXPECT_TRUE(contains(other_topic.body, "<option value=\"bildung\" selected>"));

    // The project and the challenge show it to members, never to the public.
    HttpAnswer project = leipzig.get("/praxisbeispiele/" + LEIPZIG_PROJECT);
    EXPECT_TRUE(contains(project.body, "href=\"" + question + "\">Hat jemand Erfahrung mit Familienpaten?</a>"));
    EXPECT_TRUE(contains(project.body, "href=\"/fragen/neu?projekt=" + LEIPZIG_PROJECT + "\""));
    HttpAnswer public_project = http_get(port(), "/praxisbeispiele/" + LEIPZIG_PROJECT);
    ASSERT_EQ(public_project.status, 200);
    EXPECT_FALSE(contains(public_project.body, "Familienpaten"));
    EXPECT_FALSE(contains(public_project.body, "/fragen"));
    HttpAnswer challenge = leipzig.get("/herausforderungen/kitaausbau");
    EXPECT_TRUE(contains(challenge.body, "href=\"" + question + "\""));
    EXPECT_TRUE(contains(challenge.body, "href=\"/fragen/neu?herausforderung=kitaausbau\""));
    EXPECT_FALSE(contains(http_get(port(), "/herausforderungen/kitaausbau").body, "Familienpaten"));
}

TEST_F(QuestionsTest, ANewQuestionTellsTheMembersOfTheLinkedProjectsCityOnly)
{
    const std::string question = ask("Wer kennt Willkommensbesuche auf dem Land?");
    HttpAnswer leipzig_account = signed_in(LEIPZIG_EMAIL).get("/konto");
    EXPECT_TRUE(contains(leipzig_account.body, "Stefanie Beispiel fragt das Netzwerk: „Wer kennt Willkommensbesuche auf dem Land?“"))
        << "Leipzig's project is linked";
    EXPECT_TRUE(contains(leipzig_account.body, "href=\"" + question + "\""));
    EXPECT_FALSE(contains(signed_in(JENA_EMAIL).get("/konto").body, "fragt das Netzwerk: „Wer kennt Willkommensbesuche"))
        << "not the asker";
    EXPECT_FALSE(contains(signed_in(ADMIN_EMAIL).get("/konto").body, "Wer kennt Willkommensbesuche"))
        << "no flood: only the linked cities' members";
}

TEST_F(QuestionsTest, RefusedInputIsShownAgainAsTypedAndNothingIsStored)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer no_title = jena.post("/fragen/neu", question_form("  ", "Mein sorgfältiger Text bleibt."));
    EXPECT_EQ(no_title.status, 400);
    EXPECT_TRUE(contains(no_title.body, "Bitte schreiben Sie Ihre Frage."));
    EXPECT_TRUE(contains(no_title.body, "aria-invalid=\"true\""));
    EXPECT_TRUE(contains(no_title.body, "aria-describedby=\"title-hint title-error\""));
    EXPECT_TRUE(contains(no_title.body, "Mein sorgfältiger Text bleibt.</textarea>"));
    EXPECT_TRUE(contains(no_title.body, "value=\"" + LEIPZIG_PROJECT + "\" checked")) << "links kept";

    FormFields unknown_project = question_form("Gibt es das Projekt?", "Text bleibt");
    unknown_project.emplace_back("projects", "p-gibt-es-nicht");
    HttpAnswer refused = jena.post("/fragen/neu", unknown_project);
    EXPECT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, "Das Praxisbeispiel „p-gibt-es-nicht“ gibt es nicht"));
    EXPECT_TRUE(contains(refused.body, "value=\"Gibt es das Projekt?\""));

    FormFields unknown_topic = question_form("Gibt es das Thema?", "");
    unknown_topic.emplace_back("topics", "erfunden");
    EXPECT_EQ(jena.post("/fragen/neu", unknown_topic).status, 400);
    FormFields too_long = question_form(std::string(201, 'x'), "");
    EXPECT_EQ(jena.post("/fragen/neu", too_long).status, 400);
    EXPECT_EQ(jena.post("/fragen/neu", {{"title", "Abgeschnitten"}}).status, 400) << "an incomplete form";

    HttpAnswer list = jena.get("/fragen");
    EXPECT_FALSE(contains(list.body, "Gibt es das Projekt?"));
    EXPECT_FALSE(contains(list.body, "Gibt es das Thema?"));
    EXPECT_FALSE(contains(list.body, "Abgeschnitten"));

    const std::string question = ask("Leere Antworten?");
    HttpAnswer empty = signed_in(LEIPZIG_EMAIL).post(question + "/antworten", {{"body", " \r\n "}});
    EXPECT_EQ(empty.status, 400);
    EXPECT_TRUE(contains(empty.body, "Bitte schreiben Sie Ihre Antwort."));
    EXPECT_TRUE(contains(empty.body, "aria-describedby=\"answer_body-hint answer_body-error\""));
    EXPECT_TRUE(contains(signed_in(LEIPZIG_EMAIL).get(question).body, "Noch keine Antworten."));
    HttpAnswer long_answer =
        signed_in(LEIPZIG_EMAIL).post(question + "/antworten", {{"body", std::string(10'001, 'y')}});
    EXPECT_EQ(long_answer.status, 400);
    EXPECT_TRUE(contains(long_answer.body, std::string(10'001, 'y') + "</textarea>")) << "the answer is kept";
    EXPECT_EQ(signed_in(LEIPZIG_EMAIL).post("/fragen/q-gibt-es-nicht/antworten", {{"body", "Hallo"}}).status, 404);
}

TEST_F(QuestionsTest, AnAnswerTellsTheAskerWhoAloneMarksItHelpful)
{
    const std::string question = ask("Hat jemand Erfahrung mit Elternlotsen?");
    const std::string first = answer(question, "Wir haben **gute** Erfahrungen gemacht.");
    const std::string second = answer(question, "Bei uns lief es schwierig.");
    ASSERT_FALSE(first.empty());
    ASSERT_FALSE(second.empty());

    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer account = jena.get("/konto");
    EXPECT_TRUE(contains(account.body, "Lena Leipzig hat Ihre Frage „Hat jemand Erfahrung mit Elternlotsen?“ beantwortet."));
    EXPECT_TRUE(contains(account.body, "href=\"" + question + "#antwort-" + first + "\""));
    EXPECT_FALSE(contains(signed_in(LEIPZIG_EMAIL).get("/konto").body, "hat Ihre Frage „Hat jemand Erfahrung mit Elternlotsen"))
        << "the author is not told of their own answer";

    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    EXPECT_EQ(leipzig.post("/antworten/" + second + "/hilfreich", {{"helpful", "ja"}}).status, 403)
        << "only the asker marks";
    EXPECT_FALSE(contains(leipzig.get(question).body, "/hilfreich")) << "no button for others";

    HttpAnswer marked = jena.post("/antworten/" + second + "/hilfreich", {{"helpful", "ja"}});
    ASSERT_EQ(marked.status, 303);
    EXPECT_EQ(marked.header("Location"), question + "#antwort-" + second);
    HttpAnswer page = jena.get(question);
    const std::size_t helpful_at = page.body.find("id=\"antwort-" + second + "\"");
    const std::size_t other_at = page.body.find("id=\"antwort-" + first + "\"");
    ASSERT_NE(helpful_at, std::string::npos);
    ASSERT_NE(other_at, std::string::npos);
    EXPECT_LT(helpful_at, other_at) << "helpful answers first";
    EXPECT_EQ(count_of(page.body, "Hilfreiche Antwort – von der fragenden Person markiert"), 1u);
    EXPECT_TRUE(contains(page.body, "<h2 id=\"antworten\">2 Antworten</h2>"));
    EXPECT_TRUE(contains(page.body, "<strong>gute</strong>"));
    const std::string list = jena.get("/fragen").body;
    const std::size_t entry = list.find("href=\"" + question + "\"");
    ASSERT_NE(entry, std::string::npos);
    EXPECT_TRUE(contains(list.substr(entry, list.find("</li>", entry) - entry), "2 Antworten · <strong class=\"helpful-mark\">mit hilfreicher Antwort</strong>"));

    EXPECT_EQ(jena.post("/antworten/" + second + "/hilfreich", {{"helpful", "vielleicht"}}).status, 400);
    HttpSession admin = signed_in(ADMIN_EMAIL);
    EXPECT_EQ(admin.post("/antworten/" + second + "/hilfreich", {{"helpful", "nein"}}).status, 303)
        << "an admin may correct the mark";
    EXPECT_FALSE(contains(jena.get(question).body, "Hilfreiche Antwort – von"));
}

TEST_F(QuestionsTest, OnlyTheAuthorChangesOrDeletesAQuestionOrAnAnswer)
{
    const std::string question = ask("Hat jemand Erfahrung mit Familienbüros?");
    const std::string answer_id = answer(question, "Ja, seit 2019.");
    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_EQ(leipzig.get(question + "/bearbeiten").status, 403);
    EXPECT_EQ(leipzig.post(question + "/bearbeiten", question_form("Übernommen?", "")).status, 403);
    EXPECT_EQ(leipzig.post(question + "/loeschen", {{"confirm", "ja"}}).status, 403);
    EXPECT_EQ(jena.get("/antworten/" + answer_id + "/bearbeiten").status, 403) << "the asker does not edit answers";
    EXPECT_EQ(jena.post("/antworten/" + answer_id + "/bearbeiten", {{"body", "Fremd"}}).status, 403);
    EXPECT_EQ(jena.post("/antworten/" + answer_id + "/loeschen", {{"confirm", "ja"}}).status, 403);
    EXPECT_TRUE(contains(jena.get(question).body, "Ja, seit 2019.")) << "nothing changed";

    ASSERT_EQ(jena.get(question + "/bearbeiten").status, 200);
    HttpAnswer edited = jena.post(question + "/bearbeiten", {{"title", "Hat jemand Erfahrung mit Familienbüros im Rathaus?"},
                                                             {"body", "Genauer."}});
    ASSERT_EQ(edited.status, 303);
    HttpAnswer page = jena.get(question);
    EXPECT_TRUE(contains(page.body, "<h1>Hat jemand Erfahrung mit Familienbüros im Rathaus?</h1>"));
    EXPECT_FALSE(contains(page.body, "href=\"/herausforderungen/kitaausbau\"")) << "unticked links are gone";

    HttpAnswer unconfirmed_answer = leipzig.post("/antworten/" + answer_id + "/loeschen", {});
    EXPECT_EQ(unconfirmed_answer.status, 400);
    EXPECT_TRUE(contains(unconfirmed_answer.body, "Bitte bestätigen Sie, dass die Antwort gelöscht werden soll."));
    ASSERT_EQ(leipzig.get("/antworten/" + answer_id + "/bearbeiten").status, 200);
    EXPECT_EQ(leipzig.post("/antworten/" + answer_id + "/bearbeiten", {{"body", ""}}).status, 400);
    ASSERT_EQ(leipzig.post("/antworten/" + answer_id + "/bearbeiten", {{"body", "Ja, seit 2018."}}).status, 303);
    EXPECT_TRUE(contains(jena.get(question).body, "Ja, seit 2018."));
    ASSERT_EQ(leipzig.post("/antworten/" + answer_id + "/loeschen", {{"confirm", "ja"}}).status, 303);
    EXPECT_FALSE(contains(jena.get(question).body, "Ja, seit 2018."));
    EXPECT_EQ(leipzig.get("/antworten/" + answer_id + "/bearbeiten").status, 404);

    HttpAnswer unconfirmed = jena.post(question + "/loeschen", {});
    EXPECT_EQ(unconfirmed.status, 400);
    EXPECT_TRUE(contains(unconfirmed.body, "Bitte bestätigen Sie, dass die Frage mit allen Antworten gelöscht werden soll."));
    EXPECT_EQ(jena.get(question).status, 200) << "still there";
    ASSERT_EQ(jena.post(question + "/loeschen", {{"confirm", "ja"}}).status, 303);
    EXPECT_EQ(jena.get(question).status, 404);
    EXPECT_FALSE(contains(jena.get("/fragen").body, "Familienbüros"));

    const std::string another = ask("Darf die Geschäftsstelle löschen?");
    EXPECT_EQ(signed_in(ADMIN_EMAIL).post(another + "/loeschen", {{"confirm", "ja"}}).status, 303);
    EXPECT_EQ(jena.get(another).status, 404);
}

TEST_F(QuestionsTest, ImportedQuestionsWithoutTheirAccountsNameTheCityAlone)
{
    // The demo's questions came by import, without accounts: asker and authors are cities only.
    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    HttpAnswer page = leipzig.get("/fragen/q-essen-neu-zugezogen");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Wie erreicht ihr Familien, die neu in die Stadt gezogen sind?"));
    EXPECT_TRUE(contains(page.body, "ein Mitglied (Essen)")) << "the asker";
    EXPECT_TRUE(contains(page.body, "ein Mitglied (Hannover)")) << "an answer's author";
    EXPECT_FALSE(contains(page.body, "ehemaliges Mitglied")) << "nobody left; the account was never here";
    EXPECT_TRUE(contains(leipzig.get("/fragen").body, "href=\"/fragen/q-magdeburg-gesundheit-kita\""));
}

TEST_F(QuestionsTest, TheSearchFindsQuestionsAndAnswersForMembersOnly)
{
    const std::string question = ask("Hat jemand Erfahrung mit Wickelstationen?");
    answer(question, "Wir arbeiten mit Kiezlotsinnen in jedem Stadtteil.");
    const std::string public_search = http_get(port(), "/suche?q=Kiezlotsinnen").body;
    EXPECT_FALSE(contains(public_search, question)) << "the public never finds a question";
    EXPECT_FALSE(contains(http_get(port(), "/suche?q=Wickelstationen").body, question));
    EXPECT_FALSE(contains(http_get(port(), "/suche/vorschlaege?q=Wickelstat").body, "/fragen/"))
        << "nor in the suggestions";
    EXPECT_FALSE(contains(http_get(port(), "/api/v1/search?q=Kiezlotsinnen").body, "/fragen/"));

    HttpSession leipzig = signed_in(LEIPZIG_EMAIL);
    HttpAnswer found = leipzig.get("/suche?q=Kiezlotsinnen");
    ASSERT_EQ(found.status, 200);
    EXPECT_TRUE(contains(found.body, "<a href=\"" + question + "\">Hat jemand Erfahrung mit Wickelstationen?</a>"))
        << "a member finds it by its answer";
    EXPECT_TRUE(contains(found.body, "Frage an das Netzwerk"));
    EXPECT_TRUE(contains(leipzig.get("/suche?q=Wickelstationen").body, "href=\"" + question + "\""));
    EXPECT_TRUE(contains(leipzig.get("/suche/vorschlaege?q=Wickelstat").body, question));
    EXPECT_FALSE(contains(leipzig.get("/praxisbeispiele?q=Wickelstationen").body, question))
        << "the project list stays projects";

    ASSERT_EQ(signed_in(JENA_EMAIL).post(question + "/loeschen", {{"confirm", "ja"}}).status, 303);
    EXPECT_FALSE(contains(leipzig.get("/suche?q=Kiezlotsinnen").body, question)) << "gone from the index";
}

} // namespace
} // namespace rundum::testing
