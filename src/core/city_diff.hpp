// SPDX-License-Identifier: EUPL-1.2
// What changed between two states of a city's profile, field by field, for the version view.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/city.hpp"

namespace rundum {

/// One field that differs. `field` names a catalogue key below city.field.
struct FieldChange {
    std::string field;
    std::string before;
    std::string after;
    std::string subject{};  ///< whom the field is about (a contact's name), shown with the field
    bool is_yes_no{false};  ///< a decision: before and after are YES or NO
};

/// The values of a yes/no FieldChange (the page shows them in words).
inline constexpr std::string_view YES = "1";
inline constexpr std::string_view NO = "0";

/// The fields in which `after` differs from `before`, in the order of the edit form. Lists
/// (address lines, contacts) are compared as text, one entry a line; then each contact's
/// consent to publish its name, email and phone that changed (a new contact's against none).
std::vector<FieldChange> diff_cities(const City& before, const City& after);

} // namespace rundum
