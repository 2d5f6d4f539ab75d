// SPDX-License-Identifier: EUPL-1.2
// German analysis in isolation: folding, tokens, stems, stop words, escaping and sort keys.
#include <gtest/gtest.h>

#include "search/document_builder.hpp"
#include "search/folding.hpp"
#include "search/german_analyzer.hpp"
#include "search/html_escape.hpp"
#include "search/index_terms.hpp"
#include "search/stop_words.hpp"

namespace rundum::search {
namespace {

std::string stem_of(const std::string& word)
{
    return stem(fold(word));
}

TEST(GermanAnalyzer, FoldingTakesOffCaseUmlautsAndAccents)
{
    EXPECT_EQ(fold("Straße"), "strasse");
    EXPECT_EQ(fold("STRASSE"), "strasse");
    EXPECT_EQ(fold("Ärger Öl Übung"), "arger ol ubung");
    EXPECT_EQ(fold("Café Crème à la Façon"), "cafe creme a la facon");
    EXPECT_EQ(fold("Łódź Škoda"), "lodz skoda");
    EXPECT_EQ(fold("u\xCC\x88"
                   "ber"),
              "uber"); // u + combining diaeresis
}

TEST(GermanAnalyzer, SpellingsOfOneWordShareAStem)
{
    EXPECT_EQ(stem_of("Straße"), stem_of("Strasse"));
    EXPECT_EQ(stem_of("Müller"), stem_of("Mueller"));
    EXPECT_EQ(stem_of("Müller"), stem_of("Muller"));
    EXPECT_EQ(stem_of("Familienbüro"), stem_of("Familienbuero"));
}

TEST(GermanAnalyzer, InflectionsShareAStem)
{
    EXPECT_EQ(stem_of("Familien"), stem_of("Familie"));
    EXPECT_EQ(stem_of("Kinder"), stem_of("Kind"));
    EXPECT_EQ(stem_of("Straßen"), stem_of("Straße"));
    EXPECT_EQ(stem_of("Beratungen"), stem_of("Beratung"));
}

TEST(GermanAnalyzer, VowelUeIsNotReadAsUmlaut)
{
    // "u" between vowels is a consonant: "Frauen" must still meet "Frau".
    EXPECT_EQ(stem_of("Frauen"), stem_of("Frau"));
}

TEST(GermanAnalyzer, NumbersAreNotStemmed)
{
    EXPECT_EQ(stem_of("2024"), "2024");
    EXPECT_TRUE(is_number("2024"));
    EXPECT_FALSE(is_number("u3"));
}

TEST(GermanAnalyzer, TokensKeepByteOffsetsAndFoldedText)
{
    std::string text = "Die Straße, 2024!";
    std::vector<Token> tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 3U);
    EXPECT_EQ(tokens[1].folded, "strasse");
    EXPECT_EQ(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin), "Straße");
    EXPECT_EQ(tokens[2].folded, "2024");
}

TEST(GermanAnalyzer, HyphenJoinsOnlyWordsWrittenTogether)
{
    std::vector<Token> joined = tokenize("Kita-Ausbau");
    ASSERT_EQ(joined.size(), 2U);
    EXPECT_TRUE(joined[1].joined_to_previous);

    std::vector<Token> apart = tokenize("Kita - Ausbau");
    ASSERT_EQ(apart.size(), 2U);
    EXPECT_FALSE(apart[1].joined_to_previous);
}

TEST(GermanAnalyzer, PunctuationAndUnderscoresSeparateWords)
{
    std::vector<Token> tokens = tokenize("Eltern_Café's (neu)");
    ASSERT_EQ(tokens.size(), 4U);
    EXPECT_EQ(tokens[0].folded, "eltern");
    EXPECT_EQ(tokens[1].folded, "cafe");
    EXPECT_EQ(tokens[2].folded, "s");
    EXPECT_EQ(tokens[3].folded, "neu");
}

TEST(GermanAnalyzer, CommonWordsAreStopWordsAndDomainWordsAreNot)
{
    for (const char* word :
         {"der", "die", "das", "und", "für", "fuer", "über", "mit", "zwischen"}) {
        EXPECT_TRUE(is_stop_word(fold(word))) << word;
    }
    for (const char* word : {"kita", "kinder", "familie", "stadt", "armut"}) {
        EXPECT_FALSE(is_stop_word(word)) << word;
    }
}

TEST(GermanAnalyzer, ReversedTermsKeepMultibyteLettersWhole)
{
    EXPECT_EQ(reversed("armut"), "tumra");
    EXPECT_EQ(reversed("a\xC3\xA9z"), "z\xC3\xA9"
                                      "a");
}

TEST(HtmlEscape, EscapesTheFiveSpecialCharacters)
{
    EXPECT_EQ(html_escape("<a href=\"x\">Tom & Jerry's</a>"),
              "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST(SortKeys, DatesCompareAsNumbersAndTitlesFoldedToDin5007)
{
    EXPECT_LT(date_key("2023-12-31"), date_key("2024-01-01"));
    EXPECT_LT(date_key("2024"), date_key("2024-01"));
    EXPECT_EQ(date_key(""), 0U);
    EXPECT_EQ(title_key("„Ärztehaus“ am Markt"), "arztehaus am markt");
    EXPECT_LT(title_key("Ärztehaus"), title_key("Bildung"));
}

} // namespace
} // namespace rundum::search
