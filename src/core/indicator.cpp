// SPDX-License-Identifier: EUPL-1.2
// The indicators rundum compares cities on.
#include "core/indicator.hpp"

#include <cmath>

#include "core/city.hpp"

namespace rundum {

const std::vector<IndicatorDefinition>& indicator_definitions()
{
    static const std::vector<IndicatorDefinition> definitions = {
        {"population", "", 0},
        {"population_change", "%", 1, true},
        {"share_under18", "%", 1},
        {"child_poverty", "%", 1},
        {"daycare_under3", "%", 1},
        {"rent", "€/m²", 2},
        {"asking_rent", "€/m²", 2},
    };
    return definitions;
}

const IndicatorDefinition* find_indicator(std::string_view key)
{
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        if (definition.key == key) {
            return &definition;
        }
    }
    return nullptr;
}

bool is_valid_indicator_year(int year)
{
    return year >= FIRST_INDICATOR_YEAR && year <= LAST_INDICATOR_YEAR;
}

bool is_valid_indicator_value(const IndicatorDefinition& definition, double value)
{
    return std::isfinite(value) && (definition.may_be_negative || value >= 0);
}

std::vector<IndicatorProfile> profiles_of(const std::vector<IndicatorValue>& values,
                                          const std::vector<City>& cities)
{
    std::vector<IndicatorProfile> profiles;
    profiles.reserve(cities.size());
    for (const City& city : cities) {
        IndicatorProfile profile{city.id, city.name, {}};
        for (const IndicatorValue& value : values) {
            if (value.city_id == city.id) {
                profile.values[value.indicator] = value.value;
            }
        }
        profiles.push_back(std::move(profile));
    }
    return profiles;
}

} // namespace rundum
