// Setting up the demo site the way an operator would: init, user add, serve, one-time links.
#include "demo_site.hpp"

#include <gtest/gtest.h>

namespace rundum::testing {

DemoSite::DemoSite(DemoMembers members) : m_members(std::move(members))
{
    EXPECT_EQ(rundum({"init", "--data", data(), "--demo"}).exit_code, 0);
    admin_link = rundum({"user", "add", "--data", data(), "--admin", m_members.admin_email}).out;
    coordinator_link = rundum({"user", "add", "--data", data(), "--coordinator", m_members.coordinator_email,
                               "--city", m_members.coordinator_city})
                           .out;
    EXPECT_NE(admin_link.find("/passwort-setzen/"), std::string::npos) << admin_link;
    m_server = std::make_unique<ServerProcess>(data(), m_database.arguments());
    HttpSession admin(port());
    EXPECT_EQ(admin.set_password(path_of(admin_link), "Erika Geschäftsstelle", m_members.passphrase).status, 303);
    HttpSession coordinator(port());
    EXPECT_EQ(coordinator.set_password(path_of(coordinator_link), "Stefanie Beispiel", m_members.passphrase).status,
              303);
}

CommandResult DemoSite::rundum(std::vector<std::string> arguments) const
{
    arguments.insert(arguments.begin(), rundum_binary());
    for (const std::string& argument : m_database.arguments()) {
        arguments.push_back(argument);
    }
    return run_command(arguments);
}

HttpSession DemoSite::signed_in(const std::string& email) const
{
    HttpSession session(port());
    EXPECT_EQ(session.sign_in(email, m_members.passphrase).status, 303);
    return session;
}

} // namespace rundum::testing
