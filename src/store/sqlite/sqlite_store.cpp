// Cities in SQLite: queries, the one-transaction import, and schema migration.
#include "store/sqlite/sqlite_store.hpp"

#include <map>

#include "store/migrations.hpp"

namespace rundum::store::sqlite {

namespace {

constexpr std::string_view CITY_COLUMNS =
    "SELECT id, slug, name, state, official_key, latitude, longitude, alliance, statement, "
    "has_address, address_recipient, address_street, address_postcode, address_locality, "
    "website FROM cities ";

// Recipient lines are stored as one text, one line each.
std::string join_lines(const std::vector<std::string>& lines)
{
    std::string joined;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        joined += (i == 0 ? "" : "\n") + lines[i];
    }
    return joined;
}

std::vector<std::string> split_lines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (!text.empty() && start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) {
            end = text.size();
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

City city_from_row(const Statement& row)
{
    City city;
    city.id = row.text(0);
    city.slug = row.text(1);
    city.name = row.text(2);
    city.state = row.text(3);
    city.official_key = row.text(4);
    city.location = GeoPoint{row.number(5), row.number(6)};
    city.alliance = row.text(7);
    city.statement = row.text(8);
    if (row.integer(9) != 0) {
        city.address = PostalAddress{split_lines(row.text(10)), row.text(11), row.text(12),
                                     row.text(13)};
    }
    city.website = row.text(14);
    return city;
}

} // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::filesystem::path& file, bool create)
{
    RUNDUM_TRY_ASSIGN(connection, Connection::open(file, create));
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(connection)));
    // WAL lets readers go on while a writer (an import) commits.
    RUNDUM_TRY(store->m_connection.execute("PRAGMA journal_mode=WAL"));
    RUNDUM_TRY(store->m_connection.execute("PRAGMA foreign_keys=ON"));
    RUNDUM_TRY(store->migrate());
    return store;
}

Result<int> SqliteStore::read_schema_version()
{
    RUNDUM_TRY_ASSIGN(tables, m_connection.prepare(
                                  "SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    RUNDUM_TRY(tables.step());
    const bool is_empty = tables.integer(0) == 0;
    RUNDUM_TRY_ASSIGN(ours, m_connection.prepare("SELECT count(*) FROM sqlite_master WHERE "
                                                 "type = 'table' AND name = 'schema_migrations'"));
    RUNDUM_TRY(ours.step());
    if (ours.integer(0) == 0) {
        if (!is_empty) {
            return fail(ErrorCode::Unavailable, "error.store.not_rundum");
        }
        return 0;
    }
    RUNDUM_TRY_ASSIGN(version, m_connection.prepare("SELECT max(version) FROM schema_migrations"));
    RUNDUM_TRY(version.step());
    return static_cast<int>(version.integer(0));
}

Result<void> SqliteStore::migrate()
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(current, read_schema_version());
    if (current > latest_schema_version()) {
        return fail(ErrorCode::Unavailable, "error.store.too_new",
                    {std::to_string(current), std::to_string(latest_schema_version())});
    }
    if (current == 0) {
        RUNDUM_TRY(m_connection.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY "
                                        "KEY, description TEXT NOT NULL)"));
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= current) {
            continue;
        }
        // Each step commits whole or not at all, so a failed upgrade leaves the old schema.
        RUNDUM_TRY(m_connection.execute("BEGIN IMMEDIATE"));
        auto applied = [&]() -> Result<void> {
            for (std::string_view statement : migration.statements) {
                RUNDUM_TRY(m_connection.execute(statement));
            }
            RUNDUM_TRY_ASSIGN(record, m_connection.prepare("INSERT INTO schema_migrations "
                                                           "(version, description) VALUES (?, ?)"));
            record.bind(1, std::int64_t{migration.version}).bind(2, migration.description);
            return record.run();
        }();
        if (!applied) {
            (void)m_connection.execute("ROLLBACK");
            return applied;
        }
        RUNDUM_TRY(m_connection.execute("COMMIT"));
        ++m_own_writes;
    }
    return {};
}

Result<std::vector<City>> SqliteStore::select_cities(std::string_view where_clause,
                                                     std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(query, m_connection.prepare(std::string(CITY_COLUMNS) +
                                                  std::string(where_clause) + " ORDER BY slug"));
    if (!slug.empty()) {
        query.bind(1, slug);
    }
    std::vector<City> cities;
    while (true) {
        RUNDUM_TRY_ASSIGN(has_row, query.step());
        if (!has_row) {
            break;
        }
        cities.push_back(city_from_row(query));
    }
    RUNDUM_TRY(load_contacts(cities));
    return cities;
}

Result<void> SqliteStore::load_contacts(std::vector<City>& cities)
{
    std::map<std::string, City*> by_id;
    for (City& city : cities) {
        by_id.emplace(city.id, &city);
    }
    RUNDUM_TRY_ASSIGN(query, m_connection.prepare(
                                 "SELECT city_id, id, name, role FROM contacts ORDER BY city_id, position"));
    while (true) {
        RUNDUM_TRY_ASSIGN(has_row, query.step());
        if (!has_row) {
            break;
        }
        if (auto city = by_id.find(query.text(0)); city != by_id.end()) {
            city->second->contacts.push_back(Contact{query.text(1), query.text(2), query.text(3)});
        }
    }
    return {};
}

Result<std::vector<City>> SqliteStore::list_cities()
{
    std::lock_guard lock(m_mutex);
    return select_cities("", "");
}

Result<std::optional<City>> SqliteStore::find_city(std::string_view slug)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(cities, select_cities("WHERE slug = ?", slug));
    if (cities.empty()) {
        return std::optional<City>();
    }
    return std::optional<City>(std::move(cities.front()));
}

Result<NetworkSnapshot> SqliteStore::snapshot()
{
    std::lock_guard lock(m_mutex);
    // One read transaction, so an import running meanwhile cannot give a half-old export.
    RUNDUM_TRY(m_connection.execute("BEGIN"));
    auto cities = select_cities("", "");
    (void)m_connection.execute("COMMIT");
    if (!cities) {
        return fail(cities.error());
    }
    return NetworkSnapshot{std::move(*cities)};
}

Result<void> SqliteStore::upsert_city(const City& city)
{
    RUNDUM_TRY_ASSIGN(
        upsert,
        m_connection.prepare(
            "INSERT INTO cities (id, slug, name, state, official_key, latitude, longitude, "
            "alliance, statement, has_address, address_recipient, address_street, "
            "address_postcode, address_locality, website) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, name = excluded.name, "
            "state = excluded.state, official_key = excluded.official_key, "
            "latitude = excluded.latitude, longitude = excluded.longitude, "
            "alliance = excluded.alliance, statement = excluded.statement, "
            "has_address = excluded.has_address, address_recipient = excluded.address_recipient, "
            "address_street = excluded.address_street, "
            "address_postcode = excluded.address_postcode, "
            "address_locality = excluded.address_locality, website = excluded.website"));
    const PostalAddress empty_address;
    const PostalAddress& address = city.address ? *city.address : empty_address;
    const std::string recipient = join_lines(address.recipient_lines);
    upsert.bind(1, city.id)
        .bind(2, city.slug)
        .bind(3, city.name)
        .bind(4, city.state)
        .bind(5, city.official_key)
        .bind(6, city.location.latitude)
        .bind(7, city.location.longitude)
        .bind(8, city.alliance)
        .bind(9, city.statement)
        .bind(10, std::int64_t{city.address ? 1 : 0})
        .bind(11, recipient)
        .bind(12, address.street)
        .bind(13, address.postcode)
        .bind(14, address.locality)
        .bind(15, city.website);
    RUNDUM_TRY(upsert.run());

    RUNDUM_TRY_ASSIGN(remove_contacts, m_connection.prepare("DELETE FROM contacts WHERE city_id = ?"));
    remove_contacts.bind(1, city.id);
    RUNDUM_TRY(remove_contacts.run());
    for (std::size_t position = 0; position < city.contacts.size(); ++position) {
        const Contact& contact = city.contacts[position];
        RUNDUM_TRY_ASSIGN(insert, m_connection.prepare("INSERT INTO contacts (id, city_id, "
                                                       "position, name, role) VALUES (?, ?, ?, ?, ?)"));
        insert.bind(1, contact.id)
            .bind(2, city.id)
            .bind(3, static_cast<std::int64_t>(position))
            .bind(4, contact.name)
            .bind(5, contact.role);
        RUNDUM_TRY(insert.run());
    }
    return {};
}

Result<void> SqliteStore::apply_snapshot(const NetworkSnapshot& snapshot)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY(m_connection.execute("BEGIN IMMEDIATE"));
    for (const City& city : snapshot.cities) {
        if (auto stored = upsert_city(city); !stored) {
            (void)m_connection.execute("ROLLBACK");
            Error error = stored.error();
            if (error.code == ErrorCode::Conflict) {
                error.key = "error.import.conflict";
                error.args = {city.name};
            }
            return fail(std::move(error));
        }
    }
    RUNDUM_TRY(m_connection.execute("COMMIT"));
    ++m_own_writes;
    return {};
}

Result<std::uint64_t> SqliteStore::data_version()
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(query, m_connection.prepare("PRAGMA data_version"));
    RUNDUM_TRY(query.step());
    // data_version moves on other connections' commits; our own are counted beside it.
    return (static_cast<std::uint64_t>(query.integer(0)) << 32U) + m_own_writes;
}

Result<int> SqliteStore::schema_version()
{
    std::lock_guard lock(m_mutex);
    return read_schema_version();
}

} // namespace rundum::store::sqlite
