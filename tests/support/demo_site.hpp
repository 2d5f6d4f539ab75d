// SPDX-License-Identifier: EUPL-1.2
// A running rundum for HTTP tests: the demo network on the test run's database, an admin and
// the coordination of one city, both with passwords set through their one-time links.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "http_session.hpp"
#include "process.hpp"
#include "test_database.hpp"

namespace rundum::testing {

/// Who signs in on a demo site.
struct DemoMembers {
    std::string admin_email;
    std::string coordinator_email;
    std::string coordinator_city; ///< slug, e.g. "jena"
    std::string passphrase;       ///< the password of both
};

/// One server with its data directory and database; built once per test suite.
class DemoSite {
public:
    /// Initialises the demo network, adds the members, starts the server (with
    /// `server_arguments` added, e.g. --smtp) and sets both passwords (what fails is kept in
    /// problems()).
    explicit DemoSite(DemoMembers members, std::vector<std::string> server_arguments = {});

    std::string data() const { return (m_directory.path() / "data").string(); }
    /// The database's postgresql:// URL, "" for SQLite in data() (to read what is stored).
    const std::string& database_url() const { return m_database.url(); }
    /// What went wrong while setting up, "" when all of it worked. A failure inside a suite's
    /// set-up would make GoogleTest skip the tests (and CTest count them as passed), so fixtures
    /// assert this in SetUp() instead.
    const std::string& problems() const { return m_problems; }
    unsigned short port() const { return m_server->port(); }
    const DemoMembers& members() const { return m_members; }

    /// Runs the rundum binary with the test database's arguments appended.
    CommandResult rundum(std::vector<std::string> arguments) const;

    /// The mails the server wrote into the data directory's outbox (no --smtp given), as .eml
    /// texts in no particular order.
    std::vector<std::string> outbox_mails() const;

    /// A session signed in with the passphrase.
    HttpSession signed_in(const std::string& email) const;

    std::string admin_link;       ///< as `rundum user add` printed it
    std::string coordinator_link; ///< as `rundum user add` printed it

private:
    DemoMembers m_members;
    TemporaryDirectory m_directory;
    TestDatabase m_database;
    std::unique_ptr<ServerProcess> m_server;
    std::string m_problems;
};

} // namespace rundum::testing
