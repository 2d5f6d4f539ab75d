// SPDX-License-Identifier: EUPL-1.2
// Outcome keys of adoptions.
#include "core/learning.hpp"

#include <array>

namespace rundum {

namespace {

constexpr std::array<std::pair<AdoptionOutcome, std::string_view>, 4> OUTCOME_KEYS = {{
    {AdoptionOutcome::Open, "offen"},
    {AdoptionOutcome::Good, "gut"},
    {AdoptionOutcome::Mixed, "gemischt"},
    {AdoptionOutcome::Poor, "schwierig"},
}};

} // namespace

std::string_view outcome_key(AdoptionOutcome outcome)
{
    for (const auto& [value, key] : OUTCOME_KEYS) {
        if (value == outcome) {
            return key;
        }
    }
    return "offen";
}

std::optional<AdoptionOutcome> outcome_from_key(std::string_view key)
{
    for (const auto& [value, known] : OUTCOME_KEYS) {
        if (known == key) {
            return value;
        }
    }
    return std::nullopt;
}

const std::vector<AdoptionOutcome>& all_outcomes()
{
    static const std::vector<AdoptionOutcome> outcomes = {AdoptionOutcome::Open, AdoptionOutcome::Good,
                                                          AdoptionOutcome::Mixed, AdoptionOutcome::Poor};
    return outcomes;
}

} // namespace rundum
