// SPDX-License-Identifier: EUPL-1.2
// Cities like mine: how alike two cities are on structural indicators (population, child
// poverty, daycare rate, rents ...). Where conditions are alike, success factors and stumbling
// blocks tend to repeat, so the network ranks what worked in similar cities first.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rundum {

/// A city's values by indicator key ("child_poverty_u15_pct"); a missing figure is absent,
/// never a guessed number.
struct IndicatorProfile {
    std::string city_id;
    std::string city_name;
    std::map<std::string, double> values;
};

/// How one indicator compares between the chosen city and another, in standard deviations of
/// that indicator over all cities that have it.
struct IndicatorGap {
    std::string indicator;
    double gap{0}; ///< |z(chosen) - z(other)|
};

/// Another city's likeness to the chosen one.
struct SimilarCity {
    std::string city_id;
    std::string city_name;
    /// Root mean square of the standardised gaps over the indicators both cities have;
    /// 0 means alike on every compared indicator.
    double distance{0};
    std::vector<IndicatorGap> gaps; ///< the compared indicators, closest first (ties by key)
    std::vector<std::string> missing; ///< chosen indicators this comparison had to leave out
};

/// The cities of `profiles` other than `chosen_city_id`, most similar first, compared on
/// `indicators`. An indicator counts only where both cities have a value and at least two
/// cities have it with some spread (a constant says nothing about likeness). Cities sharing no
/// usable indicator with the chosen one are left out. Ties are ordered by name, then id, so the
/// order never depends on the input order. Empty when the chosen city is unknown.
std::vector<SimilarCity> rank_similar_cities(const std::vector<IndicatorProfile>& profiles,
                                             const std::string& chosen_city_id,
                                             const std::vector<std::string>& indicators);

/// A standardised gap (in standard deviations) below which two cities count as alike on an
/// indicator.
constexpr double ALIKE_BELOW = 0.5;
/// A standardised gap above which two cities count as different on an indicator.
constexpr double DIFFERENT_ABOVE = 1.0;

/// The indicators on which another city is alike and on which it differs, for words like
/// "ähnlich bei Kinderarmut und Mietniveau; verschieden bei Einwohnerzahl".
struct Likeness {
    std::vector<std::string> alike;     ///< gap < alike_below, closest first (ties by key)
    std::vector<std::string> different; ///< gap > different_above, farthest first (ties by key)
};

/// At most `max_each` indicator keys of either kind out of `city`'s gaps.
Likeness likeness_indicators(const SimilarCity& city, std::size_t max_each = 2,
                             double alike_below = ALIKE_BELOW,
                             double different_above = DIFFERENT_ABOVE);

} // namespace rundum
