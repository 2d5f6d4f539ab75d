// SPDX-License-Identifier: EUPL-1.2
// libpq calls: prepared statements, typed results, SQLSTATE to error codes, reconnection.
#include "store/postgres/postgres_connection.hpp"

#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace rundum::store::postgres {

namespace {

// Type oids of the pg_type catalogue (stable across versions).
constexpr Oid INT8_OID = 20;
constexpr Oid INT2_OID = 21;
constexpr Oid INT4_OID = 23;
constexpr Oid FLOAT4_OID = 700;
constexpr Oid FLOAT8_OID = 701;
constexpr Oid NUMERIC_OID = 1700;

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using ResultHandle = std::unique_ptr<PGresult, ResultDeleter>;

void ignore_notice(void*, const char*) {}

pg_conn* connect(const std::string& url)
{
    // expand_dbname lets the URL carry everything; a short connect timeout keeps a request from
    // hanging while the server is away.
    const char* keys[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const char* values[] = {url.c_str(), "5", "rundum", nullptr};
    pg_conn* connection = PQconnectdbParams(keys, values, 1);
    if (connection != nullptr) {
        PQsetNoticeProcessor(connection, ignore_notice, nullptr);
    }
    return connection;
}

Error error_of(pg_conn* connection, const PGresult* result, std::string_view what)
{
    const char* message = result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(connection);
    std::string detail = std::string(what) + ": " + (message != nullptr ? message : "");
    const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlstate = state != nullptr ? state : "";
    if (sqlstate == "53100") { // disk_full: the operator must act, so it is logged here
        spdlog::error("database {} on {}:{}: the server's disk is full, changes cannot be saved ({})",
                      PQdb(connection), PQhost(connection), PQport(connection), detail);
        return Error{ErrorCode::Unavailable, "error.store.disk_full", {}, detail};
    }
    if (PQstatus(connection) != CONNECTION_OK || sqlstate.starts_with("08") ||
        sqlstate.starts_with("57P") || sqlstate.starts_with("53")) {
        return Error{ErrorCode::Unavailable, "error.store.unavailable", {}, detail};
    }
    if (sqlstate.starts_with("23")) {
        return Error{ErrorCode::Conflict, "error.store.conflict", {}, detail};
    }
    if (sqlstate == "40001" || sqlstate == "40P01") {
        return Error{ErrorCode::Unavailable, "error.store.unavailable", {}, detail};
    }
    return Error{ErrorCode::Internal, "error.internal", {}, detail};
}

bool succeeded(const PGresult* result)
{
    const auto status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

} // namespace

std::string redacted_url(const std::string& url)
{
    const std::size_t scheme = url.find("://");
    const std::size_t at = url.find('@', scheme == std::string::npos ? 0 : scheme + 3);
    if (scheme == std::string::npos || at == std::string::npos) {
        return url;
    }
    const std::size_t colon = url.find(':', scheme + 3);
    if (colon == std::string::npos || colon > at) {
        return url;
    }
    return url.substr(0, colon + 1) + "***" + url.substr(at);
}

Result<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const std::string& url)
{
    pg_conn* connection = connect(url);
    if (connection == nullptr || PQstatus(connection) != CONNECTION_OK) {
        std::string detail = connection != nullptr ? PQerrorMessage(connection) : "out of memory";
        PQfinish(connection);
        return fail(ErrorCode::Unavailable, "error.store.postgres_unreachable", {redacted_url(url)}, detail);
    }
    return std::unique_ptr<PostgresConnection>(new PostgresConnection(connection, url));
}

PostgresConnection::~PostgresConnection()
{
    PQfinish(m_connection);
}

Result<void> PostgresConnection::ensure_connected()
{
    if (PQstatus(m_connection) == CONNECTION_OK) {
        return {};
    }
    // A transaction that was open died with the session: what follows (even COMMIT) must fail,
    // never run in a fresh session as if nothing had happened.
    const bool lost_transaction = m_in_transaction;
    m_in_transaction = false;
    PQreset(m_connection);
    m_statements.clear(); // prepared statements died with the old session
    if (PQstatus(m_connection) != CONNECTION_OK) {
        return fail(ErrorCode::Unavailable, "error.store.unavailable", {},
                    std::string("reconnect: ") + PQerrorMessage(m_connection));
    }
    PQsetNoticeProcessor(m_connection, ignore_notice, nullptr);
    if (lost_transaction) {
        return fail(ErrorCode::Unavailable, "error.store.unavailable", {}, "transaction lost");
    }
    return {};
}

void PostgresConnection::note_transaction_state()
{
    const auto state = PQtransactionStatus(m_connection);
    m_in_transaction = state == PQTRANS_INTRANS || state == PQTRANS_INERROR || state == PQTRANS_ACTIVE;
}

Result<std::string> PostgresConnection::prepared(std::string_view sql)
{
    if (auto found = m_statements.find(sql); found != m_statements.end()) {
        return found->second;
    }
    std::string name = std::to_string(m_statements.size() + 1);
    name.insert(name.begin(), 's'); // not "s" + ...: g++ 12 -O2 warns falsely (-Wrestrict)
    ResultHandle result(
        PQprepare(m_connection, name.c_str(), numbered_placeholders(sql).c_str(), 0, nullptr));
    if (!succeeded(result.get())) {
        return fail(error_of(m_connection, result.get(), "prepare"));
    }
    m_statements.emplace(std::string(sql), name);
    return name;
}

Result<Rows> PostgresConnection::query(std::string_view sql, std::span<const SqlValue> parameters)
{
    RUNDUM_TRY(ensure_connected());
    RUNDUM_TRY_ASSIGN(name, prepared(sql));
    std::vector<std::string> texts(parameters.size());
    std::vector<const char*> values(parameters.size(), nullptr);
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const SqlValue& parameter = parameters[i];
        if (std::holds_alternative<std::monostate>(parameter)) {
            continue;
        }
        texts[i] = Rows({{parameter}}).text(0, 0);
        values[i] = texts[i].c_str();
    }
    ResultHandle result(PQexecPrepared(m_connection, name.c_str(), static_cast<int>(values.size()),
                                       values.data(), nullptr, nullptr, 0));
    note_transaction_state();
    if (!succeeded(result.get())) {
        return fail(error_of(m_connection, result.get(), "query"));
    }
    const int row_count = PQntuples(result.get());
    const int column_count = PQnfields(result.get());
    std::vector<std::vector<SqlValue>> rows(static_cast<std::size_t>(row_count));
    for (int column = 0; column < column_count; ++column) {
        const Oid type = PQftype(result.get(), column);
        for (int row = 0; row < row_count; ++row) {
            auto& out = rows[static_cast<std::size_t>(row)];
            if (PQgetisnull(result.get(), row, column)) {
                out.emplace_back(std::monostate{});
                continue;
            }
            std::string text(PQgetvalue(result.get(), row, column),
                             static_cast<std::size_t>(PQgetlength(result.get(), row, column)));
            Rows as_text({{text}});
            if (type == INT8_OID || type == INT4_OID || type == INT2_OID) {
                out.emplace_back(as_text.integer(0, 0));
            } else if (type == FLOAT8_OID || type == FLOAT4_OID || type == NUMERIC_OID) {
                out.emplace_back(as_text.number(0, 0));
            } else {
                out.emplace_back(std::move(text));
            }
        }
    }
    return Rows(std::move(rows));
}

Result<void> PostgresConnection::execute(std::string_view sql)
{
    RUNDUM_TRY(ensure_connected());
    const bool commits = sql == "COMMIT";
    if (commits && !m_in_transaction) {
        return fail(ErrorCode::Unavailable, "error.store.unavailable", {}, "commit without transaction");
    }
    ResultHandle result(PQexec(m_connection, std::string(sql).c_str()));
    note_transaction_state();
    if (!succeeded(result.get())) {
        return fail(error_of(m_connection, result.get(), "execute"));
    }
    return {};
}

} // namespace rundum::store::postgres
