// SPDX-License-Identifier: EUPL-1.2
// The learning records a visitor may see, loaded once for the network page, the API and the
// recommendations.
#pragma once

#include <vector>

#include "core/city.hpp"
#include "core/learning_graph.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Cities, projects, adoptions and advice, the last three reduced to what the visitor may see.
struct LearningRecords {
    std::vector<City> cities;
    std::vector<Project> projects;
    std::vector<Adoption> adoptions;
    std::vector<Advice> advice;
    bool members_may_see{false};
};

Result<LearningRecords> visible_learning(const Request& request, Services& services);

/// The project of `id` among `projects`, or nullptr.
const Project* project_by_id(const std::vector<Project>& projects, std::string_view id);

} // namespace rundum::web
