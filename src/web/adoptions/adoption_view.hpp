// SPDX-License-Identifier: EUPL-1.2
// What a project's page shows of the network's learning: the cities that adopted it
// ("Nachgemacht"), who advised on it ("Beraten von"), the interested cities (members only) and
// its family tree of adaptations.
#pragma once

#include "core/user.hpp"
#include "web/projects/project_access.hpp"
#include "web/http/services.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// Adds the learning sections to the fields of a project's page (see project.mustache).
/// `member` nullptr: the public, who see adoptions and the tree only where every project
/// involved is public, and no interest at all; the page is then the same for every anonymous
/// visitor and may be cached.
Result<void> add_learning_view(TemplateData& page, Services& services, const ProjectWithCity& project,
                               const User* member);

} // namespace rundum::web
