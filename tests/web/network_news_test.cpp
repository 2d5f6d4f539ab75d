// SPDX-License-Identifier: EUPL-1.2
// "Neu seit dem letzten Treffen" over HTTP, on every backend: only members see it; it starts at
// the last meeting that took place, lists what cities did since (not what came before), the
// last meeting's action items and the next meeting with its registration.
#include <gtest/gtest.h>

#include <chrono>
#include <ctime>

#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Neuigkeiten aus dem ganzen Netzwerk";
const std::string NEWS = "/neu-seit-dem-letzten-treffen";

// Now moved by `offset`, as a meeting time "YYYY-MM-DDTHH:MM". Written in UTC, which is behind
// Berlin: read as Berlin time it lies an hour or two earlier, so "now minus a little" is past.
std::string meeting_time(std::chrono::minutes offset)
{
    const std::time_t when = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() + offset);
    std::tm parts{};
    gmtime_r(&when, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M", &parts);
    return text;
}

// A meeting from `starts` (minutes from now) for two hours, registration until its start.
FormFields meeting_form(const std::string& title, std::chrono::minutes starts)
{
    return {{"title", title},
            {"starts_at", meeting_time(starts)},
            {"ends_at", meeting_time(starts + std::chrono::hours(2))},
            {"registration_deadline", meeting_time(starts)},
            {"host_city", "city-jena"},
            {"venue", "Rathaus Jena"},
            {"online_link", ""},
            {"description", ""}};
}

// The section of `page` whose heading has the id `heading_id`, or "" when there is none.
std::string section(const std::string& page, const std::string& heading_id)
{
    const auto start = page.find("id=\"" + heading_id + "\"");
    if (start == std::string::npos) {
        return {};
    }
    return page.substr(start, page.find("</section>", start) - start);
}

class NetworkNewsTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}); }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // Plans a meeting as the admin; returns its path ("/treffen/m-…").
    static std::string plan(const std::string& title, std::chrono::minutes starts)
    {
        HttpAnswer created = signed_in(ADMIN_EMAIL).post("/treffen/neu", meeting_form(title, starts));
        EXPECT_EQ(created.status, 303) << created.body.substr(0, 1500);
        const std::string location = created.header("Location");
        return location.substr(0, location.find('?'));
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(NetworkNewsTest, OnlyMembersSeeTheOverview)
{
    HttpAnswer anonymous = http_get(s_site->port(), NEWS);
    EXPECT_EQ(anonymous.status, 303) << "the public is sent to sign in";
    EXPECT_TRUE(contains(anonymous.header("Location"), "/anmelden")) << anonymous.header("Location");
    EXPECT_FALSE(contains(http_get(s_site->port(), "/treffen").body, NEWS)) << "no link for the public";
    EXPECT_FALSE(contains(http_get(s_site->port(), "/").body, NEWS));

    HttpSession jena = signed_in(JENA_EMAIL);
    EXPECT_TRUE(contains(jena.get("/treffen").body, "href=\"" + NEWS + "\""));
    EXPECT_TRUE(contains(jena.get("/").body, "href=\"" + NEWS + "\""));
    HttpAnswer page = jena.get(NEWS);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<h1>Neu seit dem letzten Treffen</h1>"));
    EXPECT_EQ(page.header("Cache-Control"), "private, no-store");
}

TEST_F(NetworkNewsTest, WhatCitiesDidSinceTheLastMeetingWithItsActionItemsAndTheNextMeeting)
{
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpSession admin = signed_in(ADMIN_EMAIL);

    // Around the demo network's meetings, whatever the date: a week ago, just now, in two days.
    plan("Treffen vor einer Woche", -std::chrono::days(7));
    const std::string last = plan("Treffen eben", -std::chrono::minutes(5));
    const std::string next = plan("Treffen übermorgen", std::chrono::days(2));
    ASSERT_EQ(admin.post(last + "/aufgaben",
                         {{"action_text", "Checkliste Familienpass teilen"}, {"action_city", "city-jena"},
                          {"action_due", "2024-12-31"}})
                  .status,
              303);

    HttpAnswer created = jena.post(
        "/praxisbeispiele/neu",
        {{"title", "Sprechstunde im Stadtteilpark"}, {"summary", "Beratung draußen."}, {"description", "Im Park."},
         {"topics", "familien-und-kinderarmut"}, {"target_groups", ""}, {"status", "laeuft"}, {"start_date", "2025"},
         {"end_date", ""}, {"lead_organisation", ""}, {"partners", ""}, {"costs_and_funding", ""},
         {"staff_effort", ""}, {"goals", ""}, {"results", ""}, {"success_factors", ""}, {"stumbling_blocks", ""},
         {"transfer_requirements", ""}, {"contact_name", "Stefanie Beispiel"},
         {"contact_email", "kontakt@jena.example"}, {"contact_phone", ""}, {"links", ""}, {"visibility", "members"}});
    ASSERT_EQ(created.status, 303) << created.body.substr(0, 600);
    const std::string project = created.header("Location").substr(0, created.header("Location").find('?'));
    HttpAnswer asked = jena.post("/fragen/neu", {{"title", "Wer hat Erfahrung mit Sprechstunden im Freien?"},
                                                 {"body", ""},
                                                 {"topics", "familien-und-kinderarmut"},
                                                 {"challenges", ""},
                                                 {"projects", ""}});
    ASSERT_EQ(asked.status, 303) << asked.body.substr(0, 600);

    HttpAnswer page = admin.get(NEWS);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "seit dem Treffen „Treffen eben“ am "))
        << "the latest meeting that took place, not the older one nor the planned one";
    EXPECT_TRUE(contains(page.body, "href=\"" + last + "\">Treffen eben</a>"));

    const std::string new_projects = section(page.body, "news-new-projects");
    EXPECT_TRUE(contains(new_projects, "href=\"" + project + "\">Sprechstunde im Stadtteilpark</a>"))
        << "members-only projects are listed for members: " << new_projects;
    EXPECT_FALSE(contains(new_projects, "Familienpass")) << "the demo network's older projects stay out";
    const std::string questions = section(page.body, "news-questions");
    EXPECT_TRUE(contains(questions, "Wer hat Erfahrung mit Sprechstunden im Freien?</a>")) << questions;
    EXPECT_TRUE(contains(questions, "(Jena, ")) << "with the asking city";
    EXPECT_TRUE(contains(questions, "0 Antworten"));
    EXPECT_FALSE(contains(page.body, "Seitdem wurde nichts Neues eingetragen."));

    EXPECT_TRUE(contains(page.body, "Aufgaben aus dem letzten Treffen"));
    EXPECT_TRUE(contains(page.body, "Checkliste Familienpass teilen"));
    EXPECT_TRUE(contains(page.body, "fällig am 31.12.2024")) << "due before the meeting: overdue by now";
    EXPECT_TRUE(contains(page.body, "<strong class=\"overdue\">überfällig</strong>"));

    EXPECT_TRUE(contains(page.body, "Nächstes Treffen"));
    EXPECT_TRUE(contains(page.body, "href=\"" + next + "\">Treffen übermorgen</a>"));
    EXPECT_TRUE(contains(page.body, "href=\"" + next + "/anmeldung\">Zur Anmeldung</a>"));
}

} // namespace
} // namespace rundum::testing
