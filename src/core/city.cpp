// Rules about member cities that hold wherever a city comes from (web form, import, demo data).
#include "core/city.hpp"

namespace rundum {

bool is_profile_filled(const City& city)
{
    return !city.alliance.empty() || !city.contacts.empty();
}

} // namespace rundum
