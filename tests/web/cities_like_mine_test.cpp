// SPDX-License-Identifier: EUPL-1.2
// Cities like mine and who learned from whom over HTTP, on every backend: the similarity API
// recomputed here from the shipped open data, missing figures left out and named, the
// recommendations (only what the caller may see, never the city's own or adopted projects),
// the page in German words, the learning network page and GET /api/v1/adoptions.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <boost/json.hpp>

#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "netzwerk@staedte.example";
const std::string JENA_EMAIL = "lernen@jena.example";
const std::string PASSPHRASE = "Gute Ideen wandern von Stadt zu Stadt";
const std::vector<std::string> MEMBERS_ONLY = {"p-hannover-betriebliche-kinderbetreuung", "p-magdeburg-gesunde-kita"};

boost::json::value json_of(const HttpAnswer& answer)
{
    return boost::json::parse(answer.body);
}

// The shipped open data: city name -> indicator -> value.
std::map<std::string, std::map<std::string, double>> shipped_figures()
{
    std::ifstream file(std::filesystem::path(RUNDUM_SOURCE_DIR) / "data/open/member-city-indicators.csv");
    std::map<std::string, std::map<std::string, double>> figures;
    const std::regex row(R"re(^\d{8},([^,]+),([a-z_0-9]+),(-?[0-9.]+),)re");
    std::string line;
    while (std::getline(file, line)) {
        std::smatch match;
        if (std::regex_search(line, match, row)) {
            figures[match[1].str()][match[2].str()] = std::stod(match[3].str());
        }
    }
    return figures;
}

class CitiesLikeMineTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}); }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(CitiesLikeMineTest, TheSimilarityApiIsTheStandardisedDistanceOverTheShippedFigures)
{
    HttpAnswer answer = http_get(port(), "/api/v1/cities/leipzig/similar?indicators=child_poverty,rent");
    ASSERT_EQ(answer.status, 200) << answer.body;
    const boost::json::value result = json_of(answer);
    EXPECT_EQ(result.at("city").as_string(), "leipzig");
    const boost::json::array similar = result.at("similar").as_array();
    ASSERT_EQ(similar.size(), 14U);

    // Recompute: z-scores with the population deviation over all 15 cities, then the root mean
    // square of the two gaps.
    const auto figures = shipped_figures();
    ASSERT_EQ(figures.size(), 15U);
    std::map<std::string, double> mean;
    std::map<std::string, double> deviation;
    for (const std::string indicator : {"child_poverty", "rent"}) {
        double sum = 0;
        for (const auto& [city, values] : figures) {
            sum += values.at(indicator);
        }
        mean[indicator] = sum / 15;
        double squares = 0;
        for (const auto& [city, values] : figures) {
            squares += std::pow(values.at(indicator) - mean[indicator], 2);
        }
        deviation[indicator] = std::sqrt(squares / 15);
    }
    double previous = 0;
    for (const boost::json::value& entry : similar) {
        const std::string name(entry.at("name").as_string());
        double squares = 0;
        for (const std::string indicator : {"child_poverty", "rent"}) {
            squares += std::pow((figures.at(name).at(indicator) - figures.at("Leipzig").at(indicator)) /
                                    deviation[indicator],
                                2);
        }
        const double distance = entry.at("distance").to_number<double>();
        EXPECT_NEAR(distance, std::sqrt(squares / 2), 1e-9) << name;
        EXPECT_GE(distance, previous) << name << " is ranked by distance";
        previous = distance;
        EXPECT_EQ(entry.at("gaps").as_array().size(), 2U) << name;
        EXPECT_TRUE(entry.at("missing").as_array().empty()) << name;
    }
}

TEST_F(CitiesLikeMineTest, MissingFiguresAreLeftOutAndNamedNeverGuessed)
{
    // Hannover has no district figures of its own (its district is the Region): they are missing.
    const boost::json::value result =
        json_of(http_get(port(), "/api/v1/cities/hannover/similar?indicators=child_poverty,daycare_under3"));
    for (const boost::json::value& entry : result.at("similar").as_array()) {
        ASSERT_EQ(entry.at("missing").as_array().size(), 1U) << entry.at("name").as_string();
        EXPECT_EQ(entry.at("missing").as_array()[0].as_string(), "daycare_under3");
        EXPECT_EQ(entry.at("gaps").as_array().size(), 1U);
    }
    const std::string page =
        http_get(port(), "/aehnliche-staedte?stadt=hannover&merkmal=child_poverty&merkmal=daycare_under3").body;
    EXPECT_TRUE(contains(page, "Nicht verglichen (Kennzahl fehlt): Betreuungsquote unter 3-Jähriger"));
    EXPECT_TRUE(contains(page, "<td class=\"missing\">fehlt</td>"));

    // Unknown indicators are ignored (all are compared); an unknown city is a 404 in German.
    const boost::json::value all = json_of(http_get(port(), "/api/v1/cities/jena/similar?indicators=unbekannt"));
    EXPECT_EQ(all.at("indicators").as_array().size(), 7U);
    HttpAnswer unknown = http_get(port(), "/api/v1/cities/atlantis/similar");
    EXPECT_EQ(unknown.status, 404);
    EXPECT_TRUE(contains(unknown.body, "atlantis"));
    HttpAnswer unknown_page = http_get(port(), "/aehnliche-staedte?stadt=atlantis");
    EXPECT_EQ(unknown_page.status, 404);
    EXPECT_TRUE(contains(unknown_page.body, "Eine Mitgliedsstadt „atlantis“ gibt es nicht."));
}

TEST_F(CitiesLikeMineTest, ThePageExplainsTheLikenessInWordsAndRecommendsWhatWorked)
{
    HttpAnswer answer = http_get(port(), "/aehnliche-staedte?stadt=leipzig&merkmal=child_poverty&merkmal=rent");
    ASSERT_EQ(answer.status, 200);
    const std::string& page = answer.body;
    EXPECT_TRUE(contains(page, "Diese Städte sind Leipzig am ähnlichsten"));
    EXPECT_TRUE(contains(page, "Verglichen nach: Kinderarmut und Mietniveau."));
    const std::size_t list = page.find("<ol class=\"similar-cities\">");
    ASSERT_NE(list, std::string::npos);
    EXPECT_EQ(count_of(page.substr(list, page.find("</ol>", list) - list), "<li>"), 14U);
    EXPECT_TRUE(std::regex_search(page, std::regex("ähnlich bei (Kinderarmut|Mietniveau)")));
    EXPECT_TRUE(contains(page, "<h2 id=\"empfehlungen\">Was in ähnlichen Städten funktioniert hat</h2>"));
    const std::size_t recommendations = page.find("<ol class=\"recommendations\">");
    ASSERT_NE(recommendations, std::string::npos);
    const std::string recommended = page.substr(recommendations, page.find("</ol>", recommendations) - recommendations);
    EXPECT_GE(count_of(recommended, "Warum:"), 1U);
    EXPECT_FALSE(contains(recommended, "(Leipzig)")) << "never the city's own projects";
    EXPECT_TRUE(contains(page, "<tr class=\"chosen\"><th scope=\"row\"><a href=\"/staedte/leipzig\">Leipzig</a>"));
}

TEST_F(CitiesLikeMineTest, RecommendationsShowOnlyWhatTheCallerMaySeeAndNothingAdoptedAlready)
{
    // Hannover adopted München's Babybegrüßungspaket in the demo: neither it nor its copies come back.
    HttpAnswer answer = http_get(port(), "/api/v1/cities/hannover/recommendations");
    ASSERT_EQ(answer.status, 200) << answer.body;
    const boost::json::array projects = json_of(answer).at("projects").as_array();
    ASSERT_FALSE(projects.empty());
    double previous = 1e9;
    for (const boost::json::value& project : projects) {
        const std::string id(project.at("id").as_string());
        EXPECT_NE(project.at("city").as_string(), "hannover") << id;
        EXPECT_NE(id, "p-muenchen-babybegruessungspaket");
        for (const std::string& hidden : MEMBERS_ONLY) {
            EXPECT_NE(id, hidden) << "the public never sees members-only projects";
        }
        const double score = project.at("score").to_number<double>();
        EXPECT_LE(score, previous) << id << " is ordered by score";
        previous = score;
        ASSERT_FALSE(project.at("reasons").as_array().empty()) << id;
        for (const boost::json::value& reason : project.at("reasons").as_array()) {
            EXPECT_FALSE(reason.at("text").as_string().empty());
        }
    }
    // A member sees the members-only ones among the candidates.
    HttpSession jena = signed_in(JENA_EMAIL);
    const boost::json::value member = json_of(jena.get("/api/v1/cities/magdeburg/recommendations"));
    bool saw_members_only = false;
    for (const boost::json::value& project : member.at("projects").as_array()) {
        saw_members_only |= project.at("id").as_string() == MEMBERS_ONLY[0];
    }
    EXPECT_TRUE(saw_members_only) << "Hannover's members-only project is recommended to members";
}

TEST_F(CitiesLikeMineTest, TheLearningNetworkShowsThePictureAndTheSameRecordsInATable)
{
    HttpAnswer answer = http_get(port(), "/lernnetz");
    ASSERT_EQ(answer.status, 200);
    const std::string& page = answer.body;
    EXPECT_TRUE(contains(page, "class=\"learning-network\""));
    EXPECT_TRUE(contains(page, "role=\"img\""));
    EXPECT_TRUE(contains(page, "<title id=\"lernnetz-title\">Lernnetz der Mitgliedsstädte</title>"));
    // The demo: Leipzig advised München; four adoptions.
    EXPECT_TRUE(std::regex_search(page, std::regex("<td><a href=\"/lernnetz\\?stadt=leipzig\">Leipzig</a></td>"
                                                   "<td><a href=\"/lernnetz\\?stadt=muenchen\">München</a></td>"
                                                   "<td>Beratung</td>")));
    EXPECT_EQ(count_of(page, "<td>Übernahme</td>"), 4U);
    EXPECT_EQ(count_of(page, "<td>Beratung</td>"), 1U);
    EXPECT_TRUE(contains(page, "stroke-dasharray")) << "advice is drawn dashed";

    const std::string magdeburg = http_get(port(), "/lernnetz?stadt=magdeburg").body;
    EXPECT_TRUE(contains(magdeburg, "Wer mit Magdeburg voneinander lernt"));
    EXPECT_EQ(count_of(magdeburg, "<td>Übernahme</td>"), 1U);
    EXPECT_EQ(count_of(magdeburg, "<td>Beratung</td>"), 0U);
    EXPECT_EQ(http_get(port(), "/lernnetz?stadt=atlantis").status, 404);
}

TEST_F(CitiesLikeMineTest, TheAdoptionsApiGivesThePublicOnlyPublicRecordsAndMembersTheirOwn)
{
    const boost::json::value all = json_of(http_get(port(), "/api/v1/adoptions"));
    const std::size_t public_adoptions = all.at("adoptions").as_array().size();
    EXPECT_EQ(public_adoptions, 4U);
    ASSERT_EQ(all.at("advice").as_array().size(), 1U);
    EXPECT_EQ(all.at("advice").as_array()[0].at("advising_city").as_string(), "leipzig");
    EXPECT_EQ(all.at("advice").as_array()[0].at("advised_city").as_string(), "muenchen");
    const boost::json::value hannover = json_of(http_get(port(), "/api/v1/adoptions?city=hannover"));
    for (const boost::json::value& adoption : hannover.at("adoptions").as_array()) {
        EXPECT_TRUE(adoption.at("city").as_string() == "hannover" || adoption.at("original_city").as_string() == "hannover");
    }
    EXPECT_EQ(http_get(port(), "/api/v1/adoptions?city=atlantis").status, 404);

    // Jena adopts Hamburg's project with a members-only copy: members see it, the public does not.
    HttpSession jena = signed_in(JENA_EMAIL);
    HttpAnswer adopted = jena.post("/praxisbeispiele/p-hamburg-wohnungstausch/uebernehmen",
                                   {{"own_project", "kopie"},
                                    {"existing_project_id", ""},
                                    {"adaptations", "Ein Tauschtag im Stadtteil statt einer Börse."},
                                    {"experience", ""},
                                    {"outcome", "offen"},
                                    {"started", "2026"}});
    ASSERT_EQ(adopted.status, 303) << adopted.body;
    EXPECT_EQ(json_of(http_get(port(), "/api/v1/adoptions")).at("adoptions").as_array().size(), public_adoptions);
    const boost::json::value member = json_of(jena.get("/api/v1/adoptions?city=jena"));
    std::size_t jena_adoptions = 0;
    for (const boost::json::value& adoption : member.at("adoptions").as_array()) {
        if (adoption.at("city").as_string() == "jena") {
            ++jena_adoptions;
            EXPECT_EQ(adoption.at("original_project").as_string(), "p-hamburg-wohnungstausch");
        }
    }
    EXPECT_EQ(jena_adoptions, 1U) << "the member sees the adoption with the members-only copy";
}

} // namespace
} // namespace rundum::testing
