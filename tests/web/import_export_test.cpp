// SPDX-License-Identifier: EUPL-1.2
// init, export and import on every backend: round trips, and bad files that change nothing.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <fstream>
#include <sstream>

#include "process.hpp"
#include "test_database.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

std::string read_file(const std::filesystem::path& file)
{
    std::ifstream input(file, std::ios::binary);
    std::stringstream text;
    text << input.rdbuf();
    return text.str();
}

class ImportExportTest : public ::testing::Test {
protected:
    // rundum with the arguments, on this test's database.
    CommandResult rundum(std::vector<std::string> arguments, const TestDatabase* database = nullptr)
    {
        arguments.insert(arguments.begin(), rundum_binary());
        for (const std::string& argument : (database != nullptr ? database : &m_database)->arguments()) {
            arguments.push_back(argument);
        }
        return run_command(arguments);
    }
    std::string data() const { return (m_directory.path() / "data").string(); }
    std::filesystem::path file(const std::string& name) const { return m_directory.path() / name; }
    void init_demo() { ASSERT_EQ(rundum({"init", "--data", data(), "--demo"}).exit_code, 0); }

    TemporaryDirectory m_directory;
    TestDatabase m_database;
};

TEST_F(ImportExportTest, InitWithDemoCreatesAServableDirectory)
{
    auto init = rundum({"init", "--data", data(), "--demo"});
    ASSERT_EQ(init.exit_code, 0) << init.err;
    EXPECT_TRUE(contains(init.err, "Demodaten"));
    auto exported = rundum({"export", "--data", data()});
    ASSERT_EQ(exported.exit_code, 0);
    EXPECT_TRUE(contains(exported.out, "\"name\": \"Nürnberg\""));
}

TEST_F(ImportExportTest, InitRefusesAnExistingDataDirectoryAndKeepsItsData)
{
    init_demo();
    const std::string before = rundum({"export", "--data", data()}).out;
    auto again = rundum({"init", "--data", data()});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_TRUE(contains(again.err, "schon")) << again.err;
    EXPECT_EQ(rundum({"export", "--data", data()}).out, before);
}

TEST_F(ImportExportTest, ExportImportIntoAFreshDirectoryExportsTheSameBytes)
{
    init_demo();
    auto first = rundum({"export", "--data", data()});
    ASSERT_EQ(first.exit_code, 0);
    std::ofstream(file("network.json")) << first.out;
    const std::string fresh = (m_directory.path() / "fresh").string();
    TestDatabase fresh_database;
    ASSERT_EQ(rundum({"init", "--data", fresh}, &fresh_database).exit_code, 0);
    auto imported = rundum({"import", "--data", fresh, file("network.json").string()}, &fresh_database);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto second = rundum({"export", "--data", fresh}, &fresh_database);
    ASSERT_EQ(second.exit_code, 0);
    EXPECT_EQ(second.out, first.out);
    EXPECT_TRUE(contains(first.out, "\"format\": \"rundum-network\""));
    // The demo's meetings, pilot and questions make the trip too (export format 6).
    for (const char* kept : {"\"version\": 6", "\"id\": \"m-2026-fruehjahr-leipzig\"",
                             "\"id\": \"ag-2026-leipzig-kitaausbau\"", "\"id\": \"ai-2026-leipzig-leitfaden\"",
                             "\"slug\": \"willkommen-von-anfang-an\"", "\"id\": \"ms-willkommen-sprachen\"",
                             "\"id\": \"q-essen-neu-zugezogen\"", "\"id\": \"an-magdeburg-nuernberg\""}) {
        EXPECT_TRUE(contains(second.out, kept)) << kept;
    }
    // So does a project contact's consent (the demo names offices, published by name only).
    const boost::json::value exported = boost::json::parse(second.out);
    bool found = false;
    for (const auto& project : exported.at("projects").as_array()) {
        if (project.at("id") == "p-muenchen-babybegruessungspaket") {
            found = true;
            const auto& publish = project.at("contact").at("publish");
            EXPECT_TRUE(publish.at("name").as_bool());
            EXPECT_FALSE(publish.at("email").as_bool());
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(ImportExportTest, AVersionFourFileStillImportsAndLeavesTheMeetingsAsTheyAre)
{
    init_demo();
    boost::json::object network = boost::json::parse(rundum({"export", "--data", data()}).out).as_object();
    network["version"] = 4;
    for (const char* part : {"meetings", "agenda_items", "registrations", "action_items", "pilots", "questions",
                             "answers"}) {
        network.erase(part);
    }
    network["cities"].as_array()[0].as_object()["alliance"] = "Bündnis aus Version 4";
    std::ofstream(file("v4.json")) << boost::json::serialize(network);
    auto imported = rundum({"import", "--data", data(), file("v4.json").string()});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    const std::string after = rundum({"export", "--data", data()}).out;
    EXPECT_TRUE(contains(after, "Bündnis aus Version 4"));
    EXPECT_TRUE(contains(after, "\"id\": \"m-2027-fruehjahr-nuernberg\"")) << "what the file lacks stays";
}

TEST_F(ImportExportTest, AnImportWithADanglingReferenceSaysWhichRecordAndChangesNothing)
{
    init_demo();
    const std::string before = rundum({"export", "--data", data()}).out;
    boost::json::object network = boost::json::parse(before).as_object();
    network["agenda_items"].as_array()[0].as_object()["challenge_slug"] = "gibt-es-nicht";
    network["agenda_items"].as_array()[0].as_object()["kind"] = "herausforderung";
    std::ofstream(file("dangling.json")) << boost::json::serialize(network);
    auto result = rundum({"import", "--data", data(), file("dangling.json").string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(contains(result.err, "Herausforderung „gibt-es-nicht“")) << result.err;
    EXPECT_TRUE(contains(result.err, "nicht importiert")) << result.err;
    EXPECT_EQ(rundum({"export", "--data", data()}).out, before);
}

TEST_F(ImportExportTest, TheDemoFixtureIsExactlyWhatInitDemoStores)
{
    // The demo's figures come from the open-data file (data/open/member-city-indicators.csv), not
    // from the network fixture: the export holds both, everything else exactly as in the fixture.
    init_demo();
    const std::string fixture = read_file(std::filesystem::path(RUNDUM_SOURCE_DIR) / "data/demo/network.json");
    boost::json::value exported = boost::json::parse(rundum({"export", "--data", data()}).out);
    const boost::json::value expected = boost::json::parse(fixture);
    const boost::json::array figures = exported.at("indicators").as_array();
    EXPECT_GE(figures.size(), 100U) << "the member cities' open data is stored by init --demo";
    for (const boost::json::value& figure : figures) {
        EXPECT_EQ(figure.at("updated_by").as_string(), "Import");
        EXPECT_FALSE(figure.at("source").as_string().empty());
    }
    exported.as_object()["indicators"] = expected.at("indicators");
    EXPECT_EQ(exported, expected);
}

TEST_F(ImportExportTest, MalformedImportFilesAreRejectedAndChangeNothing)
{
    init_demo();
    const std::string before = rundum({"export", "--data", data()}).out;
    std::string one_bad_city = before;
    one_bad_city.replace(one_bad_city.find("\"postcode\": \"10409\""), 19, "\"postcode\": \"1040\"");
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"not JSON", "{ this is not json"},
        {"another format", R"({"format":"other","version":1,"cities":[]})"},
        {"missing field", R"({"format":"rundum-network","version":1,"cities":[{"id":"city-x"}]})"},
        {"invalid value in one city", one_bad_city},
    };
    for (const auto& [what, content] : cases) {
        std::ofstream(file("bad.json"), std::ios::trunc) << content;
        auto result = rundum({"import", "--data", data(), file("bad.json").string()});
        EXPECT_EQ(result.exit_code, 1) << what;
        EXPECT_TRUE(contains(result.err, "nicht importiert")) << what << ": " << result.err;
        EXPECT_EQ(rundum({"export", "--data", data()}).out, before) << what;
    }
    auto missing = rundum({"import", "--data", data(), file("nowhere.json").string()});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_TRUE(contains(missing.err, "kann nicht gelesen werden")) << missing.err;
}

TEST_F(ImportExportTest, AnImportThatClashesWithStoredDataChangesNothing)
{
    init_demo();
    const std::string before = rundum({"export", "--data", data()}).out;
    std::ofstream(file("clash.json")) << R"({"format":"rundum-network","version":1,"cities":[
        {"id":"city-new","slug":"berlin","name":"Neu-Berlin","state":"Berlin","official_key":"11000000",
         "location":{"latitude":52.5,"longitude":13.4},"alliance":"","statement":"","address":null,
         "website":"","contacts":[]}]})";
    auto result = rundum({"import", "--data", data(), file("clash.json").string()});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(contains(result.err, "Nichts wurde geändert")) << result.err;
    EXPECT_EQ(rundum({"export", "--data", data()}).out, before);
}

TEST_F(ImportExportTest, ImportUpdatesOnlyTheCitiesInTheFile)
{
    init_demo();
    std::ofstream(file("one.json")) << R"({"format":"rundum-network","version":1,"cities":[
        {"id":"city-essen","slug":"essen","name":"Essen","state":"Nordrhein-Westfalen","official_key":"05113000",
         "location":{"latitude":51.455843,"longitude":7.012583},"alliance":"Essener Bündnis für Familie",
         "statement":"","address":null,"website":"https://www.essen.de","contacts":[
         {"id":"contact-essen-1","name":"Erika Muster","role":"Koordination"}]}]})";
    auto result = rundum({"import", "--data", data(), file("one.json").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string after = rundum({"export", "--data", data()}).out;
    EXPECT_TRUE(contains(after, "Essener Bündnis für Familie"));
    EXPECT_TRUE(contains(after, "Gabriele Schmitz")); // Berlin untouched
}

} // namespace
} // namespace rundum::testing
