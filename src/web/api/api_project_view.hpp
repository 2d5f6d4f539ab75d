// SPDX-License-Identifier: EUPL-1.2
// A Praxisbeispiel as the API sends it: its JSON with city and addresses, and its ETag.
#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "core/project.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// format::project_to_json with the city's slug and the addresses of the page and the files.
boost::json::object api_project_json(const Services& services, const Project& project, const std::string& city_slug);

/// The ETag of a project: the state of what is stored, as versions keep it.
std::string api_project_tag(const Project& project);

} // namespace rundum::web
