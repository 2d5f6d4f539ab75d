// SPDX-License-Identifier: EUPL-1.2
// Structural indicators of a city (population, child poverty, daycare, rents ...), each figure
// with its year and source. A figure nobody published stays missing: never estimated.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/similarity.hpp"

namespace rundum {

struct City;

/// What an indicator is. Its name and explanation come from the catalogue
/// ("indicator.<key>.name", "indicator.<key>.help").
struct IndicatorDefinition {
    std::string_view key;  ///< stable key, e.g. "child_poverty"
    std::string_view unit; ///< shown after the value: "%", "€/m²", "" for counts
    int decimals{1};       ///< digits after the comma when shown
    bool may_be_negative{false}; ///< a change can fall; a count, share or rent cannot
};

/// The indicators rundum knows, in the order pages list them.
const std::vector<IndicatorDefinition>& indicator_definitions();
/// The definition of `key`, or nullptr.
const IndicatorDefinition* find_indicator(std::string_view key);

/// One figure of one city.
struct IndicatorValue {
    std::string city_id;
    std::string indicator; ///< key of an IndicatorDefinition
    double value{0};
    int year{0};           ///< the year the figure describes
    std::string source;    ///< where it comes from (publisher, table), never empty
    std::string note;      ///< e.g. "Wert der Region Hannover", may be empty
    std::string updated_at; ///< ISO 8601 UTC
    std::string updated_by; ///< "Import" or the member's name or email
};

/// Years a figure may describe: from 1950 to 2100 (a typo such as 20222 or 222 is refused).
inline constexpr int FIRST_INDICATOR_YEAR = 1950;
inline constexpr int LAST_INDICATOR_YEAR = 2100;
bool is_valid_indicator_year(int year);

/// Whether `value` can be a figure of `definition`: a finite number, negative only where the
/// indicator may fall.
bool is_valid_indicator_value(const IndicatorDefinition& definition, double value);

/// The longest source or note stored with a figure, in bytes.
inline constexpr std::size_t MAX_INDICATOR_TEXT = 500;

/// The stored figures as similarity.hpp compares them: one profile per city of `cities` (in
/// that order), holding the figures whose city_id is that city's id; figures of other ids are
/// ignored. A city without figures gets an empty profile, never guessed values.
std::vector<IndicatorProfile> profiles_of(const std::vector<IndicatorValue>& values,
                                          const std::vector<City>& cities);

} // namespace rundum
