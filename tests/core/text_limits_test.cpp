// SPDX-License-Identifier: EUPL-1.2
// One rule for text limits: every limit counts characters (code points), never bytes.
#include <gtest/gtest.h>

#include "core/city_rules.hpp"
#include "core/project_rules.hpp"
#include "core/text_input.hpp"

namespace rundum {
namespace {

// "ä" is two bytes in UTF-8 and one character.
std::string umlauts(std::size_t count)
{
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        text += "ä";
    }
    return text;
}

std::string key_of(const Result<void>& result)
{
    return result ? "ok" : result.error().key;
}

TEST(TextLimits, CheckLengthCountsUmlautsAsOneCharacterEach)
{
    EXPECT_EQ(key_of(check_length(umlauts(10), 10, "error.x")), "ok");
    const auto refused = check_length(umlauts(11), 10, "error.x");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().key, "error.x");
    EXPECT_EQ(refused.error().args, std::vector<std::string>{"10"});
}

Project project_with(void (*change)(Project&))
{
    Project project;
    project.id = "p-umlaut";
    project.city_id = "city-jena";
    project.title = "Grünflächen";
    change(project);
    return project;
}

std::string project_key(void (*change)(Project&))
{
    return key_of(validate_project(project_with(change), {}));
}

TEST(TextLimits, ProjectLimitsCountCharactersNotBytes)
{
    EXPECT_EQ(project_key([](Project& p) { p.title = umlauts(MAX_PROJECT_TITLE); }), "ok");
    EXPECT_EQ(project_key([](Project& p) { p.title = umlauts(MAX_PROJECT_TITLE + 1); }),
              "error.project.title_too_long");
    EXPECT_EQ(project_key([](Project& p) { p.summary = umlauts(MAX_PROJECT_SUMMARY); }), "ok");
    EXPECT_EQ(project_key([](Project& p) { p.summary = umlauts(MAX_PROJECT_SUMMARY + 1); }),
              "error.project.summary_too_long");
    EXPECT_EQ(project_key([](Project& p) { p.goals = umlauts(MAX_PROJECT_TEXT); }), "ok");
    EXPECT_EQ(project_key([](Project& p) { p.goals = umlauts(MAX_PROJECT_TEXT + 1); }),
              "error.project.text_too_long");
    EXPECT_EQ(project_key([](Project& p) { p.partners = {umlauts(MAX_PROJECT_SUMMARY)}; }), "ok");
    EXPECT_EQ(project_key([](Project& p) { p.partners = {umlauts(MAX_PROJECT_SUMMARY + 1)}; }),
              "error.project.list_too_long");
}

TEST(TextLimits, CityNameCountsCharactersNotBytes)
{
    City city;
    city.id = "city-umlaut";
    city.slug = "umlaut";
    city.name = umlauts(200);
    EXPECT_EQ(key_of(validate_city(city)), "ok");
    city.name = umlauts(201);
    EXPECT_EQ(key_of(validate_city(city)), "error.city.name_invalid");
}

} // namespace
} // namespace rundum
