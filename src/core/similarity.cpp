// SPDX-License-Identifier: EUPL-1.2
// Standardised distance: each indicator becomes z-scores over the cities that have it (mean 0,
// standard deviation 1), so a gap in rents and a gap in child poverty weigh alike; the distance
// is the root mean square of the gaps, so cities compared on fewer indicators are not favoured.
#include "core/similarity.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace rundum {

namespace {

struct Scale {
    double mean{0};
    double deviation{0}; ///< population standard deviation; 0 means the indicator is unusable
};

std::map<std::string, Scale> scales_of(const std::vector<IndicatorProfile>& profiles,
                                       const std::vector<std::string>& indicators)
{
    std::map<std::string, Scale> scales;
    for (const std::string& indicator : indicators) {
        std::vector<double> values;
        for (const IndicatorProfile& profile : profiles) {
            if (auto found = profile.values.find(indicator); found != profile.values.end() &&
                                                             std::isfinite(found->second)) {
                values.push_back(found->second);
            }
        }
        if (values.size() < 2) {
            continue;
        }
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        const double mean = sum / static_cast<double>(values.size());
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        const double deviation = std::sqrt(squares / static_cast<double>(values.size()));
        if (deviation > 0) {
            scales.emplace(indicator, Scale{mean, deviation});
        }
    }
    return scales;
}

std::optional<double> z_score(const IndicatorProfile& profile, const std::string& indicator, const Scale& scale)
{
    auto found = profile.values.find(indicator);
    if (found == profile.values.end() || !std::isfinite(found->second)) {
        return std::nullopt;
    }
    return (found->second - scale.mean) / scale.deviation;
}

} // namespace

std::vector<SimilarCity> rank_similar_cities(const std::vector<IndicatorProfile>& profiles,
                                             const std::string& chosen_city_id,
                                             const std::vector<std::string>& indicators)
{
    auto chosen = std::find_if(profiles.begin(), profiles.end(),
                               [&](const IndicatorProfile& profile) { return profile.city_id == chosen_city_id; });
    if (chosen == profiles.end()) {
        return {};
    }
    const std::map<std::string, Scale> scales = scales_of(profiles, indicators);
    std::vector<SimilarCity> ranked;
    for (const IndicatorProfile& other : profiles) {
        if (other.city_id == chosen_city_id) {
            continue;
        }
        SimilarCity similar{other.city_id, other.city_name, 0, {}, {}};
        double squares = 0;
        for (const std::string& indicator : indicators) {
            auto scale = scales.find(indicator);
            const auto mine = scale == scales.end() ? std::nullopt : z_score(*chosen, indicator, scale->second);
            const auto theirs = scale == scales.end() ? std::nullopt : z_score(other, indicator, scale->second);
            if (!mine || !theirs) {
                similar.missing.push_back(indicator);
                continue;
            }
            const double gap = std::abs(*mine - *theirs);
            similar.gaps.push_back(IndicatorGap{indicator, gap});
            squares += gap * gap;
        }
        if (similar.gaps.empty()) {
            continue;
        }
        similar.distance = std::sqrt(squares / static_cast<double>(similar.gaps.size()));
        std::sort(similar.gaps.begin(), similar.gaps.end(), [](const IndicatorGap& a, const IndicatorGap& b) {
            return std::tie(a.gap, a.indicator) < std::tie(b.gap, b.indicator);
        });
        ranked.push_back(std::move(similar));
    }
    std::sort(ranked.begin(), ranked.end(), [](const SimilarCity& a, const SimilarCity& b) {
        return std::tie(a.distance, a.city_name, a.city_id) < std::tie(b.distance, b.city_name, b.city_id);
    });
    return ranked;
}

Likeness likeness_indicators(const SimilarCity& city, std::size_t max_each, double alike_below,
                             double different_above)
{
    Likeness result;
    std::vector<IndicatorGap> far;
    for (const IndicatorGap& gap : city.gaps) {
        if (gap.gap < alike_below && result.alike.size() < max_each) {
            result.alike.push_back(gap.indicator);
        } else if (gap.gap > different_above) {
            far.push_back(gap);
        }
    }
    // The gaps come closest first; the farthest are wanted first, ties still by key.
    std::sort(far.begin(), far.end(), [](const IndicatorGap& a, const IndicatorGap& b) {
        return std::tie(b.gap, a.indicator) < std::tie(a.gap, b.indicator);
    });
    for (std::size_t i = 0; i < far.size() && i < max_each; ++i) {
        result.different.push_back(far[i].indicator);
    }
    return result;
}

} // namespace rundum
