// SPDX-License-Identifier: EUPL-1.2
// Facets and filters: counts over all matches, disjunctive counts, OR within a facet and AND
// across facets, members-only documents and kinds.
#include "search_fixture.hpp"

namespace rundum::search::testing {
namespace {

SearchDocument tagged(std::string id, std::string topic, std::string city,
                      Visibility visibility = Visibility::Public)
{
    SearchDocument document =
        project(std::move(id), "Familienzentrum", "", "Beratung für Familien");
    document.facets["topic"] = {std::move(topic)};
    document.facets["city"] = {std::move(city)};
    document.visibility = visibility;
    return document;
}

std::vector<std::pair<std::string, std::size_t>> counts(const std::vector<FacetCount>& facet)
{
    std::vector<std::pair<std::string, std::size_t>> out;
    out.reserve(facet.size());
    for (const FacetCount& count : facet) {
        out.emplace_back(count.value, count.count);
    }
    return out;
}

using Pairs = std::vector<std::pair<std::string, std::size_t>>;

class Facets : public SearchTest {
protected:
    void SetUp() override
    {
        SearchTest::SetUp();
        put({tagged("1", "bildung", "leipzig"), tagged("2", "bildung", "halle"),
             tagged("3", "gesundheit", "leipzig"), tagged("4", "wohnen", "leipzig"),
             tagged("5", "bildung", "jena"), tagged("6", "gesundheit", "halle"),
             tagged("7", "bildung", "leipzig", Visibility::MembersOnly)});
    }

    SearchQuery query_with_facets()
    {
        SearchQuery query = text("Familienzentrum");
        query.facets = {"topic", "city"};
        return query;
    }
};

TEST_F(Facets, CountsCoverAllMatchesNotOnlyThePage)
{
    SearchQuery query = query_with_facets();
    query.limit = 2;
    SearchResults results = search(query);
    EXPECT_EQ(results.total, 6U);
    EXPECT_EQ(results.hits.size(), 2U);
    EXPECT_EQ(counts(results.facets["topic"]),
              (Pairs{{"bildung", 3}, {"gesundheit", 2}, {"wohnen", 1}}));
    EXPECT_EQ(counts(results.facets["city"]), (Pairs{{"leipzig", 3}, {"halle", 2}, {"jena", 1}}));
}

TEST_F(Facets, EqualCountsAreOrderedByValue)
{
    SearchQuery query = query_with_facets();
    query.filters["city"] = {"halle"};
    EXPECT_EQ(counts(search(query).facets["topic"]), (Pairs{{"bildung", 1}, {"gesundheit", 1}}));
}

TEST_F(Facets, FilterValuesAreAlternatives)
{
    SearchQuery query = query_with_facets();
    query.filters["topic"] = {"gesundheit", "wohnen"};
    EXPECT_EQ(sorted(ids(query)), (Ids{"3", "4", "6"}));
}

TEST_F(Facets, FiltersOfDifferentFacetsMustAllHold)
{
    SearchQuery query = query_with_facets();
    query.filters["topic"] = {"bildung"};
    query.filters["city"] = {"leipzig", "jena"};
    EXPECT_EQ(sorted(ids(query)), (Ids{"1", "5"}));
}

TEST_F(Facets, FacetCountIgnoresItsOwnFilter)
{
    SearchQuery query = query_with_facets();
    query.filters["topic"] = {"bildung"};
    SearchResults results = search(query);
    EXPECT_EQ(results.total, 3U);
    // topic: what one would get choosing another topic (city not filtered)
    EXPECT_EQ(counts(results.facets["topic"]),
              (Pairs{{"bildung", 3}, {"gesundheit", 2}, {"wohnen", 1}}));
    // city: counted among the bildung matches
    EXPECT_EQ(counts(results.facets["city"]), (Pairs{{"halle", 1}, {"jena", 1}, {"leipzig", 1}}));
}

TEST_F(Facets, DisjunctiveCountsStillApplyTheOtherFilters)
{
    SearchQuery query = query_with_facets();
    query.filters["topic"] = {"bildung"};
    query.filters["city"] = {"leipzig"};
    SearchResults results = search(query);
    EXPECT_EQ(results.total, 1U);
    EXPECT_EQ(counts(results.facets["topic"]),
              (Pairs{{"bildung", 1}, {"gesundheit", 1}, {"wohnen", 1}}));
    EXPECT_EQ(counts(results.facets["city"]), (Pairs{{"halle", 1}, {"jena", 1}, {"leipzig", 1}}));
}

TEST_F(Facets, MembersOnlyDocumentsAreHiddenUnlessIncluded)
{
    SearchQuery query = query_with_facets();
    EXPECT_FALSE(has(ids(query), "7"));
    query.include_members_only = true;
    SearchResults results = search(query);
    EXPECT_EQ(results.total, 7U);
    EXPECT_TRUE(has(ids(query), "7"));
    EXPECT_EQ(counts(results.facets["topic"])[0],
              (std::pair<std::string, std::size_t>{"bildung", 4}));
}

TEST_F(Facets, UnknownFacetOrValueMatchesNothing)
{
    SearchQuery query = query_with_facets();
    query.filters["topic"] = {"raumfahrt"};
    EXPECT_EQ(search(query).total, 0U);
    SearchQuery unknown = query_with_facets();
    unknown.filters["color"] = {"blue"};
    EXPECT_EQ(search(unknown).total, 0U);
    unknown.filters.clear();
    unknown.facets = {"color"};
    SearchResults results = search(unknown);
    EXPECT_EQ(results.facets.count("color"), 1U);
    EXPECT_TRUE(results.facets["color"].empty());
}

TEST_F(Facets, EmptyValueListFiltersNothing)
{
    SearchQuery query = query_with_facets();
    query.filters["topic"] = {};
    EXPECT_EQ(search(query).total, 6U);
}

TEST_F(Facets, KindsRestrictTheKindsSearched)
{
    SearchDocument city = project("leipzig", "Familienzentrum Leipzig");
    city.kind = "city";
    put({city});
    SearchQuery query = text("Familienzentrum");
    query.kinds = {"city"};
    EXPECT_EQ(ids(query), (Ids{"leipzig"}));
    query.kinds = {"city", "project"};
    EXPECT_EQ(search(query).total, 7U);
    query.kinds.clear();
    EXPECT_EQ(search(query).total, 7U);
}

TEST_F(Facets, EmptyTextCountsEveryVisibleDocument)
{
    SearchQuery query;
    query.facets = {"city"};
    SearchResults results = search(query);
    EXPECT_EQ(results.total, 6U);
    EXPECT_EQ(counts(results.facets["city"]), (Pairs{{"leipzig", 3}, {"halle", 2}, {"jena", 1}}));
}

} // namespace
} // namespace rundum::search::testing
