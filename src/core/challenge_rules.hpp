// SPDX-License-Identifier: EUPL-1.2
// Validation of shared challenges and the cities' approaches before anything is stored.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/challenge.hpp"
#include "core/result.hpp"
#include "core/utf8.hpp"

namespace rundum {

/// Limits in characters (not bytes), so a text full of umlauts gets the same room.
inline constexpr std::size_t MAX_CHALLENGE_TITLE = 200;
inline constexpr std::size_t MAX_CHALLENGE_DESCRIPTION = 20'000;
inline constexpr std::size_t MAX_CHALLENGE_QUESTIONS = 20;
inline constexpr std::size_t MAX_CHALLENGE_QUESTION = 500;
inline constexpr int MAX_CHALLENGE_POSITION = 9999;
inline constexpr std::size_t MAX_APPROACH_TEXT = 2000;

/// Checks a challenge: title present and not too long, slug valid (and not a word the
/// challenge pages use themselves, such as "neu"), description, questions and position within
/// their limits. A new challenge (`is_new`) must not take the slug of one in `existing`.
/// Errors name the field in their key ("challenge.error.title_missing" ...).
Result<void> validate_challenge(const Challenge& challenge, const std::vector<Challenge>& existing,
                                bool is_new);

/// Checks a city's approach: its text within MAX_APPROACH_TEXT (an empty text is allowed: it
/// removes the approach).
Result<void> validate_approach(const ChallengeApproach& approach);


} // namespace rundum
