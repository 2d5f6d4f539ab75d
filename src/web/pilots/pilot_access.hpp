// SPDX-License-Identifier: EUPL-1.2
// Finding a pilot project for what a visitor wants to do with it, asked in one place for all
// pilot pages, and telling cities that they were added to one.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/permissions.hpp"
#include "core/pilot.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// The pilot of `slug` if `member` (nullptr: the public) may do `action` to it. A pilot the
/// visitor may not see is NotFound (its existence does not leak); one they see but may not
/// change is Forbidden.
Result<PilotProject> pilot_for(Services& services, const User* member, std::string_view slug,
                               PilotAction action, std::string_view city_id = {});

/// Every project's city, by project id (to check the local projects of a pilot).
Result<std::map<std::string, std::string>> project_cities(Services& services);

/// The pilots `member` may see whose cities link `project_id` as their local project.
Result<std::vector<PilotProject>> pilots_linking(Services& services, const User* member, std::string_view project_id);

/// Tells the members of each city of `pilot` that is not in `before` (except `actor`) that
/// their city takes part now. Failures are logged: the pilot is saved.
void tell_new_partners(Services& services, const PilotProject& pilot, const PilotProject& before, const User& actor);

/// Today in UTC, "YYYY-MM-DD".
std::string today_text();

} // namespace rundum::web
