// SPDX-License-Identifier: EUPL-1.2
// The adoption a member may change, loaded with its original and city for the adoption pages;
// the rules themselves (who may record learning, advice) are core/permissions.
#pragma once

#include <string>
#include <string_view>

#include "core/city.hpp"
#include "core/learning.hpp"
#include "core/user.hpp"
#include "web/projects/project_access.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// An adoption with the project it copied and the city that adopted it.
struct AdoptionWithContext {
    Adoption adoption;
    ProjectWithCity original;
    City city; ///< the adopting city
};

/// The adoption if `member` may change it (RecordLearning for the adopting city): NotFound for
/// no such adoption (or an original the member may not see), Forbidden for other members.
Result<AdoptionWithContext> editable_adoption(Services& services, const User* member, std::string_view id);

/// "Stefanie Beispiel", or the email while the member has set no name.
std::string member_name(const User& member);

} // namespace rundum::web
