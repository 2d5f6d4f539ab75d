// SPDX-License-Identifier: EUPL-1.2
// The German rules of matching, through the index: every line of cases/german_matching.cases is a
// query and the hits it must give (folding, stemming, stop words, compounds).
#include <fstream>
#include <sstream>

#include "sample_projects.hpp"

namespace rundum::search::testing {
namespace {

std::string trimmed(const std::string& text)
{
    const std::size_t start = text.find_first_not_of(" \t");
    const std::size_t end = text.find_last_not_of(" \t");
    return start == std::string::npos ? "" : text.substr(start, end - start + 1);
}

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::stringstream stream(text);
    for (std::string part; std::getline(stream, part, separator);) {
        parts.push_back(trimmed(part));
    }
    return parts;
}

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
    std::ifstream file(RUNDUM_SEARCH_CASES "/german_matching.cases");
    ASSERT_TRUE(file) << "case file missing";
    std::vector<SearchDocument> documents = sample_projects();
    std::vector<std::pair<int, std::string>> cases;
    int number = 0;
    for (std::string line; std::getline(file, line);) {
        ++number;
        line = trimmed(line);
        if (line.empty() || line.starts_with('#')) {
            continue;
        }
        if (line.starts_with("doc ")) {
            const std::vector<std::string> fields = split(line.substr(4), '|');
            ASSERT_EQ(fields.size(), 4U) << "line " << number << ": doc ID | title | summary | body";
            documents.push_back(project(fields[0], fields[1], fields[2], fields[3]));
            continue;
        }
        cases.emplace_back(number, line);
    }
    put(documents);
    ASSERT_GE(cases.size(), 20U);
    for (const auto& [line_number, line] : cases) {
        SCOPED_TRACE("german_matching.cases:" + std::to_string(line_number) + ": " + line);
        const std::size_t exact = line.find(" => ");
        const std::size_t among = line.find(" ~> ");
        ASSERT_TRUE(exact != std::string::npos || among != std::string::npos) << "no => or ~>";
        const bool is_exact = exact != std::string::npos;
        const std::size_t arrow = is_exact ? exact : among;
        const std::string query = trimmed(line.substr(0, arrow));
        const std::string expected = trimmed(line.substr(arrow + 4));
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
