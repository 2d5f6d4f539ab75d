// SPDX-License-Identifier: EUPL-1.2
// The advice rules: the advised or the advising city records it.
#include "core/learning_permissions.hpp"

#include "core/permissions.hpp"

namespace rundum {

std::vector<City> advising_cities_for(const User& member, const City& project_city, const std::vector<City>& cities)
{
    const bool for_project_city = is_allowed(&member, Action::RecordLearning, &project_city);
    std::vector<City> allowed;
    for (const City& city : cities) {
        if (city.id != project_city.id && (for_project_city || city.id == member.city_id)) {
            allowed.push_back(city);
        }
    }
    return allowed;
}

bool may_record_advice(const User* member, const City& advised_city, const City* advising_city)
{
    return is_allowed(member, Action::RecordLearning, &advised_city) ||
           (advising_city != nullptr && is_allowed(member, Action::RecordLearning, advising_city));
}

} // namespace rundum
