// SPDX-License-Identifier: EUPL-1.2
// Deleting an account over HTTP, on every backend: the account page says beforehand what stays
// and what goes; afterwards the member's mail files are gone from the outbox (another's stay) and
// their question is signed by the pseudonym.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "demo_site.hpp"
#include "http_session.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Kita-Ausbau in Jena geht voran";
const std::string LEAVER = "anna.geht@essen.example";
const std::string LEAVER_NAME = "Anna Gehtweg";

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::size_t mails_naming(const DemoSite& site, const std::string& address)
{
    std::size_t count = 0;
    for (const std::string& mail : site.outbox_mails()) {
        count += contains(lowered(mail), lowered(address)) ? 1 : 0;
    }
    return count;
}

// Whether a file of the directory holds the text, in any case ("Quarzsand" or "quarzsand").
bool files_hold(const std::filesystem::path& directory, const std::string& text)
{
    for (const auto& entry : std::filesystem::recursive_directory_iterator(directory)) {
        if (entry.is_regular_file()) {
            std::ifstream in(entry.path(), std::ios::binary);
            const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            if (contains(lowered(content), lowered(text))) {
                return true;
            }
        }
    }
    return false;
}

void write_file(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

TEST(Erasure, DeletingAnAccountSaysWhatStaysAndLeavesNoMailFileOrName)
{
    DemoSite site({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE});
    ASSERT_EQ(site.problems(), "") << "the demo site did not start";
    const std::string link =
        site.rundum({"user", "add", "--data", site.data(), "--coordinator", LEAVER, "--city", "essen"}).out;
    HttpSession leaver(site.port());
    ASSERT_EQ(leaver.set_password(path_of(link), LEAVER_NAME, PASSPHRASE).status, 303);
    // Mail to them in the outbox (`user add` prints its link and mails nothing): one plain, one
    // with a display name and the address in capitals; and one to someone else.
    const std::filesystem::path outbox = std::filesystem::path(site.data()) / "outbox";
    std::filesystem::create_directories(outbox);
    write_file(outbox / "20260101T000000.000000Z-1-000000.eml",
               "From: rundum@netzwerk.example\r\nTo: " + LEAVER + "\r\nSubject: Willkommen\r\n\r\nHallo\r\n");
    write_file(outbox / "20260101T000000.000000Z-1-000001.eml",
               "From: rundum@netzwerk.example\r\nTo: Anna Gehtweg\r\n <ANNA.GEHT@essen.example>\r\n"
               "Subject: Neu\r\n\r\nHallo\r\n");
    write_file(outbox / "20260101T000000.000000Z-1-000002.eml",
               "From: rundum@netzwerk.example\r\nTo: jemand@jena.example\r\nSubject: Neu\r\n\r\nHallo\r\n");
    ASSERT_EQ(mails_naming(site, LEAVER), 2U);
    // A question they ask stays for the network.
    HttpAnswer asked = leaver.post("/fragen/neu", {{"title", "Wer kennt Nachbarschaftsläden?"}, {"body", "Gerne kurz."}});
    ASSERT_EQ(asked.status, 303) << asked.body.substr(0, 800);
    const std::string question = asked.header("Location").substr(0, asked.header("Location").find('?'));

    // A question they deleted again: Xapian keeps its words in the index files.
    HttpAnswer second = leaver.post("/fragen/neu", {{"title", "Wer hat Quarzsandkisten?"}, {"body", ""}});
    ASSERT_EQ(second.status, 303);
    const std::string deleted = second.header("Location").substr(0, second.header("Location").find('?'));
    EXPECT_TRUE(contains(leaver.get("/suche?q=Quarzsandkisten").body, deleted)) << "indexed";
    ASSERT_EQ(leaver.post(deleted + "/loeschen", {{"confirm", "ja"}}).status, 303);
    EXPECT_FALSE(contains(leaver.get("/suche?q=Quarzsandkisten").body, deleted)) << "no longer found";
    const std::filesystem::path index = std::filesystem::path(site.data()) / "search-index";
    ASSERT_TRUE(files_hold(index, "quarzsandkist")) << "but still in the files";

    // Beforehand, the account page says what goes, what stays and under which name.
    HttpAnswer account = leaver.get("/konto");
    ASSERT_EQ(account.status, 200);
    EXPECT_TRUE(contains(account.body, "Gelöscht werden:"));
    EXPECT_TRUE(contains(account.body, "Bleiben, aber ohne Ihren Namen"));
    EXPECT_TRUE(contains(account.body, "<strong>ein ehemaliges Mitglied (Essen)</strong>"));
    EXPECT_TRUE(contains(account.body, "Warum:"));

    EXPECT_EQ(leaver.post("/konto/loeschen", {{"confirm", "ja"}}).status, 303);

    EXPECT_EQ(mails_naming(site, LEAVER), 0U) << "no mail file to them is left";
    EXPECT_TRUE(std::filesystem::exists(outbox / "20260101T000000.000000Z-1-000002.eml")) << "another's stays";
    // The server compacts its index in the background (bounded wait).
    for (int i = 0; i < 300 && files_hold(index, "quarzsandkist"); ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_FALSE(files_hold(index, "quarzsandkist")) << "the deleted question's words are gone from the index files";
    HttpAnswer page = site.signed_in(JENA_EMAIL).get(question);
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Wer kennt Nachbarschaftsläden?"));
    EXPECT_TRUE(contains(page.body, "ein ehemaliges Mitglied (Essen)"));
    EXPECT_FALSE(contains(page.body, LEAVER_NAME));
    // The audit log the admins read names no one either.
    HttpAnswer admin = site.signed_in(ADMIN_EMAIL).get("/verwaltung");
    ASSERT_EQ(admin.status, 200);
    EXPECT_FALSE(contains(lowered(admin.body), LEAVER));
    EXPECT_FALSE(contains(admin.body, LEAVER_NAME));
    EXPECT_TRUE(contains(admin.body, "ein ehemaliges Mitglied (Essen)")) << "what they did stays, under the pseudonym";
}

} // namespace
} // namespace rundum::testing
