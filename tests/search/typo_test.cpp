// SPDX-License-Identifier: EUPL-1.2
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

// What a visitor may not see never shapes a correction: not the word offered, not the choice
// between neighbours, not whether a word counts as matching.
class TyposAndVisibility : public SearchTest {
protected:
    void SetUp() override
    {
        SearchTest::SetUp();
        SearchDocument secret = project("p-intern", "Haushaltssperre im Jugendamt",
                                        "Interne Notiz zur Haushaltssperre");
        secret.visibility = Visibility::MembersOnly;
        SearchDocument secret_too = project("p-intern-2", "Haushaltssperre zweiter Teil");
        secret_too.visibility = Visibility::MembersOnly;
        put({secret, secret_too, project("p-offen", "Hausaufgabenhilfe im Stadtteil")});
    }

    static SearchQuery as_member(std::string words)
    {
        SearchQuery query = text(std::move(words));
        query.include_members_only = true;
        return query;
    }
};

TEST_F(TyposAndVisibility, MembersOnlyWordsAreNeverOfferedToThePublic)
{
    SearchResults public_results = search(text("Haushaltssperrre"));
    EXPECT_EQ(public_results.total, 0U);
    EXPECT_TRUE(public_results.corrections.empty());
    SearchResults member_results = search(as_member("Haushaltssperrre"));
    EXPECT_EQ(member_results.total, 2U);
    EXPECT_EQ(member_results.corrections,
              (std::map<std::string, std::string>{{"Haushaltssperrre", "Haushaltssperre"}}));
}

TEST_F(TyposAndVisibility, AWordOnlyMembersHaveCountsAsUnknownForThePublic)
{
    // The public's answer to a members-only word is the same as to a word nobody wrote.
    SearchResults known_to_members = search(text("Haushaltssperre"));
    SearchResults unknown = search(text("Haushaltsbremse"));
    EXPECT_EQ(known_to_members.total, unknown.total);
    EXPECT_EQ(known_to_members.corrections.size(), unknown.corrections.size());
    EXPECT_EQ(known_to_members.total, 0U);
}

TEST_F(TyposAndVisibility, ThePublicIsCorrectedToAVisibleNeighbour)
{
    SearchResults results = search(text("Hausaufgabenhilfen"));
    EXPECT_EQ(results.total, 1U);
    SearchResults typo = search(text("Hausaufgabenhlife"));
    ASSERT_EQ(typo.hits.size(), 1U);
    EXPECT_EQ(typo.hits[0].id, "p-offen");
}

} // namespace
} // namespace rundum::search::testing
