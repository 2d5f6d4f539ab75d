// SPDX-License-Identifier: EUPL-1.2
// The rules every stored city obeys, whatever way it arrives.
#include <gtest/gtest.h>

#include "core/city_rules.hpp"

namespace rundum {
namespace {

City valid_city()
{
    City city;
    city.id = "city-jena";
    city.slug = "jena";
    city.name = "Jena";
    city.state = "Thüringen";
    city.official_key = "16053000";
    city.location = {50.93006, 11.591842};
    city.alliance = "Jenaer Bündnis für Familie";
    city.address = PostalAddress{{"Jenaer Bündnis für Familie"}, "Dornburger Straße 26", "07743", "Jena"};
    city.website = "https://www.familienbuendnis-jena.de";
    city.contacts = {Contact{"contact-jena-1", "Stefanie Frommann", "Koordination", "", "", true, false, false}};
    return city;
}

TEST(SlugRules, AcceptsLowercaseWordsJoinedByHyphens)
{
    EXPECT_TRUE(is_valid_slug("frankfurt-am-main"));
    EXPECT_TRUE(is_valid_slug("muenchen"));
    EXPECT_TRUE(is_valid_slug("a1"));
}

TEST(SlugRules, RejectsUmlautsCapitalsSlashesAndEdgeHyphens)
{
    EXPECT_FALSE(is_valid_slug("münchen"));
    EXPECT_FALSE(is_valid_slug("Berlin"));
    EXPECT_FALSE(is_valid_slug("a/b"));
    EXPECT_FALSE(is_valid_slug("-jena"));
    EXPECT_FALSE(is_valid_slug("jena-"));
    EXPECT_FALSE(is_valid_slug(""));
    EXPECT_FALSE(is_valid_slug(std::string(65, 'a')));
}

TEST(CityRules, AcceptsACompleteCity)
{
    EXPECT_TRUE(validate_city(valid_city()).has_value());
}

TEST(CityRules, AcceptsACityWhoseProfileIsOpen)
{
    City city = valid_city();
    city.alliance.clear();
    city.address.reset();
    city.website.clear();
    city.contacts.clear();
    EXPECT_TRUE(validate_city(city).has_value());
    EXPECT_FALSE(is_profile_filled(city));
}

TEST(CityRules, ProfileCountsAsFilledWithAllianceOrContact)
{
    City city = valid_city();
    EXPECT_TRUE(is_profile_filled(city));
    city.alliance.clear();
    EXPECT_TRUE(is_profile_filled(city)); // still has a contact
    city.contacts.clear();
    EXPECT_FALSE(is_profile_filled(city));
}

struct BrokenCity {
    const char* what;
    void (*breaks)(City&);
    const char* expected_key;
};

class CityRulesRejects : public ::testing::TestWithParam<BrokenCity> {};

TEST_P(CityRulesRejects, WithTheKeyThatNamesTheProblem)
{
    City city = valid_city();
    GetParam().breaks(city);
    auto result = validate_city(city);
    ASSERT_FALSE(result.has_value()) << GetParam().what;
    EXPECT_EQ(result.error().code, ErrorCode::Invalid);
    EXPECT_EQ(result.error().key, GetParam().expected_key);
}

INSTANTIATE_TEST_SUITE_P(
    EachRule, CityRulesRejects,
    ::testing::Values(
        BrokenCity{"empty id", [](City& c) { c.id.clear(); }, "error.city.id_invalid"},
        BrokenCity{"id with space", [](City& c) { c.id = "a b"; }, "error.city.id_invalid"},
        BrokenCity{"bad slug", [](City& c) { c.slug = "Jena"; }, "error.city.slug_invalid"},
        BrokenCity{"no name", [](City& c) { c.name.clear(); }, "error.city.name_invalid"},
        BrokenCity{"latitude", [](City& c) { c.location.latitude = 91; }, "error.city.location_invalid"},
        BrokenCity{"key", [](City& c) { c.official_key = "1605300"; }, "error.city.official_key_invalid"},
        BrokenCity{"website", [](City& c) { c.website = "javascript:alert(1)"; }, "error.city.website_invalid"},
        BrokenCity{"postcode", [](City& c) { c.address->postcode = "7743"; }, "error.city.postcode_invalid"},
        BrokenCity{"contact name", [](City& c) { c.contacts[0].name.clear(); }, "error.contact.name_missing"},
        BrokenCity{"contact id twice", [](City& c) { c.contacts.push_back(c.contacts[0]); },
                   "error.contact.id_invalid"}));

TEST(SnapshotRules, RejectsTheSameSlugTwice)
{
    City first = valid_city();
    City second = valid_city();
    second.id = "city-jena-2";
    second.contacts.clear();
    auto result = validate_snapshot(NetworkSnapshot{.cities = {first, second}});
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().key, "error.city.slug_duplicate");
}

TEST(SnapshotRules, RejectsTheSameIdTwice)
{
    City first = valid_city();
    City second = valid_city();
    second.slug = "jena-zwei";
    second.contacts.clear();
    auto result = validate_snapshot(NetworkSnapshot{.cities = {first, second}});
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().key, "error.city.id_duplicate");
}

TEST(SnapshotRules, RejectsAContactIdUsedInTwoCities)
{
    City first = valid_city();
    City second = valid_city();
    second.id = "city-other";
    second.slug = "other";
    auto result = validate_snapshot(NetworkSnapshot{.cities = {first, second}});
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().key, "error.contact.id_duplicate");
}

} // namespace
} // namespace rundum
