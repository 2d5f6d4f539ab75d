// SPDX-License-Identifier: EUPL-1.2
// Suggestions while typing: the last word is a beginning, titles come first, hidden stays hidden.
#include "sample_projects.hpp"

#include <xapian.h>

#include "search/hot_terms.hpp"
#include "search/query_builder.hpp"

namespace rundum::search::testing {
namespace {

class Suggestions : public SearchTest {
protected:
    void SetUp() override
    {
        SearchTest::SetUp();
        put(sample_projects());
    }

    Ids suggested(const std::string& typed, bool include_members_only = false)
    {
        auto hits = index().suggest(typed, include_members_only, 10);
        EXPECT_TRUE(hits) << hits.error().key;
        Ids found;
        for (const SearchHit& hit : hits ? *hits : std::vector<SearchHit>{}) {
            found.push_back(hit.id);
        }
        return found;
    }
};

TEST_F(Suggestions, LastPartialWordIsCompleted)
{
    EXPECT_EQ(suggested("Babybegr"), (Ids{"p-muenchen-babypaket"}));
    EXPECT_TRUE(has(suggested("Famil"), "p-jena-familienzentrum"));
}

TEST_F(Suggestions, TitleMatchesComeFirst)
{
    Ids found = suggested("Famil");
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(found[0], "p-jena-familienzentrum"); // the only title with a Famil… word
}

TEST_F(Suggestions, TitleIsReturnedWithTheMatchMarked)
{
    auto hits = index().suggest("Spielstr", false, 5);
    ASSERT_TRUE(hits);
    ASSERT_EQ(hits->size(), 1U);
    EXPECT_EQ((*hits)[0].title, "Temporäre Spielstraße");
    EXPECT_EQ((*hits)[0].snippet_html, "Temporäre <mark>Spielstraße</mark>");
}

TEST_F(Suggestions, EarlierWordsMustMatchAsInSearch)
{
    EXPECT_EQ(suggested("Netzwerk Kinderar"), (Ids{"p-halle-kinderarmut"}));
    EXPECT_TRUE(suggested("Spielstraße Kinderar").empty());
}

TEST_F(Suggestions, TrailingSpaceMeansTheWordIsComplete)
{
    // "Kin" is a beginning while typed; followed by a space it is a (three-letter) word.
    EXPECT_FALSE(suggested("Kin").empty());
    EXPECT_TRUE(suggested("Kin ").empty());
    EXPECT_EQ(suggested("Kinderarmut "), (Ids{"p-halle-kinderarmut"}));
}

TEST_F(Suggestions, OneLetterSuggestsNothing)
{
    EXPECT_TRUE(suggested("K").empty());
    EXPECT_TRUE(suggested("").empty());
}

TEST_F(Suggestions, MembersOnlyDocumentsAreHiddenUnlessIncluded)
{
    SearchDocument hidden = project("p-intern", "Familienrat intern");
    hidden.visibility = Visibility::MembersOnly;
    put({hidden});
    EXPECT_FALSE(has(suggested("Familienr"), "p-intern"));
    EXPECT_TRUE(has(suggested("Familienr", true), "p-intern"));
}

TEST_F(Suggestions, LimitIsRespected)
{
    auto hits = index().suggest("Kin", false, 2);
    ASSERT_TRUE(hits);
    EXPECT_EQ(hits->size(), 2U);
}

// Found by fuzzing (tests/fuzz/query_builder_fuzz.cpp): twelve complete words and one being typed
// made a plan of thirteen words, past the limit that bounds what a keystroke costs.
TEST(SuggestionPlan, KeepsToTheWordLimitLikeASearch)
{
    Xapian::WritableDatabase database(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const HotTerms hot;
    const std::string complete = "alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima";
    const TextPlan plan = plan_suggestion(database, hot, complete + " mik");
    ASSERT_EQ(plan.words.size(), MAX_QUERY_WORDS);
    EXPECT_EQ(plan.words.back().typed, "lima");
    EXPECT_EQ(plan_suggestion(database, hot, "alpha bravo mik").words.size(), 3U);
}

} // namespace
} // namespace rundum::search::testing
