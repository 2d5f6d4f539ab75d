// A member city for store tests: only what the store requires (header only: the targets that
// use it link rundum_core).
#pragma once

#include <string>

#include "core/city.hpp"

namespace rundum::testing {

/// The city "city-{slug}" named `name`, in Thüringen.
inline City member_city(const std::string& slug, const std::string& name)
{
    City city;
    city.id = "city-" + slug;
    city.slug = slug;
    city.name = name;
    city.state = "Thüringen";
    city.location = {50.93, 11.59};
    return city;
}

} // namespace rundum::testing
