// SPDX-License-Identifier: EUPL-1.2
// Validation of what a network snapshot says about the cities' work together: the meetings with
// their agenda, registrations and action items, the joint pilot projects, and the questions to
// the network with their answers. Every reference must name a city, project, challenge, topic,
// meeting or question of the same snapshot, so an import stores all of it or nothing.
#pragma once

#include "core/city.hpp"
#include "core/result.hpp"

namespace rundum {

/// Checks the snapshot's meetings, pilots and questions against its cities, projects,
/// challenges and topics (validate_snapshot calls it after checking those). Reference errors
/// are "error.snapshot.*" keys naming the record; a record that breaks a rule of its own
/// (a missing title, an end before the start) gets the key of its form's rule, with the record
/// in the error's detail.
Result<void> validate_snapshot_collaboration(const NetworkSnapshot& snapshot);

} // namespace rundum
