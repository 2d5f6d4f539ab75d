// SPDX-License-Identifier: EUPL-1.2
// Setting up the demo site the way an operator would: init, user add, serve, one-time links.
#include "demo_site.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace rundum::testing {

DemoSite::DemoSite(DemoMembers members, std::vector<std::string> server_arguments) : m_members(std::move(members))
{
    // Problems are collected, not reported here: a failure inside a suite's set-up makes
    // GoogleTest skip the tests, and CTest counts skipped tests as passed.
    const bool initialised = rundum({"init", "--data", data(), "--demo"}).exit_code == 0;
    if (!initialised) {
        m_problems += "rundum init --demo failed\n";
    }
    admin_link = rundum({"user", "add", "--data", data(), "--admin", m_members.admin_email}).out;
    coordinator_link = rundum({"user", "add", "--data", data(), "--coordinator", m_members.coordinator_email,
                               "--city", m_members.coordinator_city})
                           .out;
    if (admin_link.find("/passwort-setzen/") == std::string::npos) {
        m_problems += "rundum user add printed no link: " + admin_link + "\n";
    }
    std::vector<std::string> arguments = m_database.arguments();
    arguments.insert(arguments.end(), server_arguments.begin(), server_arguments.end());
    m_server = std::make_unique<ServerProcess>(data(), arguments);
    HttpSession admin(port());
    const int admin_status = admin.set_password(path_of(admin_link), "Erika Geschäftsstelle", m_members.passphrase).status;
    if (admin_status != 303) {
        m_problems += "the admin's password was refused\n";
    }
    HttpSession coordinator(port());
    const int coordinator_status =
        coordinator.set_password(path_of(coordinator_link), "Stefanie Beispiel", m_members.passphrase).status;
    if (coordinator_status != 303) {
        m_problems += "the coordinator's password was refused: is the passphrase allowed for " +
                      m_members.coordinator_email + "?\n";
    }
}

CommandResult DemoSite::rundum(std::vector<std::string> arguments) const
{
    arguments.insert(arguments.begin(), rundum_binary());
    for (const std::string& argument : m_database.arguments()) {
        arguments.push_back(argument);
    }
    return run_command(arguments);
}

std::vector<std::string> DemoSite::outbox_mails() const
{
    std::vector<std::string> mails;
    const std::filesystem::path outbox = std::filesystem::path(data()) / "outbox";
    if (!std::filesystem::exists(outbox)) {
        return mails;
    }
    for (const auto& entry : std::filesystem::directory_iterator(outbox)) {
        if (entry.path().extension() == ".eml") {
            std::ifstream file(entry.path(), std::ios::binary);
            std::stringstream text;
            text << file.rdbuf();
            mails.push_back(text.str());
        }
    }
    return mails;
}

HttpSession DemoSite::signed_in(const std::string& email) const
{
    HttpSession session(port());
    EXPECT_EQ(session.sign_in(email, m_members.passphrase).status, 303);
    return session;
}

} // namespace rundum::testing
