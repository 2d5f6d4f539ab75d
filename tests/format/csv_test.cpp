// SPDX-License-Identifier: EUPL-1.2
// CSV as German Excel opens it: byte order mark, semicolons, CRLF, RFC 4180 quoting, and no cell
// that Excel would run as a formula.
#include <gtest/gtest.h>

#include <string>

#include "format/csv.hpp"

namespace rundum::format {
namespace {

using namespace std::string_literals;

TEST(Csv, StartsWithAByteOrderMarkAndSeparatesWithSemicolonsAndCrlf)
{
    const Table table{{"Stadt", "Bündnis"}, {{"Jena", "Bündnis für Familie"}, {"Köln", ""}}, ""};
    EXPECT_EQ(write_csv(table), "\xEF\xBB\xBF"
                                "Stadt;Bündnis\r\n"
                                "Jena;Bündnis für Familie\r\n"
                                "Köln;\r\n");
}

TEST(Csv, WritesNoHeaderLineForAnEmptyHeader)
{
    const Table table{{}, {{"a", "b"}}, ""};
    EXPECT_EQ(write_csv(table), "\xEF\xBB\xBF"
                                "a;b\r\n");
    EXPECT_EQ(write_csv(Table{}), "\xEF\xBB\xBF");
}

TEST(Csv, QuotesCellsWithSemicolonsQuotesAndLineBreaks)
{
    EXPECT_EQ(csv_cell("a;b"), "\"a;b\"");
    EXPECT_EQ(csv_cell("Das \"Haus\""), "\"Das \"\"Haus\"\"\"");
    EXPECT_EQ(csv_cell("Zeile 1\nZeile 2"), "\"Zeile 1\nZeile 2\"");
    EXPECT_EQ(csv_cell("Zeile 1\r\nZeile 2"), "\"Zeile 1\r\nZeile 2\"");
    EXPECT_EQ(csv_cell("1,5"), "1,5"); // the comma is no separator here
    EXPECT_EQ(csv_cell("plain text"), "plain text");
    EXPECT_EQ(csv_cell(""), "");
}

TEST(Csv, GuardsCellsThatStartLikeAFormula)
{
    EXPECT_EQ(csv_cell("=1+1"), "'=1+1");
    EXPECT_EQ(csv_cell("+SUM(A1:A9)"), "'+SUM(A1:A9)");
    EXPECT_EQ(csv_cell("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
    EXPECT_EQ(csv_cell("@SUM(1)"), "'@SUM(1)");
    EXPECT_EQ(csv_cell("\t=1"), "'\t=1");
    EXPECT_EQ(csv_cell("\r=1"), "\"'\r=1\"");
    EXPECT_EQ(csv_cell("-"), "'-");
    EXPECT_EQ(csv_cell("a=1"), "a=1"); // only the first character matters to Excel
}

TEST(Csv, QuotesAGuardedCellLikeAnyOther)
{
    EXPECT_EQ(csv_cell("=HYPERLINK(\"http://x\";\"y\")"),
              "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
}

TEST(Csv, LeavesPlainSignedNumbersAsNumbers)
{
    EXPECT_EQ(csv_cell("-5"), "-5");
    EXPECT_EQ(csv_cell("+3,25"), "+3,25");
    EXPECT_EQ(csv_cell("-1.234,5"), "-1.234,5");
    EXPECT_EQ(csv_cell("-5e3"), "'-5e3");
    EXPECT_EQ(csv_cell("+49 30 1234"), "'+49 30 1234");
}

TEST(Csv, WritesRowsOfDifferentLengthsAsTheyAre)
{
    const Table table{{"a", "b", "c"}, {{"1"}, {"1", "2", "3", "4"}}, ""};
    EXPECT_EQ(write_csv(table), "\xEF\xBB\xBF"
                                "a;b;c\r\n1\r\n1;2;3;4\r\n");
}

} // namespace
} // namespace rundum::format
