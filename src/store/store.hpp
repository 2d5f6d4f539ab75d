// The storage interface: everything the rest of rundum may ask of a database.
// Implementations (SQLite now, PostgreSQL next) keep all SQL to themselves.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/city.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// A network's database. Every method is safe to call from several threads at once.
class Store {
public:
    virtual ~Store() = default;

    /// All member cities, in alphabetical order of their slugs.
    virtual Result<std::vector<City>> list_cities() = 0;

    /// One city by its slug, or nullopt if there is none.
    virtual Result<std::optional<City>> find_city(std::string_view slug) = 0;

    /// The whole network, for export.
    virtual Result<NetworkSnapshot> snapshot() = 0;

    /// Brings every entity the snapshot contains to the snapshot's state (matched by id), in
    /// one transaction: either all of it is stored or nothing changes. Entities that the
    /// snapshot does not contain stay as they are.
    virtual Result<void> apply_snapshot(const NetworkSnapshot& snapshot) = 0;

    /// A number that changes whenever any process commits a change to the database, so
    /// derived data (cached pages) can tell when it is stale.
    virtual Result<std::uint64_t> data_version() = 0;

    /// The schema version the database is at.
    virtual Result<int> schema_version() = 0;
};

} // namespace rundum::store
