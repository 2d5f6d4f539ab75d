// SPDX-License-Identifier: EUPL-1.2
// The family tree of a Praxisbeispiel: the original, the cities that adapted it, and those that
// adapted the adaptations. Pure: built from the adoption records alone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/learning.hpp"

namespace rundum {

/// One place in a family tree: a project, or an adoption whose city has no own project yet.
struct AdoptionTreeNode {
    std::string project_id;  ///< empty for an adoption without own project
    std::string adoption_id; ///< the adoption that put it here; empty for the original
    std::vector<AdoptionTreeNode> children; ///< ordered by start ("" last), then adoption id
};

/// The original the family of `project_id` started from: walks up through the adoptions whose
/// own project is the current one (the oldest such adoption when there are several), and stops
/// before a project it has seen, so cyclic records end. `project_id` itself when it adapts
/// nothing.
std::string adoption_root(std::string_view project_id, const std::vector<Adoption>& adoptions);

/// The whole family `project_id` belongs to, from adoption_root down. Every project appears
/// once (a record that would repeat one, or close a cycle, is left out); adoptions without own
/// project are leaves.
AdoptionTreeNode adoption_tree(std::string_view project_id, const std::vector<Adoption>& adoptions);

} // namespace rundum
