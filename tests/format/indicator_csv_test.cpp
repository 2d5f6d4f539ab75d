// SPDX-License-Identifier: EUPL-1.2
// The indicator CSV: RFC 4180 quoting, BOM and line ends, and every kind of bad line refused
// with the line's number, before anything could be stored.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "format/indicator_csv.hpp"
#include "i18n/catalogue.hpp"

namespace rundum::format {
namespace {

const std::string HEADER = "official_key,city,indicator,value,year,source,note\n";

std::string error_key(const std::string& text)
{
    auto rows = parse_indicator_csv(text);
    return rows ? "" : rows.error().key;
}

std::string error_line(const std::string& text)
{
    auto rows = parse_indicator_csv(text);
    return rows || rows.error().args.empty() ? "" : rows.error().args.front();
}

City city(const std::string& id, const std::string& key)
{
    City result;
    result.id = id;
    result.official_key = key;
    return result;
}

TEST(IndicatorCsv, ReadsQuotedFieldsWithCommasQuotesAndLineBreaks)
{
    const std::string text = std::string("\xEF\xBB\xBF") + "official_key,city,indicator,value,year,source,note\r\n" +
                             "16053000,Jena,child_poverty,8.95,2022,\"INKAR 2024, BBSR Bonn\",\r\n"
                             "05913000,Dortmund,population_change,-0.28,2023,\"Destatis \"\"GV\"\"\",\"Zeile eins\nZeile zwei\"\r\n"
                             "\r\n";
    auto rows = parse_indicator_csv(text);
    ASSERT_TRUE(rows.has_value()) << rows.error().key;
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].line, 2u);
    EXPECT_EQ((*rows)[0].official_key, "16053000");
    EXPECT_EQ((*rows)[0].city, "Jena");
    EXPECT_EQ((*rows)[0].indicator, "child_poverty");
    EXPECT_DOUBLE_EQ((*rows)[0].value, 8.95);
    EXPECT_EQ((*rows)[0].year, 2022);
    EXPECT_EQ((*rows)[0].source, "INKAR 2024, BBSR Bonn");
    EXPECT_EQ((*rows)[0].note, "");
    EXPECT_EQ((*rows)[1].line, 3u);
    EXPECT_DOUBLE_EQ((*rows)[1].value, -0.28);
    EXPECT_EQ((*rows)[1].source, "Destatis \"GV\"");
    EXPECT_EQ((*rows)[1].note, "Zeile eins\nZeile zwei");
}

TEST(IndicatorCsv, CountsLinesAcrossLineBreaksInsideQuotes)
{
    const std::string text = HEADER + "16053000,Jena,rent,7.04,2022,\"a\nb\",\n" + "16053000,Jena,rent2,7,2022,x,\n";
    EXPECT_EQ(error_key(text), "error.indicators.unknown_indicator");
    EXPECT_EQ(error_line(text), "4");
}

TEST(IndicatorCsv, RefusesEachKindOfBadLineNamingIt)
{
    struct Case {
        std::string line;
        std::string key;
    };
    const std::vector<Case> cases = {
        {"5913000,Dortmund,rent,6.45,2022,Zensus,", "official_key_invalid"},
        {"05913000,Dortmund,kinderarmut,6.45,2022,Zensus,", "unknown_indicator"},
        {"05913000,Dortmund,rent,\"6,45\",2022,Zensus,", "value_invalid"},
        {"05913000,Dortmund,rent,,2022,Zensus,", "value_invalid"},
        {"05913000,Dortmund,rent,inf,2022,Zensus,", "value_invalid"},
        {"05913000,Dortmund,rent,1e3,2022,Zensus,", "value_invalid"},
        {"05913000,Dortmund,rent,-6.45,2022,Zensus,", "value_invalid"},
        {"05913000,Dortmund,rent,6.45,22,Zensus,", "year_invalid"},
        {"05913000,Dortmund,rent,6.45,1800,Zensus,", "year_invalid"},
        {"05913000,Dortmund,rent,6.45,2022, ,", "source_missing"},
        {"05913000,Dortmund,rent,6.45,2022,Zensus", "column_count"},
        {"05913000,Dortmund,rent,6.45,2022,Zensus,,", "column_count"},
        {"05913000,Dortmund,rent,6.45,2022,\"Zensus\"x,", "quote_stray"},
        {"05913000,Dortmund,rent,6.45,2022,Zen\"sus,", "quote_stray"},
        {"05913000,Dortmund,rent,6.45,2022,\"Zensus,", "quote_open"},
        {std::string("05913000,Dortmund,rent,6.45,2022,").append(501, 'x').append(","), "text_too_long"},
        {"05913000,Dortmund,rent,6.45,2022,Zensus \xC3,", "not_utf8"},
    };
    for (const Case& c : cases) {
        const std::string text = HEADER + "05913000,Dortmund,population,598246,2022,Zensus,\n" + c.line + "\n";
        EXPECT_EQ(error_key(text), "error.indicators." + c.key) << c.line;
        EXPECT_EQ(error_line(text), "3") << c.line;
    }
}

TEST(IndicatorCsv, RefusesAWrongHeaderAnEmptyFileAndTheSameFigureTwice)
{
    EXPECT_EQ(error_key(""), "error.indicators.empty");
    EXPECT_EQ(error_key("\n\n"), "error.indicators.empty");
    EXPECT_EQ(error_key("ags;stadt;kennzahl\n"), "error.indicators.header_invalid");
    EXPECT_EQ(error_key("official_key,city,indicator,value,year,source\n"), "error.indicators.header_invalid");
    const std::string twice = HEADER + "05913000,Dortmund,rent,6.45,2022,Zensus,\n05913000,Dortmund,rent,6.5,2022,Zensus,\n";
    EXPECT_EQ(error_key(twice), "error.indicators.duplicate");
    auto rows = parse_indicator_csv(twice);
    ASSERT_FALSE(rows.has_value());
    EXPECT_EQ(rows.error().args, (std::vector<std::string>{"3", "rent", "05913000", "2"}));
    EXPECT_TRUE(parse_indicator_csv(HEADER)->empty()) << "a header alone is a valid, empty file";
}

TEST(IndicatorCsv, MatchesRowsToCitiesByOfficialKeyOrFailsListingEveryUnknownKey)
{
    const std::string text = HEADER + "16053000,Jena,rent,7.04,2022,Zensus,\n" +
                             "05111000,Düsseldorf,rent,9.1,2022,Zensus,\n" + "05111000,Düsseldorf,population,1,2022,Zensus,\n" +
                             "01001000,Flensburg,rent,6.96,2022,Zensus,\n";
    auto rows = parse_indicator_csv(text);
    ASSERT_TRUE(rows.has_value());
    const std::vector<City> cities = {city("city-jena", "16053000")};
    auto values = indicator_values_of(*rows, cities, "2026-01-01T00:00:00Z", "Import");
    ASSERT_FALSE(values.has_value());
    EXPECT_EQ(values.error().key, "error.indicators.unknown_cities");
    EXPECT_EQ(values.error().args, (std::vector<std::string>{"05111000 (3), 01001000 (5)"}));
    auto known = indicator_values_of({(*rows)[0]}, cities, "2026-01-01T00:00:00Z", "Import");
    ASSERT_TRUE(known.has_value());
    ASSERT_EQ(known->size(), 1u);
    EXPECT_EQ((*known)[0].city_id, "city-jena");
    EXPECT_EQ((*known)[0].indicator, "rent");
    EXPECT_EQ((*known)[0].updated_by, "Import");
    EXPECT_EQ((*known)[0].updated_at, "2026-01-01T00:00:00Z");
}

TEST(IndicatorCsv, TheShippedMemberFileIsValidAndLeavesHannoversDistrictFiguresOut)
{
    std::ifstream file(std::filesystem::path(RUNDUM_SOURCE_DIR) / "data/open/member-city-indicators.csv",
                       std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    auto rows = parse_indicator_csv(text.str());
    ASSERT_TRUE(rows.has_value()) << rows.error().key << " " << rows.error().args.front();
    EXPECT_EQ(rows->size(), 14u * 7u + 3u);
    std::vector<std::string> hannover;
    for (const IndicatorCsvRow& row : *rows) {
        EXPECT_FALSE(row.source.empty());
        if (row.official_key == "03241001") {
            hannover.push_back(row.indicator);
        }
    }
    EXPECT_EQ(hannover, (std::vector<std::string>{"population", "child_poverty", "rent"}))
        << "Region Hannover's figures are not the city's";
}

TEST(IndicatorCsv, EveryErrorHasAGermanMessage)
{
    auto catalogue = i18n::Catalogue::load("de");
    ASSERT_TRUE(catalogue.has_value());
    for (const char* key : {"not_utf8", "empty", "header_invalid", "quote_open", "quote_stray", "column_count",
                            "official_key_invalid", "unknown_indicator", "value_invalid", "year_invalid",
                            "source_missing", "text_too_long", "duplicate", "unknown_cities"}) {
        EXPECT_TRUE(catalogue->has(std::string("error.indicators.") + key)) << key;
    }
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        for (const char* part : {".name", ".help"}) {
            std::string key = "indicator.";
            key += definition.key;
            key += part;
            EXPECT_TRUE(catalogue->has(key)) << key;
        }
    }
}

} // namespace
} // namespace rundum::format
