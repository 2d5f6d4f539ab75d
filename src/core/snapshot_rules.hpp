// SPDX-License-Identifier: EUPL-1.2
// Validation of what a network snapshot says about learning between cities (adoptions, advice),
// the shared challenges with their approaches, and the indicator values: every reference must
// name a city or project of the same snapshot, so an import stores all of it or nothing.
#pragma once

#include "core/city.hpp"
#include "core/result.hpp"

namespace rundum {

/// The years an indicator figure or a piece of advice may describe.
inline constexpr int EARLIEST_YEAR = 1950;
inline constexpr int LATEST_YEAR = 2100;

/// Checks the snapshot's adoptions, advice, challenges, approaches and indicator values against
/// its cities and projects (validate_snapshot calls it after checking those). Errors are
/// "error.snapshot.*" keys naming the record.
Result<void> validate_snapshot_learning(const NetworkSnapshot& snapshot);

} // namespace rundum
