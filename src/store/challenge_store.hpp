// SPDX-License-Identifier: EUPL-1.2
// Shared challenges in the store, with the cities' approaches.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/challenge.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// Shared challenges and the cities' approaches to them.
class ChallengeStore {
public:
    virtual ~ChallengeStore() = default;

    /// The challenges in their order, each with its linked projects.
    virtual Result<std::vector<Challenge>> list_challenges() = 0;
    virtual Result<std::optional<Challenge>> find_challenge(std::string_view slug) = 0;
    /// Stores a challenge's title, description, questions and position (inserted or replaced);
    /// its linked projects stay as they are.
    virtual Result<void> save_challenge(const Challenge& challenge) = 0;
    /// Removes a challenge with its approaches and links. NotFound if there is none.
    virtual Result<void> delete_challenge(std::string_view slug) = 0;
    /// The cities' approaches to a challenge, ordered by city id.
    virtual Result<std::vector<ChallengeApproach>> challenge_approaches(std::string_view challenge_slug) = 0;
    /// Sets one city's approach (an empty text removes it) and which of that city's projects
    /// are linked to the challenge, in one transaction.
    virtual Result<void> save_approach(const ChallengeApproach& approach,
                                       const std::vector<std::string>& city_project_ids) = 0;
};

} // namespace rundum::store
