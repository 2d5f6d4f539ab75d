// SPDX-License-Identifier: EUPL-1.2
// Orders and pages: newest first without text, by title in German order, exact totals and
// pages that together list every match once.
#include <set>

#include "search_fixture.hpp"

namespace rundum::search::testing {
namespace {

SearchDocument dated(std::string id, std::string title, std::string date)
{
    SearchDocument document = project(std::move(id), std::move(title), "Angebot für Familien");
    document.sort_date = std::move(date);
    return document;
}

class PagingAndSort : public SearchTest {
protected:
    void SetUp() override
    {
        SearchTest::SetUp();
        put({dated("a", "Bildungslotsen", "2021-05-01"),
             dated("b", "Ärztehaus für Kinder", "2024-02-01"),
             dated("c", "Zahnputzaktion", "2019-09-30"), dated("d", "Familienpass", "2024-02-01"),
             dated("e", "„Elterncafé“", "2023-11-15"), dated("f", "Ohne Datum", "")});
    }
};

TEST_F(PagingAndSort, EmptyTextListsNewestFirst)
{
    EXPECT_EQ(ids(SearchQuery{}), (Ids{"b", "d", "e", "a", "c", "f"}));
}

TEST_F(PagingAndSort, NewestWithTextOrdersByDate)
{
    SearchQuery query = text("Familien");
    query.sort = SortOrder::Newest;
    EXPECT_EQ(ids(query), (Ids{"b", "d", "e", "a", "c", "f"}));
}

TEST_F(PagingAndSort, TitleOrderFoldsUmlautsAndIgnoresQuotes)
{
    SearchQuery query;
    query.sort = SortOrder::Title;
    EXPECT_EQ(ids(query), (Ids{"b", "a", "e", "d", "f", "c"}));
}

TEST_F(PagingAndSort, PagesListEveryMatchOnceWithAnExactTotal)
{
    for (SortOrder order : {SortOrder::Relevance, SortOrder::Newest, SortOrder::Title}) {
        std::set<std::string> seen;
        for (std::size_t offset = 0; offset < 6; offset += 4) {
            SearchQuery query = text("Familien");
            query.sort = order;
            query.offset = offset;
            query.limit = 4;
            SearchResults results = search(query);
            EXPECT_EQ(results.total, 6U);
            for (const SearchHit& hit : results.hits) {
                EXPECT_TRUE(seen.insert(hit.id).second) << hit.id << " twice";
            }
        }
        EXPECT_EQ(seen.size(), 6U);
    }
}

TEST_F(PagingAndSort, PageBeyondTheEndIsEmptyButCounts)
{
    SearchQuery query = text("Familien");
    query.offset = 50;
    SearchResults results = search(query);
    EXPECT_EQ(results.total, 6U);
    EXPECT_TRUE(results.hits.empty());
}

TEST_F(PagingAndSort, LimitZeroGivesOnlyTheTotal)
{
    SearchQuery query = text("Familien");
    query.limit = 0;
    SearchResults results = search(query);
    EXPECT_EQ(results.total, 6U);
    EXPECT_TRUE(results.hits.empty());
}

TEST_F(PagingAndSort, RelevancePagesContinueTheSameOrder)
{
    Ids all = ids(text("Familien"));
    SearchQuery second = text("Familien");
    second.offset = 2;
    second.limit = 2;
    EXPECT_EQ(ids(second), (Ids{all[2], all[3]}));
}

} // namespace
} // namespace rundum::search::testing
