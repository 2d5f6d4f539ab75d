// SPDX-License-Identifier: EUPL-1.2
// FileTransport: one readable .eml per message, names that sort by time, no half-written files.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "mail/file_transport.hpp"
#include "smtp_receiver.hpp"

namespace rundum::mail {
namespace {

namespace fs = std::filesystem;
using testing::body_of;
using testing::decode_header_value;
using testing::decode_quoted_printable;
using testing::raw_header;

class MailFileTransport : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_root = fs::temp_directory_path() /
                 ("rundum-mail-" + std::to_string(::getpid()) + "-" + info->name());
        fs::remove_all(m_root);
    }
    void TearDown() override { fs::remove_all(m_root); }

    // Names of all files in the directory, sorted.
    static std::vector<std::string> files_in(const fs::path& directory)
    {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(directory)) {
            names.push_back(entry.path().filename().string());
        }
        std::sort(names.begin(), names.end());
        return names;
    }

    static std::string read(const fs::path& path)
    {
        std::ifstream file(path, std::ios::binary);
        std::stringstream text;
        text << file.rdbuf();
        return text.str();
    }

    fs::path m_root;
};

MailMessage numbered(int number)
{
    return MailMessage{"jena@example.org", "anna@example.org",
                       "Grüße aus München – Nachricht " + std::to_string(number),
                       "Nachricht Nummer " + std::to_string(number) + "\n", ""};
}

TEST_F(MailFileTransport, WritesOneReadableEmlPerMessageIntoCreatedDirectory)
{
    const auto directory = m_root / "outbox" / "mail";
    FileTransport transport(directory);
    for (int i = 0; i < 3; ++i) {
        const auto sent = transport.send(numbered(i));
        ASSERT_TRUE(sent.has_value()) << sent.error().detail;
    }
    const auto names = files_in(directory);
    ASSERT_EQ(names.size(), 3U);
    for (std::size_t i = 0; i < names.size(); ++i) {
        EXPECT_TRUE(names[i].ends_with(".eml")) << names[i];
        const auto text = read(directory / names[i]);
        EXPECT_EQ(decode_header_value(raw_header(text, "Subject")),
                  "Grüße aus München – Nachricht " + std::to_string(i));
        EXPECT_EQ(decode_quoted_printable(body_of(text)),
                  "Nachricht Nummer " + std::to_string(i) + "\r\n");
    }
}

TEST_F(MailFileTransport, NamesSortInSendingOrderAndNoTemporaryFileRemains)
{
    FileTransport transport(m_root);
    constexpr int COUNT = 60; // many within one clock tick: the order must still hold
    for (int i = 0; i < COUNT; ++i) {
        ASSERT_TRUE(transport.send(numbered(i)).has_value());
    }
    const auto names = files_in(m_root); // hidden temporary files would show up here too
    ASSERT_EQ(names.size(), static_cast<std::size_t>(COUNT));
    for (int i = 0; i < COUNT; ++i) {
        const auto& name = names[static_cast<std::size_t>(i)];
        EXPECT_TRUE(name.ends_with(".eml")) << name;
        EXPECT_FALSE(name.starts_with(".")) << name;
        EXPECT_EQ(decode_header_value(raw_header(read(m_root / name), "Subject")),
                  "Grüße aus München – Nachricht " + std::to_string(i));
    }
}

TEST_F(MailFileTransport, SeveralTransportsAndThreadsOnOneDirectoryNeverOverwrite)
{
    FileTransport first(m_root);
    FileTransport second(m_root);
    std::vector<std::thread> threads;
    threads.reserve(4);
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            auto& transport = t % 2 == 0 ? first : second;
            for (int i = 0; i < 25; ++i) {
                EXPECT_TRUE(transport.send(numbered(t * 100 + i)).has_value());
            }
        });
    }
    for (auto& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(files_in(m_root).size(), 100U);
}

TEST_F(MailFileTransport, FilesAreReadableOnlyByTheOwnerBecauseTheyHoldLinks)
{
    FileTransport transport(m_root);
    ASSERT_TRUE(transport.send(numbered(1)).has_value());
    const auto names = files_in(m_root);
    ASSERT_EQ(names.size(), 1U);
    const auto permissions = fs::status(m_root / names.front()).permissions();
    EXPECT_EQ(permissions & (fs::perms::group_all | fs::perms::others_all), fs::perms::none);
}

TEST_F(MailFileTransport, DirectoryBlockedByAFileGivesUnavailable)
{
    fs::create_directories(m_root);
    std::ofstream(m_root / "not-a-directory") << "x";
    FileTransport transport(m_root / "not-a-directory");
    const auto sent = transport.send(numbered(1));
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(sent.error().key, "error.mail.cannot_write");
}

TEST_F(MailFileTransport, InvalidMessageWritesNoFile)
{
    FileTransport transport(m_root);
    auto message = numbered(1);
    message.to = "anna@example.org\r\nBcc: alle@example.org";
    const auto sent = transport.send(message);
    ASSERT_FALSE(sent.has_value());
    EXPECT_EQ(sent.error().key, "error.mail.invalid_header");
    EXPECT_TRUE(!fs::exists(m_root) || files_in(m_root).empty());
}

TEST_F(MailFileTransport, AnErasedMembersMailFilesAreRemovedAndOthersStay)
{
    const auto directory = m_root / "outbox";
    EXPECT_EQ(remove_mail_files_to(directory, "anna@example.org").value(), 0U) << "no directory, no files";
    FileTransport transport(directory);
    ASSERT_TRUE(transport.send(numbered(1)).has_value()); // to anna@example.org
    MailMessage named = numbered(2);
    named.to = "Anna Beispiel-Müller mit einem sehr langen Namen, der umbricht <Anna@Example.org>";
    ASSERT_TRUE(transport.send(named).has_value());
    MailMessage other = numbered(3);
    other.to = "bert@example.org";
    other.body_text = "Anna hat geschrieben: anna@example.org\n"; // named in the text, not the recipient
    ASSERT_TRUE(transport.send(other).has_value());
    std::ofstream(directory / "notiz.txt") << "To: anna@example.org\r\n\r\n";
    ASSERT_EQ(files_in(directory).size(), 4U);

    EXPECT_EQ(remove_mail_files_to(directory, "ANNA@example.org").value(), 2U);
    const auto left = files_in(directory);
    ASSERT_EQ(left.size(), 2U);
    EXPECT_EQ(raw_header(read(directory / left[0]), "To"), "bert@example.org");
    EXPECT_EQ(left[1], "notiz.txt") << "only .eml files are mail";
}

} // namespace
} // namespace rundum::mail
