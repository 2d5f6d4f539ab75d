// SPDX-License-Identifier: EUPL-1.2
// Cities in SQL: queries, the one-transaction import, the change log and schema migration.
#include "store/sql/sql_store.hpp"

#include <algorithm>
#include <ctime>
#include <map>
#include <set>

#include "core/calendar_date.hpp"
#include "core/text.hpp"
#include "store/sql/schema_migration.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

namespace {

constexpr std::string_view CITY_COLUMNS =
    "SELECT id, slug, name, state, official_key, latitude, longitude, alliance, statement, "
    "has_address, address_recipient, address_street, address_postcode, address_locality, "
    "website FROM cities ";

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

City city_from_row(const Rows& rows, std::size_t row)
{
    City city;
    city.id = rows.text(row, 0);
    city.slug = rows.text(row, 1);
    city.name = rows.text(row, 2);
    city.state = rows.text(row, 3);
    city.official_key = rows.text(row, 4);
    city.location = GeoPoint{rows.number(row, 5), rows.number(row, 6)};
    city.alliance = rows.text(row, 7);
    city.statement = rows.text(row, 8);
    if (rows.integer(row, 9) != 0) {
        city.address = PostalAddress{split_lines(rows.text(row, 10)), rows.text(row, 11),
                                     rows.text(row, 12), rows.text(row, 13)};
    }
    city.website = rows.text(row, 14);
    return city;
}


} // namespace

Result<std::vector<City>> SqlStore::select_cities(std::string_view where_clause, std::string_view slug)
{
    const std::string sql = std::string(CITY_COLUMNS) + std::string(where_clause) + " ORDER BY slug";
    RUNDUM_TRY_ASSIGN(rows, slug.empty() ? m_connection->query(sql)
                                         : m_connection->query(sql, {std::string(slug)}));
    std::vector<City> cities;
    std::map<std::string, City*> by_id;
    cities.reserve(rows.size());
    for (std::size_t row = 0; row < rows.size(); ++row) {
        cities.push_back(city_from_row(rows, row));
    }
    for (City& city : cities) {
        by_id.emplace(city.id, &city);
    }
    RUNDUM_TRY_ASSIGN(contacts, m_connection->query("SELECT city_id, id, name, role, email, phone, publish_name, "
                                                    "publish_email, publish_phone FROM contacts "
                                                    "ORDER BY city_id, position"));
    for (std::size_t row = 0; row < contacts.size(); ++row) {
        if (auto city = by_id.find(contacts.text(row, 0)); city != by_id.end()) {
            city->second->contacts.push_back(Contact{contacts.text(row, 1), contacts.text(row, 2),
                                                     contacts.text(row, 3), contacts.text(row, 4),
                                                     contacts.text(row, 5), contacts.integer(row, 6) != 0,
                                                     contacts.integer(row, 7) != 0, contacts.integer(row, 8) != 0});
        }
    }
    return cities;
}

Result<std::vector<City>> SqlStore::list_cities()
{
    std::lock_guard lock(m_mutex);
    return select_cities("", "");
}

Result<std::optional<City>> SqlStore::find_city(std::string_view slug)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(cities, select_cities("WHERE slug = ?", slug));
    if (cities.empty()) {
        return std::optional<City>();
    }
    return std::optional<City>(std::move(cities.front()));
}

Result<NetworkSnapshot> SqlStore::snapshot()
{
    std::lock_guard lock(m_mutex);
    // One read transaction, so an import running meanwhile cannot give a half-old export.
    NetworkSnapshot snapshot;
    RUNDUM_TRY(in_transaction(*m_connection, "BEGIN", [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(cities, select_cities("", ""));
        snapshot.cities = std::move(cities);
        RUNDUM_TRY_ASSIGN(topics, m_connection->query("SELECT slug, name, position FROM topics ORDER BY position, slug"));
        for (std::size_t row = 0; row < topics.size(); ++row) {
            snapshot.topics.push_back(
                Topic{topics.text(row, 0), topics.text(row, 1), static_cast<int>(topics.integer(row, 2))});
        }
        RUNDUM_TRY_ASSIGN(projects, select_projects(nullptr));
        snapshot.projects = std::move(projects);
        RUNDUM_TRY_ASSIGN(adoptions, select_adoptions("", ""));
        snapshot.adoptions = std::move(adoptions);
        std::sort(snapshot.adoptions.begin(), snapshot.adoptions.end(),
                  [](const Adoption& a, const Adoption& b) { return a.id < b.id; });
        RUNDUM_TRY_ASSIGN(advice, m_connection->query("SELECT id, project_id, advising_city_id, advised_city_id, "
                                                      "note, year, created_at FROM advice ORDER BY id"));
        for (std::size_t row = 0; row < advice.size(); ++row) {
            snapshot.advice.push_back(Advice{advice.text(row, 0), advice.text(row, 1), advice.text(row, 2),
                                             advice.text(row, 3), advice.text(row, 4), advice.text(row, 5),
                                             advice.text(row, 6)});
        }
        RUNDUM_TRY_ASSIGN(challenges, select_challenges("", ""));
        snapshot.challenges = std::move(challenges);
        RUNDUM_TRY_ASSIGN(approaches, select_approaches("", ""));
        snapshot.approaches = std::move(approaches);
        RUNDUM_TRY_ASSIGN(values, select_indicator_values());
        snapshot.indicator_values = std::move(values);
        RUNDUM_TRY(read_meeting_snapshot(snapshot));
        RUNDUM_TRY(read_pilot_snapshot(snapshot));
        return read_question_snapshot(snapshot);
    }));
    return snapshot;
}

Result<void> SqlStore::upsert_city(const City& city)
{
    const PostalAddress empty_address;
    const PostalAddress& address = city.address ? *city.address : empty_address;
    RUNDUM_TRY(m_connection->query(
        "INSERT INTO cities (id, slug, name, state, official_key, latitude, longitude, "
        "alliance, statement, has_address, address_recipient, address_street, "
        "address_postcode, address_locality, website) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, name = excluded.name, "
        "state = excluded.state, official_key = excluded.official_key, "
        "latitude = excluded.latitude, longitude = excluded.longitude, "
        "alliance = excluded.alliance, statement = excluded.statement, "
        "has_address = excluded.has_address, address_recipient = excluded.address_recipient, "
        "address_street = excluded.address_street, address_postcode = excluded.address_postcode, "
        "address_locality = excluded.address_locality, website = excluded.website",
        {city.id, city.slug, city.name, city.state, city.official_key, city.location.latitude,
         city.location.longitude, city.alliance, city.statement,
         std::int64_t{city.address ? 1 : 0}, joined_lines(address.recipient_lines), address.street,
         address.postcode, address.locality, city.website}));
    RUNDUM_TRY(m_connection->query("DELETE FROM contacts WHERE city_id = ?", {city.id}));
    for (std::size_t position = 0; position < city.contacts.size(); ++position) {
        const Contact& contact = city.contacts[position];
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO contacts (id, city_id, position, name, role, email, phone, publish_name, "
            "publish_email, publish_phone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {contact.id, city.id, static_cast<std::int64_t>(position), contact.name, contact.role,
             contact.email, contact.phone, std::int64_t{contact.publish_name ? 1 : 0},
             std::int64_t{contact.publish_email ? 1 : 0}, std::int64_t{contact.publish_phone ? 1 : 0}}));
    }
    return {};
}

Result<void> SqlStore::apply_snapshot(const NetworkSnapshot& snapshot)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        for (const City& city : snapshot.cities) {
            if (auto stored = upsert_city(city); !stored) {
                Error error = stored.error();
                if (error.code == ErrorCode::Conflict) {
                    error.key = "error.import.conflict";
                    error.args = {city.name};
                }
                return fail(std::move(error));
            }
        }
        RUNDUM_TRY(upsert_topics(snapshot.topics));
        for (const Project& project : snapshot.projects) {
            RUNDUM_TRY(upsert_project(project));
        }
        for (const Adoption& adoption : snapshot.adoptions) {
            RUNDUM_TRY(upsert_adoption(adoption));
        }
        for (const Advice& advice : snapshot.advice) {
            RUNDUM_TRY(upsert_advice(advice));
        }
        for (const Challenge& challenge : snapshot.challenges) {
            RUNDUM_TRY(upsert_challenge(challenge));
            // The snapshot's links replace the stored ones of this challenge.
            RUNDUM_TRY(m_connection->query("DELETE FROM challenge_projects WHERE challenge_slug = ?", {challenge.slug}));
            for (const std::string& project_id : challenge.project_ids) {
                RUNDUM_TRY(m_connection->query("INSERT INTO challenge_projects (challenge_slug, project_id) VALUES (?, ?)",
                                               {challenge.slug, project_id}));
            }
        }
        for (const ChallengeApproach& approach : snapshot.approaches) {
            RUNDUM_TRY(upsert_approach(approach));
        }
        for (const IndicatorValue& value : snapshot.indicator_values) {
            RUNDUM_TRY(upsert_indicator_value(value));
        }
        RUNDUM_TRY_ASSIGN(accounts, m_connection->query("SELECT id FROM users"));
        std::set<std::string> users;
        for (std::size_t row = 0; row < accounts.size(); ++row) {
            users.insert(accounts.text(row, 0));
        }
        RUNDUM_TRY(apply_meeting_snapshot(snapshot, users));
        RUNDUM_TRY(apply_pilot_snapshot(snapshot));
        RUNDUM_TRY(apply_question_snapshot(snapshot, users));
        return log_change("import of " + std::to_string(snapshot.cities.size()) + " cities, " +
                          std::to_string(snapshot.projects.size()) + " projects");
    });
}

Result<void> SqlStore::delete_existing(std::string_view table, std::string_view key_column, std::string_view key,
                                       std::string_view not_found_key, std::string change)
{
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        const std::string where = " FROM " + std::string(table) + " WHERE " + std::string(key_column) + " = ?";
        RUNDUM_TRY_ASSIGN(found, m_connection->query("SELECT 1" + where, {std::string(key)}));
        if (found.empty()) {
            return fail(ErrorCode::NotFound, std::string(not_found_key));
        }
        RUNDUM_TRY(m_connection->query("DELETE" + where, {std::string(key)}));
        return log_change(std::move(change));
    });
}

std::string utc_now_text()
{
    return iso_utc(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

std::string known_user(const std::set<std::string>& users, const std::string& user_id)
{
    return users.contains(user_id) ? user_id : std::string();
}

Result<void> SqlStore::log_change(std::string what)
{
    // Every instance compares this log's newest number to drop what it derived before.
    return m_connection
        ->query("INSERT INTO change_log (changed_at, what) VALUES (?, ?)", {utc_now_text(), std::move(what)})
        .map([](const Rows&) {});
}

Result<void> SqlStore::save_city(const City& city, const CityVersion& version)
{
    return save_city_with_consent(city, version, {});
}

Result<void> SqlStore::save_city_with_consent(const City& city, const CityVersion& version,
                                              const ConsentWrites& consent)
{
    std::lock_guard lock(m_mutex);
    return in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(upsert_city(city));
        RUNDUM_TRY(write_consent(consent, "city_versions", "city_id", city.id));
        RUNDUM_TRY(m_connection->query(
            "INSERT INTO city_versions (city_id, number, changed_at, changed_by, content) "
            "SELECT ?, coalesce(max(number), 0) + 1, ?, ?, ? FROM city_versions WHERE city_id = ?",
            {city.id, version.changed_at, version.changed_by, version.content, city.id}));
        return log_change("city " + city.id);
    });
}

Result<std::vector<CityVersion>> SqlStore::city_versions(std::string_view city_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT number, changed_at, changed_by, content FROM "
                                                "city_versions WHERE city_id = ? ORDER BY number DESC",
                                                {std::string(city_id)}));
    std::vector<CityVersion> versions;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        versions.push_back(CityVersion{static_cast<int>(rows.integer(row, 0)), rows.text(row, 1),
                                       rows.text(row, 2), rows.text(row, 3)});
    }
    return versions;
}

Result<std::uint64_t> SqlStore::data_version()
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(newest, m_connection->query("SELECT coalesce(max(id), 0) FROM change_log"));
    return static_cast<std::uint64_t>(newest.integer(0, 0));
}

Result<int> SqlStore::schema_version()
{
    std::lock_guard lock(m_mutex);
    return read_schema_version(*m_connection);
}

} // namespace rundum::store
