// SPDX-License-Identifier: EUPL-1.2
// The member cities in the store: their pages, versions, images and figures.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/city.hpp"
#include "core/indicator.hpp"
#include "core/result.hpp"
#include "store/consent_store.hpp"

namespace rundum::store {

/// The member cities with their versions, images and structural indicators.
class CityStore {
public:
    virtual ~CityStore() = default;

    /// All member cities, in alphabetical order of their slugs.
    virtual Result<std::vector<City>> list_cities() = 0;
    /// One city by its slug, or nullopt if there is none.
    virtual Result<std::optional<City>> find_city(std::string_view slug) = 0;

    // --- a city's image --------------------------------------------------------------------------

    virtual Result<void> set_city_image(std::string_view city_id, const CityImage& image) = 0;
    virtual Result<std::optional<CityImage>> city_image(std::string_view city_id) = 0;
    virtual Result<void> remove_city_image(std::string_view city_id) = 0;

    // --- editing cities with versions ------------------------------------------------------------

    /// Stores a city's new state and its version record in one transaction.
    virtual Result<void> save_city(const City& city, const CityVersion& version) = 0;
    /// The city's versions, newest first.
    virtual Result<std::vector<CityVersion>> city_versions(std::string_view city_id) = 0;
    /// save_city, with what the save changes about consent, all in one transaction.
    virtual Result<void> save_city_with_consent(const City& city, const CityVersion& version,
                                                const ConsentWrites& consent) = 0;

    // --- structural indicators -------------------------------------------------------------------

    /// Every city's figures, ordered by city id, then indicator.
    virtual Result<std::vector<IndicatorValue>> list_indicator_values() = 0;
    /// Stores figures (each replacing the city's earlier figure of that indicator), in one
    /// transaction: all of them or none.
    virtual Result<void> save_indicator_values(const std::vector<IndicatorValue>& values) = 0;
    virtual Result<void> remove_indicator_value(std::string_view city_id, std::string_view indicator) = 0;
};

} // namespace rundum::store
