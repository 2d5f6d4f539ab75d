// SPDX-License-Identifier: EUPL-1.2
// Atom feeds that feed readers accept: the RFC 4287 structure, escaping of member text, no
// character that would make the XML ill-formed, entries in the order given.
#include <gtest/gtest.h>

#include <string>

#include "format/atom.hpp"

namespace rundum::format {
namespace {

using namespace std::string_literals;

AtomFeed jena_feed()
{
    AtomFeed feed;
    feed.id = "tag:rundum.example,2024:feed";
    feed.title = "Rund um die Familie – Neues";
    feed.subtitle = "Projekte aus dem Großstädtenetzwerk";
    feed.self_url = "https://rundum.example/feed.atom";
    feed.alternate_url = "https://rundum.example/";
    feed.updated = "2024-05-03T10:00:00Z";
    AtomEntry first;
    first.id = "tag:rundum.example,2024:project-1";
    first.title = "Familienzentrum Lobeda";
    first.link = "https://rundum.example/projekte/familienzentrum-lobeda";
    first.published = "2024-05-02T08:00:00Z";
    first.updated = "2024-05-03T10:00:00Z";
    first.author = "Bündnis für Familie Jena";
    first.summary = "Ein Treffpunkt für Eltern.";
    first.categories = {"Beratung", "Treffpunkt"};
    AtomEntry second;
    second.id = "tag:rundum.example,2024:project-2";
    second.title = "Ferienpass";
    second.link = "https://rundum.example/projekte/ferienpass";
    second.updated = "2024-04-01T09:00:00Z";
    feed.entries = {first, second};
    return feed;
}

std::size_t count(const std::string& text, const std::string& part)
{
    std::size_t found = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++found;
    }
    return found;
}

TEST(Atom, HasTheFeedStructureOfRfc4287)
{
    const std::string xml = write_atom(jena_feed());
    EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                                "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">\n"));
    EXPECT_TRUE(xml.ends_with("</feed>\n"));
    EXPECT_NE(xml.find("  <id>tag:rundum.example,2024:feed</id>\n"), std::string::npos);
    EXPECT_NE(xml.find("  <title>Rund um die Familie – Neues</title>\n"), std::string::npos);
    EXPECT_NE(xml.find("  <subtitle>Projekte aus dem Großstädtenetzwerk</subtitle>\n"),
              std::string::npos);
    EXPECT_NE(xml.find("<link rel=\"self\" type=\"application/atom+xml\" "
                       "href=\"https://rundum.example/feed.atom\"/>"),
              std::string::npos);
    EXPECT_NE(
        xml.find("<link rel=\"alternate\" type=\"text/html\" href=\"https://rundum.example/\"/>"),
        std::string::npos);
    EXPECT_NE(xml.find("  <updated>2024-05-03T10:00:00Z</updated>\n  <entry>"), std::string::npos);
    EXPECT_EQ(count(xml, "<entry>"), 2U);
    EXPECT_EQ(count(xml, "</entry>"), 2U);
    EXPECT_NE(xml.find("    <published>2024-05-02T08:00:00Z</published>\n"), std::string::npos);
    EXPECT_NE(xml.find("<author>\n      <name>Bündnis für Familie Jena</name>\n    </author>"),
              std::string::npos);
    EXPECT_NE(xml.find("<category term=\"Beratung\"/>\n    <category term=\"Treffpunkt\"/>"),
              std::string::npos);
    EXPECT_NE(xml.find("<summary>Ein Treffpunkt für Eltern.</summary>"), std::string::npos);
}

TEST(Atom, KeepsTheEntriesInTheGivenOrder)
{
    const std::string xml = write_atom(jena_feed());
    const std::size_t first = xml.find("<id>tag:rundum.example,2024:project-1</id>");
    const std::size_t second = xml.find("<id>tag:rundum.example,2024:project-2</id>");
    ASSERT_NE(first, std::string::npos);
    ASSERT_NE(second, std::string::npos);
    EXPECT_LT(first, second);
}

TEST(Atom, GivesEveryEntryAnAuthorAndAnUpdatedTime)
{
    const std::string xml = write_atom(jena_feed());
    const std::string second = xml.substr(xml.find("project-2"));
    EXPECT_NE(second.find("<name>Rund um die Familie – Neues</name>"), std::string::npos);
    EXPECT_NE(second.find("<updated>2024-04-01T09:00:00Z</updated>"), std::string::npos);
    EXPECT_EQ(second.find("<published>"), std::string::npos);
    EXPECT_EQ(second.find("<summary>"), std::string::npos);
}

TEST(Atom, TakesTheLatestEntryTimeWhenTheFeedHasNone)
{
    AtomFeed feed = jena_feed();
    feed.updated.clear();
    EXPECT_NE(write_atom(feed).find("  <updated>2024-05-03T10:00:00Z</updated>\n  <entry>"),
              std::string::npos);
}

TEST(Atom, EscapesMarkupAmpersandsAndQuotesEverywhere)
{
    AtomFeed feed = jena_feed();
    feed.title = "<script>alert(1)</script> & Co";
    feed.entries[0].summary = "Tom's \"Treff\" <b>&amp;</b>";
    feed.entries[0].link = "https://rundum.example/suche?q=a&b=\"><script>";
    feed.entries[0].categories = {"\"/><x y='1"};
    const std::string xml = write_atom(feed);
    EXPECT_EQ(xml.find("<script>"), std::string::npos);
    EXPECT_NE(xml.find("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</title>"),
              std::string::npos);
    EXPECT_NE(
        xml.find("<summary>Tom&apos;s &quot;Treff&quot; &lt;b&gt;&amp;amp;&lt;/b&gt;</summary>"),
        std::string::npos);
    EXPECT_NE(xml.find("href=\"https://rundum.example/suche?q=a&amp;b=&quot;&gt;&lt;script&gt;\""),
              std::string::npos);
    EXPECT_NE(xml.find("<category term=\"&quot;/&gt;&lt;x y=&apos;1\"/>"), std::string::npos);
}

TEST(Atom, DropsCharactersXmlForbidsAndKeepsTabsAndNewlines)
{
    AtomFeed feed = jena_feed();
    feed.entries[0].title = "Fa\x01mi\x1Blie\x7F\xC2\x85n\xEF\xBF\xBF";
    feed.entries[0].summary = "Zeile 1\r\nZeile\t2\rZeile 3\n";
    feed.entries[0].author = "Null\0Byte"s;
    const std::string xml = write_atom(feed);
    EXPECT_NE(xml.find("<title>Familien</title>"), std::string::npos);
    EXPECT_NE(xml.find("<summary>Zeile 1\nZeile\t2\nZeile 3\n</summary>"), std::string::npos);
    EXPECT_NE(xml.find("<name>NullByte</name>"), std::string::npos);
    EXPECT_EQ(xml.find('\r'), std::string::npos);
    for (char c : xml) {
        const auto byte = static_cast<unsigned char>(c);
        EXPECT_TRUE(byte >= 0x20U || c == '\n' || c == '\t') << "control byte " << int{byte};
    }
}

TEST(Atom, ReplacesInvalidUtf8SoTheDocumentStaysWellFormed)
{
    AtomFeed feed = jena_feed();
    feed.entries[0].title = "Gr\xFC\xDF"
                            "e \xC3 \xED\xA0\x80 ok \xF0\x9F\x98\x80"; // Latin-1, cut, surrogate
    const std::string xml = write_atom(feed);
    EXPECT_NE(xml.find("<title>Gr\uFFFD\uFFFDe \uFFFD \uFFFD\uFFFD\uFFFD ok \U0001F600</title>"),
              std::string::npos);
}

TEST(Atom, WritesTheLanguageAsXmlLang)
{
    AtomFeed feed = jena_feed();
    feed.language = "de-DE";
    EXPECT_NE(write_atom(feed).find(" xml:lang=\"de-DE\">"), std::string::npos);
    feed.language.clear();
    EXPECT_NE(write_atom(feed).find(" xml:lang=\"de\">"), std::string::npos);
}

} // namespace
} // namespace rundum::format
