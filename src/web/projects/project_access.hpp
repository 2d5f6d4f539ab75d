// SPDX-License-Identifier: EUPL-1.2
// Who may see and who may change a Praxisbeispiel, asked in one place for pages and the API.
#pragma once

#include <string_view>

#include "core/city.hpp"
#include "core/project.hpp"
#include "core/user.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// A project with its city.
struct ProjectWithCity {
    Project project;
    City city;
};

/// Whether `member` (nullptr: the public) may see `project`: members-only projects only
/// members do.
bool is_visible(const Project& project, const User* member);

/// `project` as `member` (nullptr: the public) sees it: members (the network, the project's own
/// city among them) the whole contact, the public only the fields the contact agreed to publish.
Project as_seen_by(const Project& project, const User* member);

/// The project if `member` (nullptr: the public) may see it. A members-only project is
/// NotFound for the public, so its existence does not leak.
Result<ProjectWithCity> visible_project(Services& services, const User* member, std::string_view id);

/// The project if `member` may change it: NotFound as above, Forbidden for a member of
/// another city.
Result<ProjectWithCity> editable_project(Services& services, const User* member, std::string_view id);

/// The city a member may create projects for: the admin's choice, the coordinator's own city.
Result<City> city_for_new_project(Services& services, const User& member, std::string_view chosen_city_id);

/// A new random project id ("p-…").
std::string new_project_id();

} // namespace rundum::web
