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

/// What to say about a likeness in words ("ähnlich bei Kinderarmut und Mietniveau; verschieden
/// bei Einwohnerzahl"): the indicators where the two cities are close and where they are far.
struct Likeness {
    std::vector<std::string> alike_on;     ///< gap below ALIKE_GAP, closest first, at most 3
    std::vector<std::string> different_on; ///< gap of DIFFERENT_GAP or more, farthest first, at most 2
};

/// Half a standard deviation or less counts as alike ...
inline constexpr double ALIKE_GAP = 0.5;
/// ... one standard deviation or more as different.
inline constexpr double DIFFERENT_GAP = 1.0;

/// The words' content for one ranked city.
Likeness describe_likeness(const SimilarCity& city);

} // namespace rundum
