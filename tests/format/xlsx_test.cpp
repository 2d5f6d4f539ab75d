// SPDX-License-Identifier: EUPL-1.2
// .xlsx exports: a ZIP package with the worksheet and shared strings parts, sheet names Excel
// accepts, large tables, and refusal of tables beyond Excel's limits. The parts' XML is deflated,
// so what is inside (cells as shared strings, "=1+1" as text, the frozen pane, the autofilter,
// the widths) was checked by hand with Python's zipfile, not here.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>

#include <filesystem>
#include <string>

#include "format/xlsx.hpp"

namespace rundum::format {
namespace {

using namespace std::string_literals;

Table projects()
{
    return Table{{"Stadt", "Projekt", "Formel"},
                 {{"Jena", "Familienzentrum Lobeda", "=1+1"},
                  {"München", "Ferienpass \"Sommer\"", "@SUM(A1)"},
                  {"Köln", "", "-5"}},
                 "Projekte"};
}

/// Names stored in the ZIP's local and central headers are plain text, so a part's name shows
/// in the bytes even though its content is deflated.
bool has_part(const std::string& bytes, const std::string& name)
{
    return bytes.find(name) != std::string::npos;
}

std::size_t temporary_files()
{
    std::size_t found = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::filesystem::temp_directory_path())) {
        found += entry.path().filename().string().starts_with("rundum-xlsx-") ? 1 : 0;
    }
    return found;
}

TEST(Xlsx, WritesAZipPackageWithSheetAndSharedStrings)
{
    const auto bytes = write_xlsx(projects());
    ASSERT_TRUE(bytes) << bytes.error().detail;
    EXPECT_TRUE(bytes->starts_with("PK\x03\x04"));
    EXPECT_GT(bytes->size(), 1000U);
    EXPECT_TRUE(has_part(*bytes, "[Content_Types].xml"));
    EXPECT_TRUE(has_part(*bytes, "xl/workbook.xml"));
    EXPECT_TRUE(has_part(*bytes, "xl/worksheets/sheet1.xml"));
    EXPECT_TRUE(has_part(*bytes, "xl/sharedStrings.xml"));
    EXPECT_TRUE(has_part(*bytes, "xl/styles.xml"));
    // The end of central directory record closes the file.
    EXPECT_EQ(bytes->substr(bytes->size() - 22, 4), "PK\x05\x06"s);
}

TEST(Xlsx, LeavesNoTemporaryFileBehind)
{
    // A directory of this test's own: other tests running at the same time write workbooks too.
    const std::filesystem::path own = std::filesystem::temp_directory_path() /
                                      ("rundum-xlsx-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(own);
    const std::string previous = std::getenv("TMPDIR") != nullptr ? std::getenv("TMPDIR") : "";
    ::setenv("TMPDIR", own.c_str(), 1);
    ASSERT_EQ(std::filesystem::temp_directory_path(), own);
    EXPECT_EQ(temporary_files(), 0U);
    ASSERT_TRUE(write_xlsx(projects()));
    EXPECT_EQ(temporary_files(), 0U);
    EXPECT_TRUE(std::filesystem::is_empty(own));
    if (previous.empty()) {
        ::unsetenv("TMPDIR");
    } else {
        ::setenv("TMPDIR", previous.c_str(), 1);
    }
    std::filesystem::remove_all(own);
}

TEST(Xlsx, WritesTenThousandRows)
{
    Table table{{"Nr", "Text"}, {}, "Viele"};
    for (int i = 0; i < 10'000; ++i) {
        table.rows.push_back({std::to_string(i), "Zeile " + std::to_string(i) + " mit Ümläuten"});
    }
    const auto bytes = write_xlsx(table);
    ASSERT_TRUE(bytes) << bytes.error().detail;
    EXPECT_TRUE(bytes->starts_with("PK\x03\x04"));
    EXPECT_GT(bytes->size(), 50'000U);
}

TEST(Xlsx, WritesATableWithoutHeaderOrRows)
{
    EXPECT_TRUE(write_xlsx(Table{}));
    EXPECT_TRUE(write_xlsx(Table{{"Nur Kopf"}, {}, ""}));
    EXPECT_TRUE(write_xlsx(Table{{}, {{"ohne Kopf"}}, ""}));
}

TEST(Xlsx, SurvivesBrokenUtf8ControlCharactersAndOverlongCells)
{
    const Table table{{"A"},
                      {{"Gr\xFC\xDF"
                        "e"},
                       {"a\x01"
                        "b\x1F"},
                       {std::string(40'000, 'x')}},
                      ""};
    const auto bytes = write_xlsx(table);
    ASSERT_TRUE(bytes) << bytes.error().detail;
}

TEST(Xlsx, RefusesMoreRowsThanExcelHas)
{
    Table table{
        {"A"}, std::vector<std::vector<std::string>>(1'048'576, std::vector<std::string>{}), ""};
    const auto bytes = write_xlsx(table);
    ASSERT_FALSE(bytes);
    EXPECT_EQ(bytes.error().code, ErrorCode::Internal);
    EXPECT_EQ(bytes.error().key, "error.export.failed");
    EXPECT_FALSE(bytes.error().detail.empty());
}

TEST(SheetName, DropsCharactersExcelForbidsAndCutsAt31Characters)
{
    EXPECT_EQ(sheet_name("Projekte [2024]: A/B\\C*?"), "Projekte 2024 ABC");
    EXPECT_EQ(sheet_name("'Zitat'"), "Zitat");
    EXPECT_EQ(sheet_name(std::string(40, 'a')), std::string(31, 'a'));
    // 31 umlauts are 62 bytes but 31 characters: kept whole, never cut inside one.
    std::string umlauts;
    for (int i = 0; i < 40; ++i) {
        umlauts += "ü";
    }
    std::string expected;
    for (int i = 0; i < 31; ++i) {
        expected += "ü";
    }
    EXPECT_EQ(sheet_name(umlauts), expected);
    EXPECT_EQ(sheet_name(std::string(30, 'a') + " b"), std::string(30, 'a')); // no blank at the end
}

TEST(SheetName, FallsBackToTabelle1AndAvoidsHistory)
{
    EXPECT_EQ(sheet_name(""), "Tabelle1");
    EXPECT_EQ(sheet_name("[]:*?/\\"), "Tabelle1");
    EXPECT_EQ(sheet_name("history"), "history 1");
}

TEST(Xlsx, AcceptsEveryBadSheetName)
{
    const std::vector<std::string> names{
        "", "History", "a[b]", "'x'", std::string(100, 'z'), "\xFF\xFE", "Straße/Weg"};
    for (const std::string& name : names) {
        Table table = projects();
        table.sheet_name = name;
        EXPECT_TRUE(write_xlsx(table)) << name;
    }
}

} // namespace
} // namespace rundum::format
