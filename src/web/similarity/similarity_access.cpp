// SPDX-License-Identifier: EUPL-1.2
// Loads cities and figures and ranks them with core/similarity.
#include "web/similarity/similarity_access.hpp"

#include <algorithm>

namespace rundum::web {

std::vector<std::string> chosen_indicators(const std::vector<std::string>& requested)
{
    std::vector<std::string> chosen;
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        if (std::find(requested.begin(), requested.end(), definition.key) != requested.end()) {
            chosen.emplace_back(definition.key);
        }
    }
    if (chosen.empty()) {
        for (const IndicatorDefinition& definition : indicator_definitions()) {
            chosen.emplace_back(definition.key);
        }
    }
    return chosen;
}

const IndicatorValue* figure_of(const std::vector<IndicatorValue>& values, std::string_view city_id,
                                std::string_view indicator)
{
    auto found = std::find_if(values.begin(), values.end(), [&](const IndicatorValue& value) {
        return value.city_id == city_id && value.indicator == indicator;
    });
    return found == values.end() ? nullptr : &*found;
}

Result<CityComparison> compare_city(Services& services, std::string_view slug,
                                    const std::vector<std::string>& indicators)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    auto chosen = std::find_if(cities.begin(), cities.end(), [&](const City& city) { return city.slug == slug; });
    if (chosen == cities.end()) {
        return fail(ErrorCode::NotFound, "error.city.not_found", {std::string(slug)});
    }
    RUNDUM_TRY_ASSIGN(values, services.store.list_indicator_values());
    std::vector<IndicatorProfile> profiles;
    for (const City& city : cities) {
        IndicatorProfile profile{city.id, city.name, {}};
        for (const IndicatorValue& value : values) {
            if (value.city_id == city.id) {
                profile.values.emplace(value.indicator, value.value);
            }
        }
        profiles.push_back(std::move(profile));
    }
    CityComparison comparison;
    comparison.city = *chosen;
    comparison.indicators = indicators;
    comparison.ranking = rank_similar_cities(profiles, chosen->id, indicators);
    comparison.cities = std::move(cities);
    comparison.values = std::move(values);
    return comparison;
}

} // namespace rundum::web
