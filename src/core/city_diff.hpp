// What changed between two states of a city's profile, field by field, for the version view.
#pragma once

#include <string>
#include <vector>

#include "core/city.hpp"

namespace rundum {

/// One field that differs. `field` names a catalogue key below city.field.
struct FieldChange {
    std::string field;
    std::string before;
    std::string after;
};

/// The fields in which `after` differs from `before`, in the order of the edit form. Lists
/// (address lines, contacts) are compared as text, one entry a line.
std::vector<FieldChange> diff_cities(const City& before, const City& after);

} // namespace rundum
