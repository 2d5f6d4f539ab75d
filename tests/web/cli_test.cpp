// The command line: help, clear German errors with exit codes, and export/import round trips.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <boost/asio.hpp>

#include "process.hpp"

namespace rundum::testing {
namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::string read_file(const std::filesystem::path& file)
{
    std::ifstream input(file, std::ios::binary);
    std::stringstream text;
    text << input.rdbuf();
    return text.str();
}

CommandResult rundum(std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), rundum_binary());
    return run_command(arguments);
}

class CliTest : public ::testing::Test {
protected:
    std::string data() const { return (m_directory.path() / "data").string(); }
    std::filesystem::path file(const std::string& name) const { return m_directory.path() / name; }
    void init_demo() { ASSERT_EQ(rundum({"init", "--data", data(), "--demo"}).exit_code, 0); }

    TemporaryDirectory m_directory;
};

TEST_F(CliTest, EverySubcommandHasGermanHelp)
{
    for (const char* command : {"init", "serve", "export", "import"}) {
        auto help = rundum({command, "--help"});
        EXPECT_EQ(help.exit_code, 0) << command;
        EXPECT_TRUE(contains(help.out, "--data")) << command;
        EXPECT_TRUE(contains(help.out, "Datenverzeichnis")) << command;
    }
    auto top = rundum({"--help"});
    EXPECT_EQ(top.exit_code, 0);
    EXPECT_TRUE(contains(top.out, "import"));
}

TEST_F(CliTest, BadArgumentsExitWithUsageErrorInGerman)
{
    for (std::vector<std::string> arguments :
         {std::vector<std::string>{}, {"fly"}, {"init"}, {"serve", "--data"}, {"import", "--data", "x"}}) {
        auto result = rundum(arguments);
        EXPECT_EQ(result.exit_code, 2);
        EXPECT_TRUE(contains(result.err, "Ungültiger Aufruf")) << result.err;
    }
}

TEST_F(CliTest, InitWithDemoCreatesAServableDirectory)
{
    auto init = rundum({"init", "--data", data(), "--demo"});
    ASSERT_EQ(init.exit_code, 0) << init.err;
    EXPECT_TRUE(contains(init.err, "Demodaten"));
    auto exported = rundum({"export", "--data", data()});
    ASSERT_EQ(exported.exit_code, 0);
    EXPECT_TRUE(contains(exported.out, "\"name\": \"Nürnberg\""));
}

TEST_F(CliTest, InitRefusesAnExistingDataDirectoryAndKeepsItsData)
{
    init_demo();
    const std::string before = rundum({"export", "--data", data()}).out;
    auto again = rundum({"init", "--data", data()});
    EXPECT_EQ(again.exit_code, 1);
    EXPECT_TRUE(contains(again.err, "schon eine Datenbank")) << again.err;
    EXPECT_EQ(rundum({"export", "--data", data()}).out, before);
}

TEST_F(CliTest, CommandsOnAMissingDataDirectoryFailClearlyAndCreateNothing)
{
    for (const char* command : {"serve", "export"}) {
        auto result = rundum({command, "--data", data()});
        EXPECT_EQ(result.exit_code, 1) << command;
        EXPECT_TRUE(contains(result.err, "gibt es nicht")) << result.err;
        EXPECT_TRUE(contains(result.err, "rundum init")) << result.err;
    }
    EXPECT_FALSE(std::filesystem::exists(data()));
}

TEST_F(CliTest, ACorruptDatabaseFailsClearlyAndStaysAsItWas)
{
    std::filesystem::create_directories(data());
    const auto database = std::filesystem::path(data()) / "rundum.sqlite3";
    std::ofstream(database) << std::string(4096, '#');
    for (const char* command : {"serve", "export"}) {
        auto result = rundum({command, "--data", data()});
        EXPECT_EQ(result.exit_code, 1) << command;
        EXPECT_TRUE(contains(result.err, "beschädigt")) << result.err;
    }
    EXPECT_EQ(read_file(database), std::string(4096, '#'));
}

TEST_F(CliTest, ServeOnAPortInUseFailsClearly)
{
    init_demo();
    boost::asio::io_context io;
    boost::asio::ip::tcp::acceptor taken(
        io, boost::asio::ip::tcp::endpoint(boost::asio::ip::make_address("127.0.0.1"), 0));
    const auto port = std::to_string(taken.local_endpoint().port());
    auto result = rundum({"serve", "--data", data(), "--listen", "127.0.0.1:" + port});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_TRUE(contains(result.err, "schon belegt")) << result.err;
}

TEST_F(CliTest, ServeRefusesAMalformedListenAddress)
{
    init_demo();
    for (const char* listen : {"8080", "localhost:", "127.0.0.1:99999", "127.0.0.1:80a"}) {
        auto result = rundum({"serve", "--data", data(), "--listen", listen});
        EXPECT_EQ(result.exit_code, 2) << listen;
        EXPECT_TRUE(contains(result.err, "keine gültige Adresse")) << result.err;
    }
}

TEST_F(CliTest, ExportImportIntoAFreshDirectoryExportsTheSameBytes)
{
    init_demo();
    auto first = rundum({"export", "--data", data()});
    ASSERT_EQ(first.exit_code, 0);
    std::ofstream(file("network.json")) << first.out;
    const std::string fresh = (m_directory.path() / "fresh").string();
    ASSERT_EQ(rundum({"init", "--data", fresh}).exit_code, 0);
    auto imported = rundum({"import", "--data", fresh, file("network.json").string()});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    auto second = rundum({"export", "--data", fresh});
    ASSERT_EQ(second.exit_code, 0);
    EXPECT_EQ(second.out, first.out);
    EXPECT_TRUE(contains(first.out, "\"format\": \"rundum-network\""));
}

TEST_F(CliTest, TheDemoFixtureIsExactlyWhatInitDemoStores)
{
    init_demo();
    EXPECT_EQ(rundum({"export", "--data", data()}).out,
              read_file(std::filesystem::path(RUNDUM_SOURCE_DIR) / "data/demo/network.json"));
}

TEST_F(CliTest, MalformedImportFilesAreRejectedAndChangeNothing)
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

TEST_F(CliTest, AnImportThatClashesWithStoredDataChangesNothing)
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

TEST_F(CliTest, ImportUpdatesOnlyTheCitiesInTheFile)
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
