// SPDX-License-Identifier: EUPL-1.2
// Learning edges and their sums. Records pointing at projects that do not
// exist (any more) are dropped rather than drawn to nowhere.
#include "core/learning_graph.hpp"

#include "core/calendar_date.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

namespace rundum {

namespace {

using ProjectIndex = std::map<std::string_view, const Project*>;

ProjectIndex index_projects(const std::vector<Project>& projects)
{
    ProjectIndex index;
    for (const Project& project : projects) {
        index.emplace(project.id, &project);
    }
    return index;
}

const Project* find_project(const ProjectIndex& index, std::string_view id)
{
    auto found = index.find(id);
    return found == index.end() ? nullptr : found->second;
}

bool may_see(const Project* project, bool members_may_see)
{
    return project != nullptr &&
           (members_may_see || project->visibility == ProjectVisibility::Public);
}

bool is_adoption_visible(const Adoption& adoption, const ProjectIndex& index, bool members_may_see)
{
    if (!may_see(find_project(index, adoption.original_project_id), members_may_see)) {
        return false;
    }
    return adoption.project_id.empty() ||
           may_see(find_project(index, adoption.project_id), members_may_see);
}

int year_of(std::string_view preferred, std::string_view fallback)
{
    const auto year = leading_year(preferred) ? leading_year(preferred) : leading_year(fallback);
    return year ? static_cast<int>(*year) : 0;
}

/// Earliest first: by when the adoption started (else when it was recorded), undated last,
/// then by id so the order never depends on the input.
} // namespace

std::vector<Adoption> visible_adoptions(const std::vector<Adoption>& adoptions,
                                        const std::vector<Project>& projects, bool members_may_see)
{
    const ProjectIndex index = index_projects(projects);
    std::vector<Adoption> visible;
    for (const Adoption& adoption : adoptions) {
        if (is_adoption_visible(adoption, index, members_may_see)) {
            visible.push_back(adoption);
        }
    }
    return visible;
}

std::vector<Advice> visible_advice(const std::vector<Advice>& advice,
                                   const std::vector<Project>& projects, bool members_may_see)
{
    const ProjectIndex index = index_projects(projects);
    std::vector<Advice> visible;
    for (const Advice& record : advice) {
        if (may_see(find_project(index, record.project_id), members_may_see)) {
            visible.push_back(record);
        }
    }
    return visible;
}

std::vector<LearningEdge> learning_edges(const std::vector<Adoption>& adoptions,
                                         const std::vector<Advice>& advice,
                                         const std::vector<Project>& projects,
                                         bool members_may_see)
{
    const ProjectIndex index = index_projects(projects);
    std::vector<LearningEdge> edges;
    for (const Adoption& adoption : adoptions) {
        if (!is_adoption_visible(adoption, index, members_may_see)) {
            continue;
        }
        const Project* original = find_project(index, adoption.original_project_id);
        if (original->city_id.empty() || adoption.city_id.empty() ||
            original->city_id == adoption.city_id) {
            continue;
        }
        edges.push_back(LearningEdge{original->city_id, adoption.city_id, LearningKind::Adoption,
                                     adoption.original_project_id, adoption.id,
                                     year_of(adoption.started, adoption.created_at)});
    }
    for (const Advice& record : advice) {
        if (!may_see(find_project(index, record.project_id), members_may_see) ||
            record.advising_city_id.empty() || record.advised_city_id.empty() ||
            record.advising_city_id == record.advised_city_id) {
            continue;
        }
        edges.push_back(LearningEdge{record.advising_city_id, record.advised_city_id,
                                     LearningKind::Advice, record.project_id, record.id,
                                     year_of(record.year, record.created_at)});
    }
    std::sort(edges.begin(), edges.end(), [](const LearningEdge& a, const LearningEdge& b) {
        return std::tie(a.year, a.kind, a.record_id) < std::tie(b.year, b.kind, b.record_id);
    });
    return edges;
}

std::vector<LearningEdge> edges_of_city(const std::vector<LearningEdge>& edges,
                                        const std::string& city_id)
{
    std::vector<LearningEdge> touching;
    for (const LearningEdge& edge : edges) {
        if (edge.from_city_id == city_id || edge.to_city_id == city_id) {
            touching.push_back(edge);
        }
    }
    return touching;
}

std::vector<LearningPair> learning_pairs(const std::vector<LearningEdge>& edges)
{
    std::map<std::pair<std::string, std::string>, LearningPair> pairs;
    for (const LearningEdge& edge : edges) {
        LearningPair& pair = pairs[{edge.from_city_id, edge.to_city_id}];
        pair.from_city_id = edge.from_city_id;
        pair.to_city_id = edge.to_city_id;
        (edge.kind == LearningKind::Adoption ? pair.adoptions : pair.advice) += 1;
    }
    std::vector<LearningPair> ordered;
    ordered.reserve(pairs.size());
    for (auto& [key, pair] : pairs) {
        ordered.push_back(std::move(pair));
    }
    return ordered;
}

LearningTimeline learning_timeline(const std::vector<LearningEdge>& edges)
{
    LearningTimeline timeline;
    std::map<int, LearningYearCount> by_year;
    for (const LearningEdge& edge : edges) {
        const bool is_adoption = edge.kind == LearningKind::Adoption;
        if (edge.year == 0) {
            (is_adoption ? timeline.undated_adoptions : timeline.undated_advice) += 1;
            continue;
        }
        LearningYearCount& count = by_year[edge.year];
        count.year = edge.year;
        (is_adoption ? count.adoptions : count.advice) += 1;
    }
    if (by_year.empty()) {
        return timeline;
    }
    for (int year = by_year.begin()->first; year <= by_year.rbegin()->first; ++year) {
        auto found = by_year.find(year);
        timeline.years.push_back(found == by_year.end() ? LearningYearCount{year, 0, 0}
                                                        : found->second);
    }
    return timeline;
}

} // namespace rundum
