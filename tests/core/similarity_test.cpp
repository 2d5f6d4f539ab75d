// SPDX-License-Identifier: EUPL-1.2
// Cities like mine: the standardised distance on vectors computed by hand, missing figures,
// constant indicators and ties.
#include <gtest/gtest.h>

#include <cmath>

#include "core/similarity.hpp"

namespace rundum {
namespace {

IndicatorProfile city(const std::string& id, std::map<std::string, double> values)
{
    return IndicatorProfile{id, "Stadt " + id, std::move(values)};
}

TEST(Similarity, OneIndicatorGivesTheGapInStandardDeviations)
{
    // x: 10, 20, 30 -> mean 20, population deviation sqrt(200/3) = 8.165; z = -1.225, 0, 1.225.
    const std::vector<IndicatorProfile> profiles = {city("a", {{"x", 10}}), city("b", {{"x", 20}}),
                                                    city("c", {{"x", 30}})};
    const auto ranked = rank_similar_cities(profiles, "a", {"x"});
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(ranked[0].city_id, "b");
    EXPECT_NEAR(ranked[0].distance, 10 / std::sqrt(200.0 / 3), 1e-9);
    EXPECT_EQ(ranked[1].city_id, "c");
    EXPECT_NEAR(ranked[1].distance, 20 / std::sqrt(200.0 / 3), 1e-9);
}

TEST(Similarity, SeveralIndicatorsCombineAsRootMeanSquareClosestGapFirst)
{
    // w: 5, 5, 15 -> mean 25/3, deviation sqrt(200/9) = 4.714; z = -0.707, -0.707, 1.414.
    const std::vector<IndicatorProfile> profiles = {city("a", {{"x", 10}, {"w", 5}}),
                                                    city("b", {{"x", 20}, {"w", 5}}),
                                                    city("c", {{"x", 30}, {"w", 15}})};
    const auto ranked = rank_similar_cities(profiles, "a", {"x", "w"});
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(ranked[0].city_id, "b");
    EXPECT_NEAR(ranked[0].distance, std::sqrt(0.75), 1e-9); // gaps 1.2247 and 0
    ASSERT_EQ(ranked[0].gaps.size(), 2u);
    EXPECT_EQ(ranked[0].gaps[0].indicator, "w");
    EXPECT_NEAR(ranked[0].gaps[0].gap, 0, 1e-12);
    EXPECT_NEAR(ranked[1].distance, std::sqrt(5.25), 1e-9); // gaps 2.4495 and 2.1213
}

TEST(Similarity, MissingFiguresAreLeftOutNeverGuessed)
{
    const std::vector<IndicatorProfile> profiles = {city("a", {{"x", 10}, {"w", 5}}),
                                                    city("b", {{"x", 20}}), // no w
                                                    city("c", {{"w", 5}}),  // no x
                                                    city("d", {}),          // nothing
                                                    city("e", {{"x", 30}, {"w", 15}})};
    const auto ranked = rank_similar_cities(profiles, "a", {"x", "w"});
    ASSERT_EQ(ranked.size(), 3u) << "d shares no indicator with a and is left out";
    for (const SimilarCity& similar : ranked) {
        EXPECT_NE(similar.city_id, "d");
        if (similar.city_id == "b") {
            EXPECT_EQ(similar.missing, std::vector<std::string>{"w"});
            EXPECT_EQ(similar.gaps.size(), 1u);
        }
        if (similar.city_id == "c") {
            EXPECT_EQ(similar.missing, std::vector<std::string>{"x"});
        }
    }
}

TEST(Similarity, ConstantOrSingleFiguresSayNothingAboutLikeness)
{
    const std::vector<IndicatorProfile> profiles = {city("a", {{"same", 1}, {"once", 3}, {"x", 1}}),
                                                    city("b", {{"same", 1}, {"x", 2}}),
                                                    city("c", {{"same", 1}, {"x", 4}})};
    const auto ranked = rank_similar_cities(profiles, "a", {"same", "once", "x"});
    ASSERT_EQ(ranked.size(), 2u);
    EXPECT_EQ(ranked[0].missing, (std::vector<std::string>{"same", "once"}));
    EXPECT_EQ(ranked[0].gaps.size(), 1u);
}

TEST(Similarity, TiesAreOrderedByNameWhateverTheInputOrder)
{
    const std::vector<IndicatorProfile> forwards = {city("m", {{"x", 0}}), city("z", {{"x", 1}}),
                                                    city("b", {{"x", -1}})};
    const std::vector<IndicatorProfile> backwards = {forwards[2], forwards[1], forwards[0]};
    for (const auto* profiles : {&forwards, &backwards}) {
        const auto ranked = rank_similar_cities(*profiles, "m", {"x"});
        ASSERT_EQ(ranked.size(), 2u);
        EXPECT_EQ(ranked[0].city_id, "b");
        EXPECT_EQ(ranked[1].city_id, "z");
        EXPECT_DOUBLE_EQ(ranked[0].distance, ranked[1].distance);
    }
}

TEST(Similarity, AnUnknownCityHasNoSimilarCities)
{
    EXPECT_TRUE(rank_similar_cities({city("a", {{"x", 1}}), city("b", {{"x", 2}})}, "atlantis", {"x"}).empty());
}

TEST(Likeness, NamesTheClosestAlikeAndTheFarthestDifferentIndicators)
{
    const SimilarCity city{"x", "X", 1.0,
                           {{"a", 0.1}, {"b", 0.3}, {"c", 0.45}, {"d", 0.5}, {"e", 1.0},
                            {"f", 1.2}, {"h", 2.0}, {"g", 2.0}},
                           {}};
    const Likeness likeness = likeness_indicators(city);
    EXPECT_EQ(likeness.alike, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(likeness.different, (std::vector<std::string>{"g", "h"})) << "ties by key";
    const Likeness more = likeness_indicators(city, 5);
    EXPECT_EQ(more.alike, (std::vector<std::string>{"a", "b", "c"})) << "0.5 is not below 0.5";
    EXPECT_EQ(more.different, (std::vector<std::string>{"g", "h", "f"})) << "1.0 is not above 1.0";
    const Likeness strict = likeness_indicators(city, 2, 0.2, 1.5);
    EXPECT_EQ(strict.alike, (std::vector<std::string>{"a"}));
    EXPECT_EQ(strict.different, (std::vector<std::string>{"g", "h"}));
}

TEST(Likeness, ACityWithoutGapsHasNeither)
{
    const Likeness likeness = likeness_indicators(SimilarCity{"x", "X", 0, {}, {"a"}});
    EXPECT_TRUE(likeness.alike.empty());
    EXPECT_TRUE(likeness.different.empty());
}

} // namespace
} // namespace rundum
