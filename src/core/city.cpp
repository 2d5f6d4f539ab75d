// SPDX-License-Identifier: EUPL-1.2
// Rules about member cities that hold wherever a city comes from (web form, import, demo data).
#include "core/city.hpp"

namespace rundum {

bool is_profile_filled(const City& city)
{
    return !city.alliance.empty() || !city.contacts.empty();
}

std::vector<Contact> published_contacts(const std::vector<Contact>& contacts)
{
    std::vector<Contact> visible;
    for (const Contact& contact : contacts) {
        Contact shown{contact.id, contact.publish_name ? contact.name : "", contact.role,
                      contact.publish_email ? contact.email : "", contact.publish_phone ? contact.phone : "",
                      contact.publish_name, contact.publish_email, contact.publish_phone};
        if (!shown.name.empty() || !shown.email.empty() || !shown.phone.empty()) {
            visible.push_back(std::move(shown));
        }
    }
    return visible;
}

City public_view(const City& city)
{
    City shown = city;
    shown.contacts = published_contacts(city.contacts);
    return shown;
}

const City* city_with_id(const std::vector<City>& cities, std::string_view id)
{
    for (const City& city : cities) {
        if (city.id == id) {
            return &city;
        }
    }
    return nullptr;
}

} // namespace rundum
