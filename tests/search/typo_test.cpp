// One typo in a longer word is forgiven, said so in corrections, and never changes the results
// of words that match as they are.
#include "sample_projects.hpp"

namespace rundum::search::testing {
namespace {

class Typos : public SearchTest {
protected:
    void SetUp() override
    {
        SearchTest::SetUp();
        put(sample_projects());
    }
};

TEST_F(Typos, SwappedLettersAreForgivenAndReported)
{
    SearchResults results = search(text("Kinderarmtu"));
    ASSERT_EQ(results.hits.size(), 1U);
    EXPECT_EQ(results.hits[0].id, "p-halle-kinderarmut");
    EXPECT_EQ(results.corrections,
              (std::map<std::string, std::string>{{"Kinderarmtu", "Kinderarmut"}}));
}

TEST_F(Typos, MissingLetterIsForgivenAndTheCorrectionKeepsTheSpelling)
{
    SearchResults results = search(text("Spielsraße"));
    EXPECT_EQ(results.total, 1U);
    EXPECT_EQ(results.corrections,
              (std::map<std::string, std::string>{{"Spielsraße", "Spielstraße"}}));
}

TEST_F(Typos, WordBeginningsAreFoundBeforeAnyCorrection)
{
    // "Strase" begins "Straße" once stemmed ("stras…"): a match, so nothing is corrected.
    SearchResults results = search(text("Strase"));
    EXPECT_EQ(results.total, 1U);
    EXPECT_TRUE(results.corrections.empty());
}

TEST_F(Typos, ExtraAndWrongLettersAreForgiven)
{
    EXPECT_EQ(ids("Netzwerrk"), (Ids{"p-halle-kinderarmut"}));
    EXPECT_EQ(ids("Netzwark"), (Ids{"p-halle-kinderarmut"}));
}

TEST_F(Typos, TypoInCompoundPartIsForgiven)
{
    SearchResults results = search(text("Begrüsungspaket"));
    EXPECT_EQ(results.total, 1U);
    EXPECT_EQ(results.corrections.size(), 1U);
}

TEST_F(Typos, WordsThatMatchAreNotCorrected)
{
    // "Netzwerk" exists; "Netzwerke" would be a neighbour, but nothing may change.
    SearchResults exact = search(text("Netzwerk"));
    EXPECT_TRUE(exact.corrections.empty());
    EXPECT_EQ(exact.total, 1U);
    // a compound part matches as it is too
    EXPECT_TRUE(search(text("Armut")).corrections.empty());
}

TEST_F(Typos, OnlyTheUnmatchedWordIsCorrected)
{
    SearchResults results = search(text("Netzwerk Kinderarmtu"));
    EXPECT_EQ(results.total, 1U);
    EXPECT_EQ(results.corrections,
              (std::map<std::string, std::string>{{"Kinderarmtu", "Kinderarmut"}}));
}

TEST_F(Typos, ShortWordsAreNotCorrected)
{
    SearchResults results = search(text("Kitta")); // five letters
    EXPECT_EQ(results.total, 0U);
    EXPECT_TRUE(results.corrections.empty());
}

TEST_F(Typos, TwoTyposAreNotForgiven)
{
    SearchResults results = search(text("Kindrearmtu"));
    EXPECT_EQ(results.total, 0U);
    EXPECT_TRUE(results.corrections.empty());
}

} // namespace
} // namespace rundum::search::testing
