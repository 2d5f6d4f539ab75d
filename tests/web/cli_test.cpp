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

} // namespace
} // namespace rundum::testing
