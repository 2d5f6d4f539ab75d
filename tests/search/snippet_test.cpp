// SPDX-License-Identifier: EUPL-1.2
// Snippets: the passage around the best match, escaped, with every kind of match marked.
#include "sample_projects.hpp"

namespace rundum::search::testing {
namespace {

using Snippets = SearchTest;

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

TEST_F(Snippets, MatchedWordsAreMarked)
{
    put(sample_projects());
    EXPECT_EQ(snippet("Familien", "p-halle-kinderarmut"),
              "<mark>Familien</mark> mit wenig Geld finden Beratung, kostenlose Ferienangebote "
              "und Hilfe bei Anträgen an einem Ort.");
}

TEST_F(Snippets, StemmedFoldedAndCompoundMatchesAreMarked)
{
    put(sample_projects());
    put({project("p", "Hebammen", "", "Familienhebammen besuchen Familien zu Hause.")});
    EXPECT_EQ(snippet("Familie", "p"),
              "<mark>Familienhebammen</mark> besuchen <mark>Familien</mark> zu Hause.");
    // the summary has the word as well: it is preferred to the body
    EXPECT_EQ(snippet("Familien", "p-muenchen-babypaket").rfind("Jede <mark>Familie</mark> mit", 0),
              0U);
    EXPECT_TRUE(contains(snippet("Strasse", "p-koeln-spielstrasse"), "eine <mark>Straße</mark>"));
}

TEST_F(Snippets, HyphenatedCompoundIsMarkedWhole)
{
    put({project("p", "Plätze", "", "Der Kita-Ausbau geht voran.")});
    std::string html = snippet("Kitaausbau", "p");
    EXPECT_TRUE(contains(html, "<mark>Kita-Ausbau</mark>")) << html;
}

TEST_F(Snippets, TextIsEscaped)
{
    put({project("p", "Kita", "Ein Test.",
                 "<script>alert('x')</script> & \"Kita\" <b>für</b> alle")});
    std::string html = snippet("Kita", "p");
    EXPECT_FALSE(contains(html, "<script>")) << html;
    EXPECT_FALSE(contains(html, "<b>")) << html;
    EXPECT_TRUE(contains(html, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                               "&quot;<mark>Kita</mark>&quot; &lt;b&gt;für&lt;/b&gt;"))
        << html;
}

TEST_F(Snippets, PassageAroundAMatchFarIntoTheBody)
{
    std::string body;
    for (int i = 0; i < 40; ++i) {
        body += "Das Angebot wird von Ehrenamtlichen getragen. ";
    }
    body += "Besonders gefragt ist die Hausaufgabenhilfe am Nachmittag. ";
    for (int i = 0; i < 10; ++i) {
        body += "Das Angebot wird von Ehrenamtlichen getragen. ";
    }
    put({project("p", "Treffpunkt", "Ein offener Treff.", body)});
    std::string html = snippet("Hausaufgabenhilfe", "p");
    EXPECT_TRUE(contains(html, "<mark>Hausaufgabenhilfe</mark>")) << html;
    EXPECT_EQ(html.rfind("\xE2\x80\xA6 ", 0), 0U) << html; // starts with "… "
    EXPECT_TRUE(html.ends_with(" \xE2\x80\xA6")) << html;
    EXPECT_LE(html.size(), 260U) << html;
    EXPECT_GE(html.size(), 150U) << html;
}

TEST_F(Snippets, PassageWithMostQueryWordsWins)
{
    std::string body = "Die Kita liegt am Rand. ";
    for (int i = 0; i < 20; ++i) {
        body += "Viele Angebote gibt es hier. ";
    }
    body += "In der Kita gibt es auch Sprachförderung für alle.";
    put({project("p", "Treffpunkt", "", body)});
    std::string html = snippet("Kita Sprachförderung", "p");
    EXPECT_TRUE(contains(html, "<mark>Kita</mark> gibt es auch <mark>Sprachförderung</mark>"))
        << html;
}

TEST_F(Snippets, FallsBackToSummaryStartWhenTheTextHasNoMatch)
{
    put(sample_projects());
    // "Netzwerk" is in the title and body; "Kinderarmut" only in the title.
    std::string html = snippet("Kinderarmut", "p-halle-kinderarmut");
    EXPECT_EQ(html, "Familien mit wenig Geld finden Beratung, kostenlose Ferienangebote und "
                    "Hilfe bei Anträgen an einem Ort.");
}

TEST_F(Snippets, SearchWithoutTextShowsSummaryStart)
{
    put({project("p", "Kita", "Kurz & gut.", "Langer Text.")});
    SearchResults results = search(SearchQuery{});
    ASSERT_EQ(results.hits.size(), 1U);
    EXPECT_EQ(results.hits[0].snippet_html, "Kurz &amp; gut.");
}

} // namespace
} // namespace rundum::search::testing
