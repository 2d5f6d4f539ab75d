// SPDX-License-Identifier: EUPL-1.2
// The rules every stored shared challenge and every city's approach obey.
#include <gtest/gtest.h>

#include "core/challenge_rules.hpp"

namespace rundum {
namespace {

Challenge valid_challenge()
{
    Challenge challenge;
    challenge.slug = "kitaausbau";
    challenge.title = "Kitaausbau";
    challenge.description = "Mehr Plätze für **unter Dreijährige**.";
    challenge.open_questions = {"Wie gewinnen wir Fachkräfte?", "Wer baut?"};
    challenge.position = 3;
    return challenge;
}

const std::vector<Challenge> STORED = {
    Challenge{"familien-und-kinderarmut", "Familien- und Kinderarmut", "", {}, 1, {}}};

std::string key_of(const Challenge& challenge, bool is_new = true)
{
    auto result = validate_challenge(challenge, STORED, is_new);
    EXPECT_FALSE(result.has_value()) << challenge.slug;
    return result ? std::string() : result.error().key;
}

TEST(ChallengeRules, AcceptsACompleteChallengeAndAnEmptyDescription)
{
    EXPECT_TRUE(validate_challenge(valid_challenge(), STORED, true).has_value());
    Challenge bare = valid_challenge();
    bare.description.clear();
    bare.open_questions.clear();
    bare.position = 0;
    EXPECT_TRUE(validate_challenge(bare, STORED, true).has_value());
}

TEST(ChallengeRules, NeedsATitleOfAtMost200Characters)
{
    Challenge challenge = valid_challenge();
    challenge.title = "  \t ";
    EXPECT_EQ(key_of(challenge), "challenge.error.title_missing");
    // 200 umlauts are 400 bytes but 200 characters: allowed; one more is not.
    challenge.title.clear();
    for (int i = 0; i < 200; ++i) {
        challenge.title += "ü";
    }
    EXPECT_TRUE(validate_challenge(challenge, STORED, true).has_value());
    challenge.title += "a";
    EXPECT_EQ(key_of(challenge), "challenge.error.title_too_long");
    auto error = validate_challenge(challenge, STORED, true).error();
    EXPECT_EQ(error.args, std::vector<std::string>{"200"});
}

TEST(ChallengeRules, RefusesInvalidReservedAndTakenSlugs)
{
    Challenge challenge = valid_challenge();
    for (const char* slug : {"", "Kita", "kita ausbau", "-kita", "kita-", "kitaausbau/x", "neu"}) {
        challenge.slug = slug;
        EXPECT_EQ(key_of(challenge), "challenge.error.slug_invalid") << slug;
    }
    challenge.slug = "familien-und-kinderarmut";
    auto taken = validate_challenge(challenge, STORED, true);
    ASSERT_FALSE(taken.has_value());
    EXPECT_EQ(taken.error().key, "challenge.error.slug_taken");
    EXPECT_EQ(taken.error().code, ErrorCode::Conflict);
    // Editing the stored challenge keeps its own slug.
    EXPECT_TRUE(validate_challenge(challenge, STORED, false).has_value());
}

TEST(ChallengeRules, KeepsDescriptionAndQuestionsWithinTheirLimits)
{
    Challenge challenge = valid_challenge();
    challenge.description = std::string(20'000, 'a');
    EXPECT_TRUE(validate_challenge(challenge, STORED, true).has_value());
    challenge.description += "b";
    EXPECT_EQ(key_of(challenge), "challenge.error.description_too_long");

    challenge = valid_challenge();
    challenge.open_questions = std::vector<std::string>(20, "Wie?");
    EXPECT_TRUE(validate_challenge(challenge, STORED, true).has_value());
    challenge.open_questions.push_back("Und wann?");
    EXPECT_EQ(key_of(challenge), "challenge.error.too_many_questions");

    challenge = valid_challenge();
    challenge.open_questions = {std::string(500, 'x')};
    EXPECT_TRUE(validate_challenge(challenge, STORED, true).has_value());
    challenge.open_questions = {"kurz", std::string(501, 'x')};
    EXPECT_EQ(key_of(challenge), "challenge.error.question_too_long");
}

TEST(ChallengeRules, RefusesAPositionOutsideTheList)
{
    Challenge challenge = valid_challenge();
    challenge.position = -1;
    EXPECT_EQ(key_of(challenge), "challenge.error.position_invalid");
    challenge.position = MAX_CHALLENGE_POSITION + 1;
    EXPECT_EQ(key_of(challenge), "challenge.error.position_invalid");
}

TEST(ChallengeRules, AnApproachHasAtMost2000Characters)
{
    ChallengeApproach approach{"kitaausbau", "city-jena", "", "", ""};
    EXPECT_TRUE(validate_approach(approach).has_value()) << "an empty text removes the approach";
    approach.text.clear();
    for (int i = 0; i < 2000; ++i) {
        approach.text += "ß";
    }
    EXPECT_TRUE(validate_approach(approach).has_value());
    approach.text += "!";
    auto refused = validate_approach(approach);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().key, "challenge.error.approach_too_long");
}

TEST(ChallengeRules, CountsCharactersNotBytes)
{
    EXPECT_EQ(character_count(""), 0U);
    EXPECT_EQ(character_count("Straße"), 6U);
    EXPECT_EQ(character_count("Kinder 👶"), 8U);
}

} // namespace
} // namespace rundum
