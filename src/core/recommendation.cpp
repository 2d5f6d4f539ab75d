// SPDX-License-Identifier: EUPL-1.2
// Recommendations: candidates, their reasons and the score that orders them.
#include "core/recommendation.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace rundum {

namespace {

/// The projects linked by adoptions (either way) to a project the city has or adopted.
std::set<std::string_view> family_of_city(const std::string& city_id,
                                          const std::vector<Project>& projects,
                                          const std::vector<Adoption>& adoptions)
{
    std::map<std::string_view, std::vector<std::string_view>> links;
    std::vector<std::string_view> pending;
    for (const Adoption& adoption : adoptions) {
        if (!adoption.project_id.empty()) {
            links[adoption.original_project_id].push_back(adoption.project_id);
            links[adoption.project_id].push_back(adoption.original_project_id);
        }
        if (adoption.city_id == city_id) {
            pending.push_back(adoption.original_project_id);
        }
    }
    for (const Project& project : projects) {
        if (project.city_id == city_id) {
            pending.push_back(project.id);
        }
    }
    std::set<std::string_view> family;
    while (!pending.empty()) {
        const std::string_view id = pending.back();
        pending.pop_back();
        if (!family.insert(id).second) {
            continue;
        }
        if (auto found = links.find(id); found != links.end()) {
            pending.insert(pending.end(), found->second.begin(), found->second.end());
        }
    }
    return family;
}

double likeness(const SimilarCity& city)
{
    return 1.0 / (1.0 + city.distance);
}

struct Candidate {
    Recommendation recommendation;
    int good_adoptions{0};
    const Project* project{nullptr};
};

} // namespace

std::vector<Recommendation> recommend_projects(const std::string& chosen_city_id,
                                               const std::vector<SimilarCity>& similar,
                                               const std::vector<Project>& projects,
                                               const std::vector<Adoption>& adoptions,
                                               std::size_t limit)
{
    std::map<std::string_view, const SimilarCity*> similar_by_id;
    for (const SimilarCity& city : similar) {
        similar_by_id.emplace(city.city_id, &city);
    }
    auto similar_city = [&](std::string_view city_id) -> const SimilarCity* {
        auto found = similar_by_id.find(city_id);
        return found == similar_by_id.end() ? nullptr : found->second;
    };
    auto is_similar = [](const SimilarCity* city) {
        return city != nullptr && city->distance <= SIMILAR_CITY_DISTANCE;
    };
    auto likeness_reason = [](ReasonKind kind, const SimilarCity& city) {
        return RecommendationReason{kind, city.city_id, likeness_indicators(city).alike, 0};
    };

    const std::set<std::string_view> family = family_of_city(chosen_city_id, projects, adoptions);
    std::vector<Candidate> candidates;
    for (const Project& project : projects) {
        if (project.city_id.empty() || project.city_id == chosen_city_id ||
            family.count(project.id) != 0 || project.status == ProjectStatus::Idea ||
            project.status == ProjectStatus::Stopped) {
            continue;
        }
        int good = 0;
        int mixed = 0;
        const SimilarCity* closest_good_adopter = nullptr; // `similar` is ordered most similar first
        for (const Adoption& adoption : adoptions) {
            if (adoption.original_project_id != project.id || adoption.city_id == project.city_id) {
                continue;
            }
            if (adoption.outcome == AdoptionOutcome::Good) {
                ++good;
                const SimilarCity* adopter = similar_city(adoption.city_id);
                if (adopter != nullptr &&
                    (closest_good_adopter == nullptr ||
                     std::tie(adopter->distance, adopter->city_name, adopter->city_id) <
                         std::tie(closest_good_adopter->distance, closest_good_adopter->city_name,
                                  closest_good_adopter->city_id))) {
                    closest_good_adopter = adopter;
                }
            } else if (adoption.outcome == AdoptionOutcome::Mixed) {
                ++mixed;
            }
        }

        Recommendation recommendation{project.id, project.city_id, 0, {}};
        if (project.status == ProjectStatus::Running) {
            recommendation.reasons.push_back({ReasonKind::Running, {}, {}, 0});
        } else if (project.status == ProjectStatus::Completed) {
            recommendation.reasons.push_back({ReasonKind::Completed, {}, {}, 0});
        }
        const SimilarCity* home = similar_city(project.city_id);
        if (is_similar(home)) {
            recommendation.reasons.push_back(likeness_reason(ReasonKind::SimilarCity, *home));
        }
        const bool adopted_in_similar_city = is_similar(closest_good_adopter);
        if (adopted_in_similar_city) {
            recommendation.reasons.push_back(
                likeness_reason(ReasonKind::AdoptedWellInSimilarCity, *closest_good_adopter));
        }
        // One good adoption in a similar city is said once, not again as "by one city".
        if (good > (adopted_in_similar_city ? 1 : 0)) {
            recommendation.reasons.push_back({ReasonKind::AdoptedWell, {}, {}, good});
        }
        if (mixed > 0) {
            recommendation.reasons.push_back({ReasonKind::AdoptedMixed, {}, {}, mixed});
        }
        if (recommendation.reasons.empty()) {
            continue;
        }

        const bool worked = project.status == ProjectStatus::Running ||
                            project.status == ProjectStatus::Completed || good > 0;
        double best_likeness = home != nullptr ? likeness(*home) : 0;
        if (closest_good_adopter != nullptr) {
            best_likeness = std::max(best_likeness, likeness(*closest_good_adopter));
        }
        recommendation.score = (worked ? 1.0 : 0.0) + best_likeness / 2;
        candidates.push_back(Candidate{std::move(recommendation), good, &project});
    }

    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(b.recommendation.score, b.good_adoptions, a.project->title, a.project->id) <
               std::tie(a.recommendation.score, a.good_adoptions, b.project->title, b.project->id);
    });
    std::vector<Recommendation> ordered;
    for (std::size_t i = 0; i < candidates.size() && i < limit; ++i) {
        ordered.push_back(std::move(candidates[i].recommendation));
    }
    return ordered;
}

} // namespace rundum
