// Who may record and change what cities learned from each other (adoptions, advice), asked in
// one place for the pages of adoptions, interest and advice.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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

/// The cities `member` may name as advising on a project of `project_city`: every other city
/// for those who record for the project's city (its coordinators, admins); otherwise only the
/// member's own city. Empty: the member may not record advice on it.
std::vector<City> advising_cities_for(const User& member, const City& project_city, const std::vector<City>& cities);

/// Whether `member` may record or delete advice between these cities: as the advised or the
/// advising city.
bool may_record_advice(const User* member, const City& advised_city, const City* advising_city);

/// "Stefanie Beispiel", or the email while the member has set no name.
std::string member_name(const User& member);

} // namespace rundum::web
