// SPDX-License-Identifier: EUPL-1.2
// Who learned from whom: adoptions and advice as directed edges between cities (teacher →
// learner), summed per city pair and per year for the network picture. (A project's family tree of
// adaptations is core/adoption_tree.) Pure functions over the records; what a visitor may see is decided here
// once, so the picture, its table and the API agree.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/learning.hpp"
#include "core/project.hpp"

namespace rundum {

/// How one city learned from another.
enum class LearningKind {
    Adoption, ///< the learner adopted the teacher's project
    Advice,   ///< the teacher advised the learner on the learner's project
};

/// One record of learning, from the teacher to the learner.
struct LearningEdge {
    std::string from_city_id; ///< the teacher: the original's city, or the advising city
    std::string to_city_id;   ///< the learner: the adopting city, or the advised city
    LearningKind kind{LearningKind::Adoption};
    std::string project_id; ///< the original project (adoption) or the advised project (advice)
    std::string record_id;  ///< the adoption's or the advice's id
    /// Adoption: the year it started, else the year it was recorded; advice: its year, else the
    /// year it was recorded; 0 when neither is known.
    int year{0};
};

/// The adoptions a visitor may see. Members see every adoption whose original (and own project,
/// when one is linked) exists; the public only those whose original AND linked own project are
/// both public — an adoption says something about both projects, so neither may be hidden.
std::vector<Adoption> visible_adoptions(const std::vector<Adoption>& adoptions,
                                        const std::vector<Project>& projects, bool members_may_see);

/// The advice a visitor may see: its project exists, and for the public it is public.
std::vector<Advice> visible_advice(const std::vector<Advice>& advice,
                                   const std::vector<Project>& projects, bool members_may_see);

/// The learning edges a visitor may see (see visible_adoptions and visible_advice), ordered by
/// year, then kind (adoptions first), then record id. A city learning from itself (an adoption
/// within one city, advice to oneself) and records without both cities are left out.
std::vector<LearningEdge> learning_edges(const std::vector<Adoption>& adoptions,
                                         const std::vector<Advice>& advice,
                                         const std::vector<Project>& projects,
                                         bool members_may_see);

/// The edges that touch `city_id` (it taught or learned), in their order.
std::vector<LearningEdge> edges_of_city(const std::vector<LearningEdge>& edges,
                                        const std::string& city_id);

/// All learning in one direction between two cities, for drawing one arrow per kind.
struct LearningPair {
    std::string from_city_id;
    std::string to_city_id;
    int adoptions{0};
    int advice{0};

    friend bool operator==(const LearningPair&, const LearningPair&) = default;
};

/// The edges summed per ordered city pair (A → B apart from B → A), ordered by from, then to.
std::vector<LearningPair> learning_pairs(const std::vector<LearningEdge>& edges);

/// How many records fall in one year.
struct LearningYearCount {
    int year{0};
    int adoptions{0};
    int advice{0};

    friend bool operator==(const LearningYearCount&, const LearningYearCount&) = default;
};

/// Counts over time.
struct LearningTimeline {
    /// Every year from the first to the last with a record, years without any included as
    /// zeros, oldest first; empty when no edge has a year.
    std::vector<LearningYearCount> years;
    int undated_adoptions{0}; ///< edges with year 0, counted apart rather than dropped
    int undated_advice{0};
};

/// The edges counted per year and kind.
LearningTimeline learning_timeline(const std::vector<LearningEdge>& edges);


} // namespace rundum
