// SPDX-License-Identifier: EUPL-1.2
// Who may record advice between cities, built on the RecordLearning rule of core/permissions.
#pragma once

#include <vector>

#include "core/city.hpp"
#include "core/user.hpp"

namespace rundum {

/// The cities `member` may name as advising on a project of `project_city`: every other city
/// for those who record learning for the project's city (its coordinators, admins); otherwise
/// only the member's own city. Empty: the member may not record advice on it.
std::vector<City> advising_cities_for(const User& member, const City& project_city, const std::vector<City>& cities);

/// Whether `member` (nullptr: not signed in) may record or delete advice between these cities:
/// as one who records learning for the advised city or for the advising city (nullptr: unknown).
bool may_record_advice(const User* member, const City& advised_city, const City* advising_city);

} // namespace rundum
