// SPDX-License-Identifier: EUPL-1.2
// Who sees what, as data: every line of cases/who_sees_what.cases is a page or API answer, a text,
// and whether the public and a member see that text there; one test reads them all.
#include <gtest/gtest.h>

#include <regex>

#include "case_file.hpp"
#include "demo_site.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Familienzentren in Jena wachsen";

struct Case {
    int line{0};
    std::string path;
    std::string text;
    bool public_sees{false};
    bool member_sees{false};
};

std::vector<Case> read_cases()
{
    std::vector<Case> cases;
    for (const CaseLine& line : read_case_file(RUNDUM_WEB_CASES "/who_sees_what.cases")) {
        const std::vector<std::string> fields = case_fields(line.text);
        if (fields.size() != 4 || (fields[2] != "sees" && fields[2] != "not") ||
            (fields[3] != "sees" && fields[3] != "not")) {
            ADD_FAILURE() << "who_sees_what.cases:" << line.number << ": path | text | sees/not | sees/not";
            continue;
        }
        cases.push_back(Case{line.number, fields[0], fields[1], fields[2] == "sees", fields[3] == "sees"});
    }
    return cases;
}

class VisibilityTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}); }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static inline DemoSite* s_site = nullptr;
};

// The answer as the public or the member gets it: pages with the member's session, the API with
// her personal token.
HttpAnswer fetch(unsigned short port, const Case& row, HttpSession* member, const std::string& bearer)
{
    const bool api = row.path.starts_with("/api/");
    if (member == nullptr) {
        return http_request(port, "GET", row.path);
    }
    return api ? http_request(port, "GET", row.path, "", "", "", bearer) : member->get(row.path);
}

void expect(const Case& row, const HttpAnswer& answer, bool sees, const char* who)
{
    const bool found = answer.body.find(row.text) != std::string::npos;
    if (sees) {
        EXPECT_EQ(answer.status, 200) << who;
        EXPECT_TRUE(found) << who << " should see it";
    } else {
        EXPECT_FALSE(found) << who << " should not see it (status " << answer.status << ")";
    }
}

TEST_F(VisibilityTest, EveryCaseOfTheCaseFile)
{
    const std::vector<Case> cases = read_cases();
    ASSERT_GE(cases.size(), 20U) << "case file missing or short";
    HttpSession member = s_site->signed_in(JENA_EMAIL);
    const HttpAnswer account = member.post("/konto/api-token", {{"label", "Sichtbarkeit"}});
    std::smatch match;
    const bool has_token = std::regex_search(account.body, match, std::regex("<code class=\"token\">([^<]+)</code>"));
    const std::string token = has_token ? match[1].str() : "";
    ASSERT_FALSE(token.empty()) << "no API token";
    const std::string bearer = "Bearer " + token;
    for (const Case& row : cases) {
        SCOPED_TRACE("who_sees_what.cases:" + std::to_string(row.line) + ": " + row.path + " | " + row.text);
        expect(row, fetch(s_site->port(), row, nullptr, bearer), row.public_sees, "the public");
        expect(row, fetch(s_site->port(), row, &member, bearer), row.member_sees, "a member");
    }
}

} // namespace
} // namespace rundum::testing
