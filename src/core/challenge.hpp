// SPDX-License-Identifier: EUPL-1.2
// Shared challenges: problems several member cities work on (housing market and rents, family
// and child poverty, Kita expansion), with each city's approach and the projects that belong.
#pragma once

#include <string>
#include <vector>

namespace rundum {

/// One shared challenge, managed by the network's admins.
struct Challenge {
    std::string slug;        ///< stable key and URL part, e.g. "kitaausbau"
    std::string title;       ///< "Kitaausbau"
    std::string description; ///< Markdown (rendered in safe mode)
    std::vector<std::string> open_questions; ///< one question per entry, plain text
    int position{0};         ///< order in lists
    std::vector<std::string> project_ids; ///< linked Praxisbeispiele, filled when read
};

/// How one city works on a challenge, written by its coordinators.
struct ChallengeApproach {
    std::string challenge_slug;
    std::string city_id;
    std::string text;       ///< a short approach, plain text
    std::string updated_at; ///< ISO 8601 UTC
    std::string updated_by; ///< the member's name or email
};

} // namespace rundum
