// SPDX-License-Identifier: EUPL-1.2
// What cities record about learning from each other is checked before it is stored: lengths in
// characters (not bytes), dates that exist, no adopting or advising oneself.
#include <gtest/gtest.h>

#include "core/learning_rules.hpp"

namespace rundum {
namespace {

Adoption valid_adoption()
{
    Adoption adoption;
    adoption.id = "a-1";
    adoption.original_project_id = "p-muenchen";
    adoption.city_id = "city-jena";
    adoption.adaptations = "Kleinere Pakete, weil weniger Geburten.";
    adoption.started = "2024-09";
    return adoption;
}

std::string key_of(const Result<void>& result)
{
    return result ? "" : result.error().key;
}

TEST(LearningRules, CountsCharactersNotBytes)
{
    EXPECT_EQ(character_count("Größe"), 5u);
    EXPECT_EQ(character_count(""), 0u);
    Adoption umlauts = valid_adoption();
    umlauts.adaptations = std::string(MAX_LEARNING_TEXT / 2, 'a');
    for (std::size_t i = 0; i < MAX_LEARNING_TEXT / 2; ++i) {
        umlauts.adaptations += "ü"; // 2 bytes each: 7500 bytes, 5000 characters
    }
    EXPECT_EQ(key_of(validate_adoption(umlauts, "city-muenchen")), "");
    umlauts.adaptations += "x";
    EXPECT_EQ(key_of(validate_adoption(umlauts, "city-muenchen")), "adoption.error.adaptations_too_long");
}

TEST(LearningRules, ACityCannotAdoptItsOwnProject)
{
    EXPECT_EQ(key_of(validate_adoption(valid_adoption(), "city-muenchen")), "");
    EXPECT_EQ(key_of(validate_adoption(valid_adoption(), "city-jena")), "adoption.error.own_project");
    Adoption nobody = valid_adoption();
    nobody.city_id = "";
    EXPECT_EQ(key_of(validate_adoption(nobody, "city-muenchen")), "adoption.error.city_missing");
}

TEST(LearningRules, TheStartIsAYearOrAMonth)
{
    for (const char* good : {"", "2024", "2024-01", "2024-12"}) {
        Adoption adoption = valid_adoption();
        adoption.started = good;
        EXPECT_EQ(key_of(validate_adoption(adoption, "city-muenchen")), "") << good;
    }
    for (const char* bad : {"24", "2024-13", "2024-1", "09/2024", "2024-09-01"}) {
        Adoption adoption = valid_adoption();
        adoption.started = bad;
        EXPECT_EQ(key_of(validate_adoption(adoption, "city-muenchen")), "adoption.error.started_invalid") << bad;
    }
}

TEST(LearningRules, AnUpdateHasARealDateAndAShortText)
{
    EXPECT_EQ(key_of(validate_adoption_update({"2024-02-29", "Nach einem Jahr: 400 Pakete."})), "");
    EXPECT_EQ(key_of(validate_adoption_update({"2023-02-29", "x"})), "adoption.error.update_date_invalid");
    EXPECT_EQ(key_of(validate_adoption_update({"2024-04-31", "x"})), "adoption.error.update_date_invalid");
    EXPECT_EQ(key_of(validate_adoption_update({"2024-4-01", "x"})), "adoption.error.update_date_invalid");
    EXPECT_EQ(key_of(validate_adoption_update({"2024-04-01", " \n "})), "adoption.error.update_missing");
    EXPECT_EQ(key_of(validate_adoption_update({"2024-04-01", std::string(MAX_ADOPTION_UPDATE + 1, 'x')})),
              "adoption.error.update_too_long");
    Adoption with_bad_update = valid_adoption();
    with_bad_update.updates.push_back({"2024-13-01", "x"});
    EXPECT_EQ(key_of(validate_adoption(with_bad_update, "city-muenchen")), "adoption.error.update_date_invalid");
}

TEST(LearningRules, AdviceNeedsTwoDifferentCitiesAndAYearOfFourDigits)
{
    Advice advice{"ad-1", "p-muenchen", "city-leipzig", "city-muenchen", "Wie die Pakete gepackt werden", "2019", ""};
    EXPECT_EQ(key_of(validate_advice(advice)), "");
    Advice same = advice;
    same.advising_city_id = "city-muenchen";
    EXPECT_EQ(key_of(validate_advice(same)), "advice.error.same_city");
    Advice none = advice;
    none.advising_city_id = "";
    EXPECT_EQ(key_of(validate_advice(none)), "advice.error.city_missing");
    Advice bad_year = advice;
    bad_year.year = "19";
    EXPECT_EQ(key_of(validate_advice(bad_year)), "advice.error.year_invalid");
    Advice long_note = advice;
    long_note.note = std::string(MAX_LEARNING_TEXT + 1, 'x');
    EXPECT_EQ(key_of(validate_advice(long_note)), "advice.error.note_too_long");
}

TEST(LearningRules, AnInterestNoteHasAtMostAThousandCharacters)
{
    Interest interest{"p-muenchen", "city-jena", "user-1", std::string(MAX_INTEREST_NOTE, 'x'), ""};
    EXPECT_EQ(key_of(validate_interest(interest)), "");
    interest.note += "x";
    EXPECT_EQ(key_of(validate_interest(interest)), "interest.error.note_too_long");
}

} // namespace
} // namespace rundum
