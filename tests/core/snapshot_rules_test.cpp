// SPDX-License-Identifier: EUPL-1.2
// The rules for adoptions, advice, challenges, approaches and indicator values in a snapshot:
// every reference names a city or project of the same snapshot, every value is one rundum knows.
#include <gtest/gtest.h>

#include <cmath>

#include "core/city_rules.hpp"
#include "core/snapshot_rules.hpp"

namespace rundum {
namespace {

City member(const std::string& slug, const std::string& name)
{
    City city;
    city.id = "city-" + slug;
    city.slug = slug;
    city.name = name;
    city.location = {51.0, 10.0};
    return city;
}

Project project(const std::string& id, const std::string& city_slug)
{
    Project project;
    project.id = id;
    project.city_id = "city-" + city_slug;
    project.title = "Projekt " + id;
    return project;
}

// Leipzig's welcome visits, adopted by München as its welcome package and from there by Jena.
NetworkSnapshot valid_snapshot()
{
    NetworkSnapshot snapshot;
    snapshot.cities = {member("jena", "Jena"), member("leipzig", "Leipzig"), member("muenchen", "München")};
    snapshot.projects = {project("p-leipzig-besuche", "leipzig"), project("p-muenchen-paket", "muenchen"),
                         project("p-jena-paket", "jena")};
    Adoption first;
    first.id = "a-muenchen";
    first.original_project_id = "p-leipzig-besuche";
    first.city_id = "city-muenchen";
    first.project_id = "p-muenchen-paket";
    first.outcome = AdoptionOutcome::Good;
    first.started = "2019-04";
    first.updates = {AdoptionUpdate{"2020-04-30", "Ein Jahr"}};
    Adoption second;
    second.id = "a-jena";
    second.original_project_id = "p-muenchen-paket";
    second.city_id = "city-jena";
    second.started = "2024";
    snapshot.adoptions = {first, second};
    snapshot.advice = {Advice{"adv-1", "p-muenchen-paket", "city-leipzig", "city-muenchen", "Aufbau", "2018", ""}};
    Challenge challenge;
    challenge.slug = "kitaausbau";
    challenge.title = "Kitaausbau";
    challenge.open_questions = {"Woher kommen die Fachkräfte?"};
    challenge.project_ids = {"p-leipzig-besuche", "p-jena-paket"};
    snapshot.challenges = {challenge};
    snapshot.approaches = {ChallengeApproach{"kitaausbau", "city-jena", "Ausbau mit freien Trägern", "", ""},
                           ChallengeApproach{"kitaausbau", "city-leipzig", "Platzbörse", "", ""}};
    snapshot.indicator_values = {IndicatorValue{"city-jena", "child_poverty", 9.5, 2022, "Bundesagentur", "", "", ""},
                                 IndicatorValue{"city-jena", "population", 110000, 2023, "Landesamt", "", "", ""},
                                 IndicatorValue{"city-leipzig", "child_poverty", 20, 1950, "Bundesagentur", "", "",
                                                ""}};
    return snapshot;
}

TEST(SnapshotLearningRules, AcceptsAConsistentSnapshotAndOneWithoutLearningRecords)
{
    auto valid = validate_snapshot(valid_snapshot());
    EXPECT_TRUE(valid.has_value()) << valid.error().key;
    NetworkSnapshot bare = valid_snapshot();
    bare.adoptions.clear();
    bare.advice.clear();
    bare.challenges.clear();
    bare.approaches.clear();
    bare.indicator_values.clear();
    EXPECT_TRUE(validate_snapshot(bare).has_value());
}

struct BrokenSnapshot {
    const char* what;
    void (*breaks)(NetworkSnapshot&);
    const char* expected_key;
};

class SnapshotLearningRulesReject : public ::testing::TestWithParam<BrokenSnapshot> {};

TEST_P(SnapshotLearningRulesReject, WithTheKeyThatNamesTheProblem)
{
    NetworkSnapshot snapshot = valid_snapshot();
    GetParam().breaks(snapshot);
    auto result = validate_snapshot(snapshot);
    ASSERT_FALSE(result.has_value()) << GetParam().what;
    EXPECT_EQ(result.error().key, GetParam().expected_key) << GetParam().what;
    EXPECT_FALSE(result.error().args.empty()) << "the message names the record";
}

INSTANTIATE_TEST_SUITE_P(
    EachRule, SnapshotLearningRulesReject,
    ::testing::Values(
        BrokenSnapshot{"adoption id twice", [](NetworkSnapshot& s) { s.adoptions[1].id = "a-muenchen"; },
                       "error.snapshot.adoption_id_invalid"},
        BrokenSnapshot{"adoption id empty", [](NetworkSnapshot& s) { s.adoptions[0].id.clear(); },
                       "error.snapshot.adoption_id_invalid"},
        BrokenSnapshot{"original missing",
                       [](NetworkSnapshot& s) { s.adoptions[0].original_project_id = "p-keins"; },
                       "error.snapshot.adoption_project_unknown"},
        BrokenSnapshot{"own project missing", [](NetworkSnapshot& s) { s.adoptions[0].project_id = "p-keins"; },
                       "error.snapshot.adoption_project_unknown"},
        BrokenSnapshot{"adopting city missing", [](NetworkSnapshot& s) { s.adoptions[1].city_id = "city-keine"; },
                       "error.snapshot.adoption_city_unknown"},
        BrokenSnapshot{"own project of another city",
                       [](NetworkSnapshot& s) { s.adoptions[0].project_id = "p-jena-paket"; },
                       "error.snapshot.adoption_own_project_of_other_city"},
        BrokenSnapshot{"adopting its own project",
                       [](NetworkSnapshot& s) { s.adoptions[1].original_project_id = "p-jena-paket"; },
                       "error.snapshot.adoption_of_own_project"},
        BrokenSnapshot{"started as a day", [](NetworkSnapshot& s) { s.adoptions[0].started = "2019-04-01"; },
                       "error.snapshot.adoption_started_invalid"},
        BrokenSnapshot{"started in month 13", [](NetworkSnapshot& s) { s.adoptions[0].started = "2019-13"; },
                       "error.snapshot.adoption_started_invalid"},
        BrokenSnapshot{"update without day", [](NetworkSnapshot& s) { s.adoptions[0].updates[0].date = "2020-04"; },
                       "error.snapshot.adoption_update_invalid"},
        BrokenSnapshot{"update without text", [](NetworkSnapshot& s) { s.adoptions[0].updates[0].text = " \n"; },
                       "error.snapshot.adoption_update_invalid"},
        BrokenSnapshot{"advice id twice", [](NetworkSnapshot& s) { s.advice.push_back(s.advice[0]); },
                       "error.snapshot.advice_id_invalid"},
        BrokenSnapshot{"advice on a missing project", [](NetworkSnapshot& s) { s.advice[0].project_id = "p-x"; },
                       "error.snapshot.advice_project_unknown"},
        BrokenSnapshot{"advising city missing",
                       [](NetworkSnapshot& s) { s.advice[0].advising_city_id = "city-keine"; },
                       "error.snapshot.advice_city_unknown"},
        BrokenSnapshot{"advised city is not the project's",
                       [](NetworkSnapshot& s) { s.advice[0].advised_city_id = "city-jena"; },
                       "error.snapshot.advice_city_mismatch"},
        BrokenSnapshot{"a city advising itself",
                       [](NetworkSnapshot& s) { s.advice[0].advising_city_id = "city-muenchen"; },
                       "error.snapshot.advice_same_city"},
        BrokenSnapshot{"advice year out of range", [](NetworkSnapshot& s) { s.advice[0].year = "1949"; },
                       "error.snapshot.advice_year_invalid"},
        BrokenSnapshot{"advice year not a year", [](NetworkSnapshot& s) { s.advice[0].year = "2018-05"; },
                       "error.snapshot.advice_year_invalid"},
        BrokenSnapshot{"challenge slug", [](NetworkSnapshot& s) { s.challenges[0].slug = "Kitaausbau"; },
                       "error.snapshot.challenge_slug_invalid"},
        BrokenSnapshot{"challenge twice", [](NetworkSnapshot& s) { s.challenges.push_back(s.challenges[0]); },
                       "error.snapshot.challenge_duplicate"},
        BrokenSnapshot{"challenge without title", [](NetworkSnapshot& s) { s.challenges[0].title = " "; },
                       "error.snapshot.challenge_title_missing"},
        BrokenSnapshot{"question over two lines",
                       [](NetworkSnapshot& s) { s.challenges[0].open_questions.push_back("Eine\nFrage"); },
                       "error.snapshot.challenge_question_invalid"},
        BrokenSnapshot{"empty question", [](NetworkSnapshot& s) { s.challenges[0].open_questions.push_back(""); },
                       "error.snapshot.challenge_question_invalid"},
        BrokenSnapshot{"linked project missing",
                       [](NetworkSnapshot& s) { s.challenges[0].project_ids.push_back("p-keins"); },
                       "error.snapshot.challenge_project_unknown"},
        BrokenSnapshot{"linked project twice",
                       [](NetworkSnapshot& s) { s.challenges[0].project_ids.push_back("p-jena-paket"); },
                       "error.snapshot.challenge_project_unknown"},
        BrokenSnapshot{"approach to a missing challenge",
                       [](NetworkSnapshot& s) { s.approaches[0].challenge_slug = "wohnen"; },
                       "error.snapshot.approach_challenge_unknown"},
        BrokenSnapshot{"approach of a missing city", [](NetworkSnapshot& s) { s.approaches[0].city_id = "city-x"; },
                       "error.snapshot.approach_city_unknown"},
        BrokenSnapshot{"two approaches of one city",
                       [](NetworkSnapshot& s) { s.approaches[1].city_id = "city-jena"; },
                       "error.snapshot.approach_duplicate"},
        BrokenSnapshot{"approach without text", [](NetworkSnapshot& s) { s.approaches[0].text = ""; },
                       "error.snapshot.approach_text_missing"},
        BrokenSnapshot{"figure of a missing city",
                       [](NetworkSnapshot& s) { s.indicator_values[0].city_id = "city-x"; },
                       "error.snapshot.indicator_city_unknown"},
        BrokenSnapshot{"unknown indicator", [](NetworkSnapshot& s) { s.indicator_values[0].indicator = "happiness"; },
                       "error.snapshot.indicator_unknown"},
        BrokenSnapshot{"two figures of one indicator",
                       [](NetworkSnapshot& s) { s.indicator_values[1].indicator = "child_poverty"; },
                       "error.snapshot.indicator_duplicate"},
        BrokenSnapshot{"figure not a number", [](NetworkSnapshot& s) { s.indicator_values[0].value = std::nan(""); },
                       "error.snapshot.indicator_value_invalid"},
        BrokenSnapshot{"year before 1950", [](NetworkSnapshot& s) { s.indicator_values[2].year = 1949; },
                       "error.snapshot.indicator_year_invalid"},
        BrokenSnapshot{"year after 2100", [](NetworkSnapshot& s) { s.indicator_values[0].year = 2101; },
                       "error.snapshot.indicator_year_invalid"},
        BrokenSnapshot{"figure without source", [](NetworkSnapshot& s) { s.indicator_values[0].source = "  "; },
                       "error.snapshot.indicator_source_missing"}));

TEST(SnapshotLearningRules, AllowsAnAdoptionWithoutOwnProjectOrStartAndAdviceWithoutYear)
{
    NetworkSnapshot snapshot = valid_snapshot();
    snapshot.adoptions[0].project_id.clear();
    snapshot.adoptions[0].started.clear();
    snapshot.advice[0].year.clear();
    snapshot.indicator_values[0].year = LATEST_YEAR;
    EXPECT_TRUE(validate_snapshot(snapshot).has_value());
}

} // namespace
} // namespace rundum
