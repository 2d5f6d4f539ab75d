// SPDX-License-Identifier: EUPL-1.2
// Visibility and permission checks for projects.
#include "web/projects/project_access.hpp"

#include "auth/tokens.hpp"
#include "core/permissions.hpp"

namespace rundum::web {

namespace {

Result<City> city_with_id(Services& services, const std::string& id)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    for (City& city : cities) {
        if (city.id == id) {
            return std::move(city);
        }
    }
    return fail(ErrorCode::NotFound, "error.city.not_found", {id});
}

} // namespace

bool is_visible(const Project& project, const User* member)
{
    return project.visibility == ProjectVisibility::Public || is_allowed(member, Action::ViewMembersOnly);
}

Project as_seen_by(const Project& project, const User* member)
{
    return is_allowed(member, Action::ViewMembersOnly) ? project : public_view(project);
}

Result<ProjectWithCity> visible_project(Services& services, const User* member, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(project, services.store.find_project(id));
    if (!project || !is_visible(*project, member)) {
        return fail(ErrorCode::NotFound, "error.project.not_found");
    }
    RUNDUM_TRY_ASSIGN(city, city_with_id(services, project->city_id));
    return ProjectWithCity{std::move(*project), std::move(city)};
}

Result<ProjectWithCity> editable_project(Services& services, const User* member, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(found, visible_project(services, member, id));
    if (!is_allowed(member, Action::EditProject, &found.city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return found;
}

Result<City> city_for_new_project(Services& services, const User& member, std::string_view chosen_city_id)
{
    const std::string id = member.role == Role::Admin ? std::string(chosen_city_id) : member.city_id;
    if (id.empty()) {
        return fail(ErrorCode::Invalid, "error.project.city_missing");
    }
    RUNDUM_TRY_ASSIGN(city, city_with_id(services, id));
    if (!is_allowed(&member, Action::EditProject, &city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return city;
}

std::string new_project_id()
{
    return "p-" + auth::random_token().substr(0, 16);
}

} // namespace rundum::web
