// SPDX-License-Identifier: EUPL-1.2
// The German rules of matching, through the index: every line of cases/german_matching.cases is a
// query and the hits it must give (folding, stemming, stop words, compounds).
#include <sstream>

#include "../support/case_file.hpp"
#include "sample_projects.hpp"

namespace rundum::search::testing {
namespace {

Ids words_of(const std::string& text)
{
    Ids words;
    std::istringstream stream(text);
    for (std::string word; stream >> word;) {
        words.push_back(word);
    }
    return words;
}

class GermanMatching : public SearchTest {};

TEST_F(GermanMatching, EveryCaseOfTheCaseFile)
{
    std::vector<SearchDocument> documents = sample_projects();
    std::vector<rundum::testing::CaseLine> cases;
    for (const rundum::testing::CaseLine& line : rundum::testing::read_case_file(RUNDUM_SEARCH_CASES "/german_matching.cases")) {
        if (!line.text.starts_with("doc ")) {
            cases.push_back(line);
            continue;
        }
        const std::vector<std::string> fields = rundum::testing::case_fields(line.text.substr(4));
        ASSERT_EQ(fields.size(), 4U) << "line " << line.number << ": doc ID | title | summary | body";
        documents.push_back(project(fields[0], fields[1], fields[2], fields[3]));
    }
    put(documents);
    ASSERT_GE(cases.size(), 20U);
    for (const rundum::testing::CaseLine& case_line : cases) {
        const std::string& line = case_line.text;
        SCOPED_TRACE("german_matching.cases:" + std::to_string(case_line.number) + ": " + line);
        const std::size_t exact = line.find(" => ");
        const std::size_t among = line.find(" ~> ");
        ASSERT_TRUE(exact != std::string::npos || among != std::string::npos) << "no => or ~>";
        const bool is_exact = exact != std::string::npos;
        const std::size_t arrow = is_exact ? exact : among;
        const std::string query = rundum::testing::trimmed(line.substr(0, arrow));
        const std::string expected = rundum::testing::trimmed(line.substr(arrow + 4));
        const Ids found = ids(query);
        if (!is_exact) {
            EXPECT_TRUE(has(found, expected)) << query;
        } else if (expected == "-") {
            EXPECT_TRUE(found.empty()) << query;
            EXPECT_EQ(search(text(query)).total, 0U) << query;
        } else {
            EXPECT_EQ(sorted(found), sorted(words_of(expected))) << query;
        }
    }
}

} // namespace
} // namespace rundum::search::testing
