// SPDX-License-Identifier: EUPL-1.2
// Fresh PostgreSQL databases per test, through libpq on the server the CTest fixture started.
#include "test_database.hpp"

#include <cstdlib>
#include <fstream>
#include <random>
#include <stdexcept>

#include <libpq-fe.h>

namespace rundum::testing {

bool testing_postgresql()
{
    return std::getenv("RUNDUM_TEST_POSTGRES_DIR") != nullptr;
}

std::string postgres_admin_url()
{
    const char* directory = std::getenv("RUNDUM_TEST_POSTGRES_DIR");
    if (directory == nullptr) {
        throw std::runtime_error("RUNDUM_TEST_POSTGRES_DIR is not set: run through ctest");
    }
    std::ifstream port_file(std::string(directory) + "/port");
    std::string port;
    if (!(port_file >> port)) {
        throw std::runtime_error("no PostgreSQL test server in " + std::string(directory));
    }
    return "postgresql://rundum@127.0.0.1:" + port + "/postgres";
}

void run_admin_sql(const std::string& sql)
{
    PGconn* connection = PQconnectdb(postgres_admin_url().c_str());
    if (PQstatus(connection) != CONNECTION_OK) {
        std::string message = PQerrorMessage(connection);
        PQfinish(connection);
        throw std::runtime_error("cannot reach the PostgreSQL test server: " + message);
    }
    PGresult* result = PQexec(connection, sql.c_str());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    std::string message = ok ? "" : PQresultErrorMessage(result);
    PQclear(result);
    PQfinish(connection);
    if (!ok) {
        throw std::runtime_error(sql + ": " + message);
    }
}

TestDatabase::TestDatabase()
{
    if (!testing_postgresql()) {
        return;
    }
    std::random_device random;
    m_name = "rundum_test_" + std::to_string(random()) + std::to_string(random());
    run_admin_sql("CREATE DATABASE " + m_name);
    const std::string admin = postgres_admin_url();
    m_url = admin.substr(0, admin.rfind('/') + 1) + m_name;
}

TestDatabase::~TestDatabase()
{
    if (m_name.empty()) {
        return;
    }
    try {
        run_admin_sql("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    } catch (const std::exception&) {
        // The server may already be gone at the end of a failed run; nothing to clean then.
    }
}

std::vector<std::string> TestDatabase::arguments() const
{
    if (m_url.empty()) {
        return {};
    }
    return {"--db", m_url};
}

} // namespace rundum::testing
