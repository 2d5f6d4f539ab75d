// SPDX-License-Identifier: EUPL-1.2
// Indicators: which figures are plausible, stored figures as similarity profiles, and the
// quantile classes that shade the member map.
#include <gtest/gtest.h>

#include <limits>

#include "core/city.hpp"
#include "core/indicator.hpp"
#include "core/indicator_classes.hpp"

namespace rundum {
namespace {

City city(const std::string& id, const std::string& name)
{
    City result;
    result.id = id;
    result.name = name;
    return result;
}

IndicatorValue figure(const std::string& city_id, const std::string& indicator, double value)
{
    return IndicatorValue{city_id, indicator, value, 2022, "Quelle", "", "", ""};
}

TEST(Indicator, OnlyAChangeMayBeNegativeAndNoFigureMayBeInfinite)
{
    const IndicatorDefinition* change = find_indicator("population_change");
    const IndicatorDefinition* poverty = find_indicator("child_poverty");
    ASSERT_NE(change, nullptr);
    ASSERT_NE(poverty, nullptr);
    EXPECT_TRUE(is_valid_indicator_value(*change, -0.63));
    EXPECT_FALSE(is_valid_indicator_value(*poverty, -0.1));
    EXPECT_TRUE(is_valid_indicator_value(*poverty, 0));
    EXPECT_FALSE(is_valid_indicator_value(*poverty, std::numeric_limits<double>::infinity()));
    EXPECT_FALSE(is_valid_indicator_value(*change, std::numeric_limits<double>::quiet_NaN()));
    EXPECT_EQ(find_indicator("kinderarmut"), nullptr);
}

TEST(Indicator, YearsOutsideTheRangeAreRefused)
{
    EXPECT_TRUE(is_valid_indicator_year(2022));
    EXPECT_TRUE(is_valid_indicator_year(FIRST_INDICATOR_YEAR));
    EXPECT_FALSE(is_valid_indicator_year(FIRST_INDICATOR_YEAR - 1));
    EXPECT_FALSE(is_valid_indicator_year(20222));
    EXPECT_FALSE(is_valid_indicator_year(0));
}

TEST(Indicator, ProfilesHoldEachCitysOwnFiguresAndNothingForMissingOnes)
{
    const std::vector<City> cities = {city("c-jena", "Jena"), city("c-hannover", "Hannover")};
    const std::vector<IndicatorValue> values = {figure("c-jena", "rent", 7.04), figure("c-jena", "child_poverty", 8.95),
                                                figure("c-hannover", "rent", 7.61),
                                                figure("c-gone", "rent", 99)};
    const auto profiles = profiles_of(values, cities);
    ASSERT_EQ(profiles.size(), 2u);
    EXPECT_EQ(profiles[0].city_id, "c-jena");
    EXPECT_EQ(profiles[0].city_name, "Jena");
    EXPECT_EQ(profiles[0].values.size(), 2u);
    EXPECT_DOUBLE_EQ(profiles[0].values.at("child_poverty"), 8.95);
    EXPECT_EQ(profiles[1].values.size(), 1u);
    EXPECT_EQ(profiles[1].values.count("child_poverty"), 0u) << "a missing figure must stay missing";
    EXPECT_DOUBLE_EQ(profiles[1].values.at("rent"), 7.61);
    // The profiles feed the ranking as they are: compared on rent, not on the missing figure.
    const auto ranked = rank_similar_cities(profiles, "c-jena", {"rent", "child_poverty"});
    ASSERT_EQ(ranked.size(), 1u);
    EXPECT_EQ(ranked[0].city_id, "c-hannover");
    EXPECT_EQ(ranked[0].missing, (std::vector<std::string>{"child_poverty"}));
}

TEST(IndicatorClasses, FourteenValuesMakeFourClassesOfNearlyEqualSize)
{
    std::vector<double> values;
    for (int i = 14; i >= 1; --i) {
        values.push_back(i); // unsorted on purpose
    }
    const auto classes = quantile_classes(values, 4);
    ASSERT_EQ(classes.size(), 4u);
    // Breaks at ranks ceil(14/4)=4, 7, ceil(42/4)=11, 14.
    EXPECT_EQ(classes[0].lower, 1);
    EXPECT_EQ(classes[0].upper, 4);
    EXPECT_EQ(classes[1].lower, 5);
    EXPECT_EQ(classes[1].upper, 7);
    EXPECT_EQ(classes[2].lower, 8);
    EXPECT_EQ(classes[2].upper, 11);
    EXPECT_EQ(classes[3].lower, 12);
    EXPECT_EQ(classes[3].upper, 14);
    EXPECT_EQ(class_of(classes, 1), 0u);
    EXPECT_EQ(class_of(classes, 4), 0u);
    EXPECT_EQ(class_of(classes, 5), 1u);
    EXPECT_EQ(class_of(classes, 11), 2u);
    EXPECT_EQ(class_of(classes, 14), 3u);
}

TEST(IndicatorClasses, EqualFiguresShareAClassAndFewFiguresMakeFewClasses)
{
    const auto tied = quantile_classes({1, 1, 1, 1, 2}, 4);
    ASSERT_EQ(tied.size(), 2u);
    EXPECT_EQ(tied[0].lower, 1);
    EXPECT_EQ(tied[0].upper, 1);
    EXPECT_EQ(tied[1].lower, 2);
    const auto split_tie = quantile_classes({1, 2, 2, 3}, 4);
    ASSERT_EQ(split_tie.size(), 3u);
    EXPECT_EQ(split_tie[1].lower, 2);
    EXPECT_EQ(split_tie[1].upper, 2);
    EXPECT_EQ(quantile_classes({7.5}, 4).size(), 1u);
    EXPECT_TRUE(quantile_classes({}, 4).empty());
    EXPECT_TRUE(quantile_classes({1, 2}, 0).empty());
}

} // namespace
} // namespace rundum
