// SPDX-License-Identifier: EUPL-1.2
// Validation of adoptions, advice and interest before anything is stored.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/learning.hpp"
#include "core/result.hpp"
#include "core/utf8.hpp"

namespace rundum {

/// The longest texts, in characters: what was changed, how it went, what the advice was about.
inline constexpr std::size_t MAX_LEARNING_TEXT = 5000;
/// The longest later note on an adoption ("Neuer Stand").
inline constexpr std::size_t MAX_ADOPTION_UPDATE = 2000;
/// The longest note of a city's interest.
inline constexpr std::size_t MAX_INTEREST_NOTE = 1000;


/// Checks an adoption's texts, start ("YYYY" or "YYYY-MM") and updates, and that a city does
/// not adopt from itself (`original_city_id`: the original's city). Keys "adoption.error.*".
Result<void> validate_adoption(const Adoption& adoption, std::string_view original_city_id);

/// Checks one new update: a real date "YYYY-MM-DD" and a text of at most MAX_ADOPTION_UPDATE.
Result<void> validate_adoption_update(const AdoptionUpdate& update);

/// Checks advice: two different cities, the note's length, a year "YYYY" or none.
Result<void> validate_advice(const Advice& advice);

/// Checks the note of an interest.
Result<void> validate_interest(const Interest& interest);

} // namespace rundum
