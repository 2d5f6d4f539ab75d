// SQLite C API calls, with errors turned into Result values.
#include "store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

namespace rundum::store::sqlite {

namespace {

Error error_from(sqlite3* database, int code, std::string_view what)
{
    std::string detail = std::string(what) + ": " +
                         (database != nullptr ? sqlite3_errmsg(database) : sqlite3_errstr(code));
    switch (code & 0xFF) {
    case SQLITE_CONSTRAINT:
        return Error{ErrorCode::Conflict, "error.store.conflict", {}, detail};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return Error{ErrorCode::Unavailable, "error.store.corrupt", {}, detail};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_IOERR:
        return Error{ErrorCode::Unavailable, "error.store.unavailable", {}, detail};
    default:
        return Error{ErrorCode::Internal, "error.internal", {}, detail};
    }
}

} // namespace

Statement::Statement(Statement&& other) noexcept
    : m_database(other.m_database), m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, double number)
{
    sqlite3_bind_double(m_statement, index, number);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t number)
{
    sqlite3_bind_int64(m_statement, index, number);
    return *this;
}

Result<bool> Statement::step()
{
    int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        return true;
    }
    if (code == SQLITE_DONE) {
        return false;
    }
    return fail(error_from(m_database, code, "step"));
}

Result<void> Statement::run()
{
    auto stepped = step();
    if (!stepped) {
        return fail(stepped.error());
    }
    return {};
}

std::string Statement::text(int column) const
{
    const auto* bytes = sqlite3_column_text(m_statement, column);
    int size = sqlite3_column_bytes(m_statement, column);
    return bytes == nullptr ? std::string()
                            : std::string(reinterpret_cast<const char*>(bytes),
                                          static_cast<std::size_t>(size));
}

double Statement::number(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

Result<Connection> Connection::open(const std::filesystem::path& file, bool create)
{
    sqlite3* database = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    int code = sqlite3_open_v2(file.c_str(), &database, flags, nullptr);
    if (code != SQLITE_OK) {
        Error error = error_from(database, code, "open " + file.string());
        sqlite3_close(database);
        return fail(std::move(error));
    }
    sqlite3_busy_timeout(database, 5000);
    return Connection(database);
}

Connection::Connection(Connection&& other) noexcept : m_database(other.m_database)
{
    other.m_database = nullptr;
}

Connection::~Connection()
{
    sqlite3_close(m_database);
}

Result<Statement> Connection::prepare(std::string_view sql)
{
    sqlite3_stmt* statement = nullptr;
    int code = sqlite3_prepare_v2(m_database, sql.data(), static_cast<int>(sql.size()), &statement,
                                  nullptr);
    if (code != SQLITE_OK) {
        return fail(error_from(m_database, code, "prepare"));
    }
    return Statement(m_database, statement);
}

Result<void> Connection::execute(std::string_view sql)
{
    std::string terminated(sql);
    int code = sqlite3_exec(m_database, terminated.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK) {
        return fail(error_from(m_database, code, "execute"));
    }
    return {};
}

Error Connection::last_error(std::string_view what) const
{
    return error_from(m_database, sqlite3_errcode(m_database), what);
}

} // namespace rundum::store::sqlite
