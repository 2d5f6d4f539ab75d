// SPDX-License-Identifier: EUPL-1.2
// Loading the learning records and applying core's visibility rules in one place.
#include "web/adoptions/learning_access.hpp"

#include <algorithm>

#include "core/permissions.hpp"

namespace rundum::web {

Result<LearningRecords> visible_learning(const Request& request, Services& services)
{
    LearningRecords records;
    records.members_may_see = is_allowed(request.visitor.member(), Action::ViewMembersOnly);
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(projects, services.store.list_projects());
    RUNDUM_TRY_ASSIGN(adoptions, services.store.list_adoptions());
    RUNDUM_TRY_ASSIGN(advice, services.store.list_advice());
    records.adoptions = visible_adoptions(adoptions, projects, records.members_may_see);
    records.advice = visible_advice(advice, projects, records.members_may_see);
    if (!records.members_may_see) {
        std::erase_if(projects, [](const Project& project) { return project.visibility != ProjectVisibility::Public; });
    }
    records.cities = std::move(cities);
    records.projects = std::move(projects);
    return records;
}

const Project* project_by_id(const std::vector<Project>& projects, std::string_view id)
{
    auto found = std::find_if(projects.begin(), projects.end(), [&](const Project& project) { return project.id == id; });
    return found == projects.end() ? nullptr : &*found;
}

} // namespace rundum::web
