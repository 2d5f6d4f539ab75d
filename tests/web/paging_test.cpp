// SPDX-License-Identifier: EUPL-1.2
// Paging past the first page on every paged list: the project list, the search page and the API's
// project list and search, on a network with more projects than one page holds.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include <boost/json.hpp>

#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Familienzentren in Jena wachsen";
constexpr std::size_t HTML_PAGE = 20; // web/search_params.hpp
constexpr std::size_t API_PAGE = 50;  // web/api_projects.cpp
// More than one page of the API (and more than two of the pages), all found by one word.
constexpr int PROBES = 52;

std::vector<std::string> matches(const std::string& body, const std::string& pattern)
{
    std::vector<std::string> found;
    const std::regex expression(pattern);
    for (auto it = std::sregex_iterator(body.begin(), body.end(), expression); it != std::sregex_iterator(); ++it) {
        found.push_back((*it)[1].str());
    }
    return found;
}

std::string unescaped(std::string url)
{
    for (std::size_t at = url.find("&amp;"); at != std::string::npos; at = url.find("&amp;", at + 1)) {
        url.replace(at, 5, "&");
    }
    return url;
}

std::string link_of(const std::string& body, const std::string& rel)
{
    const auto found = matches(body, "<a href=\"([^\"]+)\" rel=\"" + rel + "\">");
    return found.empty() ? "" : unescaped(found.front());
}

std::size_t total_of(const std::string& body)
{
    std::smatch match;
    return std::regex_search(body, match, std::regex("(\\d+) Treffer")) ? std::stoul(match[1].str()) : 0;
}

class PagingTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
        if (!s_site->problems().empty()) {
            return;
        }
        // The demo has fewer projects than a page: add public ones through the API.
        HttpSession jena = s_site->signed_in(JENA_EMAIL);
        std::smatch token;
        const std::string account = jena.post("/konto/api-token", {{"label", "Seiten"}}).body;
        if (!std::regex_search(account, token, std::regex("<code class=\"token\">([^<]+)</code>"))) {
            s_problems = "no API token";
            return;
        }
        for (int i = 1; i <= PROBES; ++i) {
            const std::string body = R"({"title":"Seitenprobe )" + std::to_string(i) +
                                     R"(","summary":"Zum Blättern","status":"geplant","visibility":"public"})";
            const HttpAnswer created = http_request(s_site->port(), "POST", "/api/v1/projects", body, "",
                                                    "application/json", "Bearer " + token[1].str());
            if (created.status != 201) {
                s_problems = "project " + std::to_string(i) + ": " + created.body;
                return;
            }
        }
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override
    {
        ASSERT_EQ(s_site->problems(), "") << "the demo site did not start";
        ASSERT_EQ(s_problems, "");
    }

    static unsigned short port() { return s_site->port(); }

    // Follows the "next" links from `first` to the last page; every page shows at most a page of
    // hits, none that an earlier page showed, says which page it is, and links back to the one
    // before. Returns every hit link seen.
    static std::set<std::string> walk_pages(const std::string& first)
    {
        std::set<std::string> seen;
        std::string previous;
        std::string url = first;
        const HttpAnswer opening = http_get(port(), first);
        const std::size_t total = total_of(opening.body);
        const std::size_t pages = (total + HTML_PAGE - 1) / HTML_PAGE;
        EXPECT_GE(pages, 3U) << first << " shows " << total << " hits";
        for (std::size_t number = 1; !url.empty(); ++number) {
            const HttpAnswer page = http_get(port(), url);
            EXPECT_EQ(page.status, 200) << url;
            const auto hits = matches(page.body, "<h3><a href=\"([^\"]+)\">");
            EXPECT_EQ(hits.size(), number < pages ? HTML_PAGE : total - (pages - 1) * HTML_PAGE) << url;
            for (const std::string& hit : hits) {
                EXPECT_TRUE(seen.insert(hit).second) << hit << " shown again on " << url;
            }
            EXPECT_TRUE(contains(page.body, "Seite " + std::to_string(number) + " von " + std::to_string(pages)))
                << url;
            EXPECT_EQ(link_of(page.body, "prev"), previous) << url;
            previous = url;
            url = link_of(page.body, "next");
            if (number < pages) {
                EXPECT_EQ(url, first + (contains(first, "?") ? "&" : "?") + "seite=" + std::to_string(number + 1));
            } else {
                EXPECT_EQ(url, "") << "the last page links to no next one";
            }
            if (number > pages) {
                break;
            }
        }
        EXPECT_EQ(seen.size(), total);
        return seen;
    }

    // Pages 1 and 2 of an API list: a full first page, the rest on the second, none on both.
    static void expect_api_pages(const std::string& path, const std::string& list)
    {
        const std::string join = contains(path, "?") ? "&" : "?";
        const boost::json::value first = boost::json::parse(http_get(port(), path).body);
        const boost::json::value second = boost::json::parse(http_get(port(), path + join + "page=2").body);
        const std::size_t total = static_cast<std::size_t>(first.at("total").as_int64());
        ASSERT_GT(total, API_PAGE) << path;
        ASSERT_LE(total, 2 * API_PAGE) << path;
        EXPECT_EQ(second.at("page").as_int64(), 2);
        const auto& on_first = first.at(list).as_array();
        const auto& on_second = second.at(list).as_array();
        EXPECT_EQ(on_first.size(), API_PAGE);
        EXPECT_EQ(on_second.size(), total - API_PAGE);
        std::set<std::string> ids;
        for (const auto* page : {&on_first, &on_second}) {
            for (const auto& item : *page) {
                EXPECT_TRUE(ids.insert(std::string(item.at("id").as_string())).second)
                    << item.at("id").as_string() << " on both pages of " << path;
            }
        }
        EXPECT_EQ(ids.size(), total);
        const boost::json::value third = boost::json::parse(http_get(port(), path + join + "page=3").body);
        EXPECT_TRUE(third.at(list).as_array().empty()) << "nothing past the last page";
    }

    static inline DemoSite* s_site = nullptr;
    static inline std::string s_problems;
};

TEST_F(PagingTest, TheProjectListPagesThroughEveryPublicProject)
{
    const std::set<std::string> seen = walk_pages("/praxisbeispiele");
    EXPECT_TRUE(seen.contains("/praxisbeispiele/p-muenchen-babybegruessungspaket")) << "a demo project on a later page";
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(13 + PROBES)) << "13 public demo projects and the probes";
}

TEST_F(PagingTest, TheSearchPagePagesThroughEveryHitAndKeepsTheQuery)
{
    const std::set<std::string> seen = walk_pages("/suche?q=seitenprobe");
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(PROBES));
}

TEST_F(PagingTest, AFilteredProjectListPagesWithItsFilter)
{
    const std::set<std::string> seen = walk_pages("/praxisbeispiele?q=seitenprobe&stadt=jena");
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(PROBES));
}

TEST_F(PagingTest, TheApiProjectListHasTheRestOnPageTwo)
{
    expect_api_pages("/api/v1/projects", "projects");
}

TEST_F(PagingTest, TheApiSearchHasTheRestOnPageTwo)
{
    expect_api_pages("/api/v1/search?q=seitenprobe", "hits");
}

} // namespace
} // namespace rundum::testing
