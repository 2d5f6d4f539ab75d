// SPDX-License-Identifier: EUPL-1.2
// What changed between two states of a Praxisbeispiel, field by field, for the version view.
#pragma once

#include <vector>

#include "core/city_diff.hpp"
#include "core/project.hpp"

namespace rundum {

/// The fields in which `after` differs from `before`, in the order of the edit form. `field`
/// names a catalogue key below project.field; lists are compared as text, one item a line.
std::vector<FieldChange> diff_projects(const Project& before, const Project& after);

} // namespace rundum
