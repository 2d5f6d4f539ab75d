// The schema steps. Keep the SQL portable (TEXT, INTEGER, DOUBLE PRECISION); what cannot be
// portable is a {{token}} that store/sql/sql_dialect.cpp fills in.
#include "store/migrations.hpp"

#include <array>

namespace rundum::store {

namespace {

constexpr std::array<std::string_view, 2> MEMBER_CITIES = {
    R"sql(CREATE TABLE cities (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        state TEXT NOT NULL,
        official_key TEXT NOT NULL,
        latitude DOUBLE PRECISION NOT NULL,
        longitude DOUBLE PRECISION NOT NULL,
        alliance TEXT NOT NULL,
        statement TEXT NOT NULL,
        has_address INTEGER NOT NULL,
        address_recipient TEXT NOT NULL,
        address_street TEXT NOT NULL,
        address_postcode TEXT NOT NULL,
        address_locality TEXT NOT NULL,
        website TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL
    ))sql",
};

// Every write adds a row; instances compare the newest id to know their caches are stale.
constexpr std::array<std::string_view, 1> CHANGE_LOG = {
    R"sql(CREATE TABLE change_log (
        id {{auto_id}},
        changed_at TEXT NOT NULL,
        what TEXT NOT NULL
    ))sql",
};

constexpr std::array<Migration, 2> ALL = {
    Migration{1, "member cities with alliance, address and contacts", MEMBER_CITIES},
    Migration{2, "change log followed by every instance", CHANGE_LOG},
};

constexpr std::array<SchemaTable, 3> TABLES = {
    SchemaTable{"cities",
                "id, slug, name, state, official_key, latitude, longitude, alliance, statement, "
                "has_address, address_recipient, address_street, address_postcode, "
                "address_locality, website",
                "id", false},
    SchemaTable{"contacts", "id, city_id, position, name, role", "id", false},
    SchemaTable{"change_log", "id, changed_at, what", "id", true},
};

} // namespace

std::span<const SchemaTable> schema_tables()
{
    return TABLES;
}

std::span<const Migration> migrations()
{
    return ALL;
}

int latest_schema_version()
{
    return ALL.back().version;
}

} // namespace rundum::store
