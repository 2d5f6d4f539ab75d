// SPDX-License-Identifier: EUPL-1.2
// vCards that Outlook and phones read: escaping, folding, content.
#include <gtest/gtest.h>

#include "format/vcard.hpp"

namespace rundum::format {
namespace {

City munich()
{
    City city;
    city.id = "city-muenchen";
    city.slug = "muenchen";
    city.name = "München";
    city.alliance = "Aktionsforum für Familien";
    city.address = PostalAddress{{"Landeshauptstadt München, Sozialreferat", "Stadtjugendamt"},
                                 "Prielmayerstr.1", "80335", "München"};
    city.website = "https://www.muenchen.de/familie";
    city.contacts = {Contact{"contact-muenchen-1", "Angelika Gramenz", "Koordination", "", "", true, false, false}};
    return city;
}

TEST(Vcard, EscapesCommasSemicolonsBackslashesAndNewlines)
{
    EXPECT_EQ(vcard_escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
}

TEST(Vcard, NamesThePersonOrganisationAddressAndWebsite)
{
    const std::string card = city_vcard(munich());
    EXPECT_TRUE(card.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    EXPECT_TRUE(card.ends_with("END:VCARD\r\n"));
    EXPECT_NE(card.find("FN:Angelika Gramenz\r\n"), std::string::npos);
    EXPECT_NE(card.find("ORG:Aktionsforum für Familien\r\n"), std::string::npos);
    EXPECT_NE(card.find("URL:https://www.muenchen.de/familie\r\n"), std::string::npos);
    std::string unfolded;
    for (std::size_t i = 0; i < card.size(); ++i) {
        if (card.compare(i, 3, "\r\n ") == 0) {
            i += 2;
            continue;
        }
        unfolded += card[i];
    }
    EXPECT_NE(unfolded.find("ADR;TYPE=work:;Landeshauptstadt München\\, Sozialreferat\\nStadtjugendamt;"
                            "Prielmayerstr.1;München;;80335;Deutschland\r\n"),
              std::string::npos)
        << unfolded;
}

TEST(Vcard, FoldsLongLinesWithoutSplittingUmlauts)
{
    City city = munich();
    city.alliance = std::string(70, 'x') + "ääääääääää";
    const std::string card = city_vcard(city);
    std::size_t start = 0;
    while (start < card.size()) {
        std::size_t end = card.find("\r\n", start);
        ASSERT_NE(end, std::string::npos);
        EXPECT_LE(end - start, 75U);
        std::string line = card.substr(start, end - start);
        // A line never ends inside a two-byte character.
        if (!line.empty()) {
            EXPECT_NE(static_cast<unsigned char>(line.back()), 0xC3U) << line;
        }
        start = end + 2;
    }
}

TEST(Vcard, UsesTheAllianceAsNameWhenNoPersonIsGiven)
{
    City city = munich();
    city.contacts.clear();
    const std::string card = city_vcard(city);
    EXPECT_NE(card.find("FN:Aktionsforum für Familien\r\n"), std::string::npos);
}

} // namespace
} // namespace rundum::format
