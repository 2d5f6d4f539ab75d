// The German rules of matching, through the index: folding, stemming, stop words, compounds.
#include "sample_projects.hpp"

namespace rundum::search::testing {
namespace {

class GermanMatching : public SearchTest {
protected:
    void SetUp() override
    {
        SearchTest::SetUp();
        put(sample_projects());
    }
};

TEST_F(GermanMatching, StrasseFindsStrasseWithEszett)
{
    EXPECT_EQ(ids("Strasse"), (Ids{"p-koeln-spielstrasse"}));
    EXPECT_EQ(ids("STRASSE"), (Ids{"p-koeln-spielstrasse"}));
}

TEST_F(GermanMatching, MuellerAndMullerFindMueller)
{
    EXPECT_EQ(ids("Mueller"), (Ids{"p-halle-kinderarmut"}));
    EXPECT_EQ(ids("Muller"), (Ids{"p-halle-kinderarmut"}));
    EXPECT_EQ(ids("müller"), (Ids{"p-halle-kinderarmut"}));
}

TEST_F(GermanMatching, AccentsAreFolded)
{
    EXPECT_EQ(ids("Cafe"), (Ids{"p-jena-familienzentrum"}));
}

TEST_F(GermanMatching, InflectedFormsFindEachOther)
{
    // "Familie" is written only as "Familien"/"Familie" in different projects.
    EXPECT_TRUE(has(ids("Familie"), "p-halle-kinderarmut"));
    EXPECT_TRUE(has(ids("Familien"), "p-muenchen-babypaket"));
    EXPECT_TRUE(has(ids("Kind"), "p-koeln-spielstrasse")); // text says "Kindern"
}

TEST_F(GermanMatching, StopWordsNeedNotMatch)
{
    EXPECT_EQ(ids("die Straße für die Kinder"), (Ids{"p-koeln-spielstrasse"}));
}

TEST_F(GermanMatching, EveryWordMustMatch)
{
    EXPECT_EQ(ids("Kita Leipzig"), (Ids{"p-leipzig-kita"}));
    EXPECT_TRUE(ids("Kita Ordnungsamt").empty());
}

TEST_F(GermanMatching, QueryOfOnlyStopWordsFindsNothingRatherThanEverything)
{
    EXPECT_EQ(search(text("und die")).total, 0U);
}

TEST_F(GermanMatching, WordStartFindsCompounds)
{
    put({project("p-dresden", "Mehr Plätze", "", "Der Kitaausbau geht voran.")});
    EXPECT_TRUE(has(ids("Kita"), "p-dresden"));
}

TEST_F(GermanMatching, WordEndFindsCompounds)
{
    EXPECT_EQ(ids("Armut"), (Ids{"p-halle-kinderarmut"}));
    EXPECT_EQ(ids("Begrüßungspaket"), (Ids{"p-muenchen-babypaket"}));
    EXPECT_EQ(ids("Begruessungspaket"), (Ids{"p-muenchen-babypaket"}));
}

TEST_F(GermanMatching, JoinedWordFindsHyphenatedCompound)
{
    EXPECT_EQ(ids("Kitaausbau"), (Ids{"p-leipzig-kita"}));
}

TEST_F(GermanMatching, HyphenatedQueryFindsJoinedCompound)
{
    put({project("p-dresden", "Mehr Plätze", "", "Der Kitaausbau geht voran.")});
    EXPECT_EQ(sorted(ids("Kita-Ausbau")), (Ids{"p-dresden", "p-leipzig-kita"}));
}

TEST_F(GermanMatching, ShortWordsMatchOnlyWholeWords)
{
    // "Arm" is three letters: it must not find "Kinderarmut".
    EXPECT_TRUE(ids("Arm").empty());
}

} // namespace
} // namespace rundum::search::testing
