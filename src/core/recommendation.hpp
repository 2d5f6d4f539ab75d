// SPDX-License-Identifier: EUPL-1.2
// Recommended projects for a city: what worked in cities like it first. With similar structural
// conditions the success factors and stumbling blocks tend to repeat, so a project running in a
// similar city, or adopted there with a good outcome, is the best first read. Every
// recommendation carries structured reasons; the web layer words them in German.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/learning.hpp"
#include "core/project.hpp"
#include "core/similarity.hpp"

namespace rundum {

/// The distance (root mean square of the gaps) up to which a reason calls a city "similar".
/// Two cities drawn at random lie about 1.4 apart, so 1.0 is clearly closer than usual.
constexpr double SIMILAR_CITY_DISTANCE = 1.0;

/// Why a project is recommended.
enum class ReasonKind {
    Running,   ///< the project runs
    Completed, ///< the project was carried through
    /// The project's city is similar (distance ≤ SIMILAR_CITY_DISTANCE): city_id, indicators.
    SimilarCity,
    /// A similar city adopted it with a good outcome: city_id (the closest such), indicators.
    AdoptedWellInSimilarCity,
    AdoptedWell,  ///< count: adoptions by other cities with a good outcome (left out when the only one is
                  ///< already named by AdoptedWellInSimilarCity)
    AdoptedMixed, ///< count: adoptions by other cities with a mixed outcome
};

/// One reason with its arguments; fields a kind does not use stay empty or 0.
struct RecommendationReason {
    ReasonKind kind{ReasonKind::Running};
    std::string city_id;                 ///< SimilarCity, AdoptedWellInSimilarCity
    std::vector<std::string> indicators; ///< the (at most 2) indicators they are alike on
    int count{0};                        ///< AdoptedWell, AdoptedMixed

    friend bool operator==(const RecommendationReason&, const RecommendationReason&) = default;
};

/// A recommended project.
struct Recommendation {
    std::string project_id;
    std::string city_id; ///< the project's city
    /// 1 for a project that worked (running, completed or adopted with a good outcome), plus half
    /// the likeness 1 / (1 + distance) of the most similar city it works in (its own city, or a
    /// city that adopted it well); cities not in the similarity ranking add 0. So anything that
    /// worked (≥ 1) comes before anything that has not yet (≤ 0.5).
    double score{0};
    std::vector<RecommendationReason> reasons; ///< status, likeness, then adoptions
};

/// Projects for `chosen_city_id` to look at, best first, at most `limit`. `similar` is the
/// similarity ranking for the chosen city (rank_similar_cities); `projects` and `adoptions` are
/// what the visitor may see (visible_adoptions), so no hidden record shapes the list.
///
/// Candidates are projects of other cities that are running, completed, or planned; ideas and
/// stopped projects are left out (nothing to copy yet, or no longer). Left out as well is every
/// project in the same family as one the chosen city already has or adopted (linked by
/// adoptions either way), so a city is never offered its own project or a copy of it. A
/// candidate needs at least one reason, so a planned project is offered only in a similar city.
/// Order: score, then more good adoptions, then title, then id.
std::vector<Recommendation> recommend_projects(const std::string& chosen_city_id,
                                               const std::vector<SimilarCity>& similar,
                                               const std::vector<Project>& projects,
                                               const std::vector<Adoption>& adoptions,
                                               std::size_t limit);

} // namespace rundum
