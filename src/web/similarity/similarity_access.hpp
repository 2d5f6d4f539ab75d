// SPDX-License-Identifier: EUPL-1.2
// Cities like mine, shared by the page and the API: which indicators were asked for, and the
// chosen city's ranking of the other member cities on them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/city.hpp"
#include "core/similarity.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// A chosen city compared with the others.
struct CityComparison {
    City city;                            ///< the chosen city
    std::vector<std::string> indicators;  ///< the compared indicator keys, in definition order
    std::vector<City> cities;             ///< every member city, by slug
    std::vector<IndicatorValue> values;   ///< every stored figure
    std::vector<SimilarCity> ranking;     ///< the other cities, most similar first
};

/// The known indicator keys among `requested`, in definition order; every indicator when none
/// of them is known (a first visit asks for nothing).
std::vector<std::string> chosen_indicators(const std::vector<std::string>& requested);

/// Ranks the member cities by likeness to the city of `slug` (NotFound if there is none).
Result<CityComparison> compare_city(Services& services, std::string_view slug,
                                    const std::vector<std::string>& indicators);

/// The figure of `city_id` for `indicator` among `values`, or nullptr (missing).
const IndicatorValue* figure_of(const std::vector<IndicatorValue>& values, std::string_view city_id,
                                std::string_view indicator);

} // namespace rundum::web
