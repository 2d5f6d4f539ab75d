// SPDX-License-Identifier: EUPL-1.2
// The command line: help, clear German errors with exit codes, and export/import round trips.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include <boost/asio.hpp>

#include "process.hpp"
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

TEST_F(CliTest, InitDemoStoresTheMemberCitiesOpenDataIndicators)
{
    init_demo();
    ServerProcess server(data());
    auto jena = http_get(server.port(), "/staedte/jena/kennzahlen");
    EXPECT_EQ(jena.status, 200);
    EXPECT_TRUE(contains(jena.body, "110.369"));
    EXPECT_TRUE(contains(jena.body, "Zensus 2022, Statistische Ämter des Bundes und der Länder"));
    EXPECT_FALSE(contains(jena.body, ">fehlt<"));
    EXPECT_TRUE(contains(http_get(server.port(), "/staedte/hannover/kennzahlen").body, ">fehlt<"));
}

TEST_F(CliTest, ImportIndicatorsStoresAWholeFileOrNothingAndSaysWhy)
{
    init_demo();
    auto help = rundum({"import-indicators", "--help"});
    EXPECT_EQ(help.exit_code, 0);
    EXPECT_TRUE(contains(help.out, "Gemeindeschlüssel")) << help.out;

    const std::string header = "official_key,city,indicator,value,year,source,note\n";
    std::ofstream(file("unknown.csv")) << header << "16053000,Jena,rent,1.23,2024,Stadt Jena,\n"
                                       << "05111000,Düsseldorf,rent,9.1,2022,Zensus,\n";
    auto unknown = rundum({"import-indicators", "--data", data(), file("unknown.csv").string()});
    EXPECT_EQ(unknown.exit_code, 1);
    EXPECT_TRUE(contains(unknown.err, "05111000 (3)")) << unknown.err;
    EXPECT_TRUE(contains(unknown.err, "nichts geändert")) << unknown.err;

    std::ofstream(file("bad.csv")) << header << "16053000,Jena,rent,\"1,23\",2024,Stadt Jena,\n";
    auto bad = rundum({"import-indicators", "--data", data(), file("bad.csv").string()});
    EXPECT_EQ(bad.exit_code, 1);
    EXPECT_TRUE(contains(bad.err, "Zeile 2: „1,23“ ist kein möglicher Wert")) << bad.err;

    auto missing = rundum({"import-indicators", "--data", data(), file("nirgends.csv").string()});
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_TRUE(contains(missing.err, "kann nicht gelesen werden")) << missing.err;
    {
        ServerProcess server(data());
        EXPECT_FALSE(contains(http_get(server.port(), "/staedte/jena/kennzahlen").body, "1,23"))
            << "a refused file stores none of its rows";
    }

    std::ofstream(file("good.csv")) << "\xEF\xBB\xBF" << header << "16053000,Jena,rent,8.5,2024,Stadt Jena,\n"
                                    << "03241001,Hannover,asking_rent,9.85,2023,\"Landeshauptstadt Hannover, "
                                       "Wohnungsmarktbericht\",Stadtgebiet\n";
    auto good = rundum({"import-indicators", "--data", data(), file("good.csv").string()});
    EXPECT_EQ(good.exit_code, 0) << good.err;
    EXPECT_TRUE(contains(good.err, "2 Kennzahlen gespeichert.")) << good.err;
    ServerProcess server(data());
    auto jena = http_get(server.port(), "/staedte/jena/kennzahlen").body;
    EXPECT_TRUE(contains(jena, "8,50\u00A0€/m²"));
    EXPECT_TRUE(contains(jena, "Stadt Jena"));
    EXPECT_TRUE(contains(jena, "110.369")) << "figures the file does not name stay";
    auto hannover = http_get(server.port(), "/staedte/hannover/kennzahlen").body;
    EXPECT_TRUE(contains(hannover, "Landeshauptstadt Hannover, Wohnungsmarktbericht"));
    EXPECT_TRUE(contains(hannover, "Stadtgebiet"));
}

TEST_F(CliTest, ImportRefusesAFileOver64MegabytesByItsSizeBeforeReadingIt)
{
    init_demo();
    const CommandResult before = rundum({"export", "--data", data()});
    ASSERT_EQ(before.exit_code, 0);
    // 500 MB without taking the disk space: a sparse file of zeros. Read and parsed, it would be
    // refused as no JSON, after using far more memory than its size.
    std::ofstream(file("gross.json")).close();
    std::filesystem::resize_file(file("gross.json"), std::uintmax_t{500} * 1024 * 1024);
    for (const char* command : {"import", "import-indicators"}) {
        const CommandResult refused = rundum({command, "--data", data(), file("gross.json").string()});
        EXPECT_EQ(refused.exit_code, 1) << command;
        EXPECT_TRUE(contains(refused.err, "ist größer als 64 MB und wird deshalb nicht gelesen")) << refused.err;
        EXPECT_FALSE(contains(refused.err, "kein gültiges JSON")) << "refused by its size, not by its content";
    }
    EXPECT_EQ(rundum({"export", "--data", data()}).out, before.out) << "nothing changed";

    // Just over the limit is refused too; a file within it is read (and here refused as no JSON).
    std::filesystem::resize_file(file("gross.json"), std::uintmax_t{64} * 1024 * 1024 + 1);
    EXPECT_TRUE(contains(rundum({"import", "--data", data(), file("gross.json").string()}).err, "größer als 64 MB"));
    std::ofstream(file("klein.json")) << "kein json";
    EXPECT_TRUE(contains(rundum({"import", "--data", data(), file("klein.json").string()}).err, "kein gültiges JSON"));
}


TEST_F(CliTest, ServeSaysWhyItCannotListenOrReadTheMailPassword)
{
    init_demo();
    auto named = rundum({"serve", "--data", data(), "--listen", "nirgendwo:8080"});
    EXPECT_NE(named.exit_code, 0);
    EXPECT_TRUE(contains(named.err, "„nirgendwo“ ist keine gültige IP-Adresse.")) << named.err;
    // 192.0.2.1 is a documentation address (RFC 5737): no machine has it, so binding fails.
    auto foreign = rundum({"serve", "--data", data(), "--listen", "192.0.2.1:8080"});
    EXPECT_NE(foreign.exit_code, 0);
    EXPECT_TRUE(contains(foreign.err, "Auf 192.0.2.1:8080 kann nicht gelauscht werden")) << foreign.err;
    const std::string missing = file("fehlt.txt").string();
    auto mail = rundum({"serve", "--data", data(), "--smtp", "smtp://127.0.0.1:1", "--smtp-password-file", missing});
    EXPECT_NE(mail.exit_code, 0);
    EXPECT_TRUE(contains(mail.err, "Die Passwortdatei „" + missing + "“ für den Mailserver kann nicht gelesen werden."))
        << mail.err;
}

TEST_F(CliTest, InitRefusesADataDirectoryThatIsAFileOrCannotBeMade)
{
    const std::string plain = file("datei").string();
    std::ofstream(plain) << "kein Verzeichnis";
    auto on_file = rundum({"init", "--data", plain});
    EXPECT_NE(on_file.exit_code, 0);
    EXPECT_TRUE(contains(on_file.err, "„" + plain + "“ ist eine Datei, kein Verzeichnis.")) << on_file.err;
    auto below_file = rundum({"init", "--data", plain + "/daten"});
    EXPECT_NE(below_file.exit_code, 0);
    EXPECT_TRUE(contains(below_file.err, "Das Datenverzeichnis „" + plain + "/daten“ kann nicht angelegt werden."))
        << below_file.err;
}

} // namespace
} // namespace rundum::testing
