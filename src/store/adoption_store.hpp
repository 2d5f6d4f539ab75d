// SPDX-License-Identifier: EUPL-1.2
// Nachmachen in the store: adoptions, interest and advice.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/learning.hpp"
#include "core/project.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// Nachmachen: adoptions of projects by other cities, cities' interest, and advice.
class AdoptionStore {
public:
    virtual ~AdoptionStore() = default;

    /// Every adoption with its updates, oldest first.
    virtual Result<std::vector<Adoption>> list_adoptions() = 0;
    virtual Result<std::optional<Adoption>> find_adoption(std::string_view id) = 0;
    /// Stores an adoption's new state (inserted or replaced, updates included).
    virtual Result<void> save_adoption(const Adoption& adoption) = 0;
    /// Stores a new adoption together with the adopting city's copy of the original and the
    /// copy's first version, in one transaction: no copy without its adoption.
    virtual Result<void> save_adoption_with_copy(const Adoption& adoption, const Project& copy,
                                                 const ProjectVersion& version) = 0;
    /// NotFound if there is none.
    virtual Result<void> delete_adoption(std::string_view id) = 0;
    /// The cities interested in a project, oldest first.
    virtual Result<std::vector<Interest>> interests(std::string_view project_id) = 0;
    /// Records a city's interest; false (and nothing changed) when the city said so before.
    virtual Result<bool> add_interest(const Interest& interest) = 0;
    virtual Result<void> remove_interest(std::string_view project_id, std::string_view city_id) = 0;
    /// Every record of advice, oldest first.
    virtual Result<std::vector<Advice>> list_advice() = 0;
    virtual Result<void> add_advice(const Advice& advice) = 0;
    /// NotFound if there is none.
    virtual Result<void> delete_advice(std::string_view id) = 0;
};

} // namespace rundum::store
