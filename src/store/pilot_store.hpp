// SPDX-License-Identifier: EUPL-1.2
// Joint pilot projects in the store, with their cities, milestones and documents.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/pilot.hpp"
#include "core/project.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// Joint pilot projects with their cities, milestones and documents.
class PilotStore {
public:
    virtual ~PilotStore() = default;

    /// Every pilot by title, each with its cities (in their order), milestones (by due date)
    /// and its documents' descriptions.
    virtual Result<std::vector<PilotProject>> list_pilots() = 0;
    /// One pilot by its slug, as list_pilots gives it, or nullopt.
    virtual Result<std::optional<PilotProject>> find_pilot(std::string_view slug) = 0;
    /// Stores a pilot (inserted or replaced by id) with its cities and milestones, which replace
    /// the stored ones, in one transaction; its documents stay. Conflict if another pilot has
    /// the slug.
    virtual Result<void> save_pilot(const PilotProject& pilot) = 0;
    /// Sets one city's own entry (local project and note; the role stays). NotFound if the city
    /// does not take part in the pilot.
    virtual Result<void> save_pilot_partner(std::string_view pilot_id, const PilotPartner& partner) = 0;
    /// Stores a document for a pilot (bytes already checked by their content), added by the city
    /// `city_id` (empty: by an admin without a city).
    virtual Result<void> add_pilot_document(std::string_view pilot_id, const AttachmentInfo& info,
                                            const std::string& bytes, std::string_view city_id) = 0;
    /// The city that added a pilot's document ("" when not known or an admin's), or nullopt
    /// when the pilot has no such document.
    virtual Result<std::optional<std::string>> pilot_document_city(std::string_view pilot_id,
                                                                   std::string_view document_id) = 0;
    /// A document's description and bytes, or nullopt.
    virtual Result<std::optional<std::pair<AttachmentInfo, std::string>>> pilot_document(
        std::string_view pilot_id, std::string_view document_id) = 0;
    /// NotFound if the pilot has no such document.
    virtual Result<void> remove_pilot_document(std::string_view pilot_id, std::string_view document_id) = 0;
    /// Counts an upload of `user_id` at `at_unix` if the member made fewer than `limit` since
    /// `since_unix`, in one transaction (so that every instance counts the same); false when the
    /// limit is reached (nothing is counted then).
    virtual Result<bool> claim_upload(std::string_view user_id, std::int64_t at_unix, std::int64_t since_unix,
                                      std::size_t limit) = 0;
    /// Removes a pilot with its cities, milestones and documents. NotFound if there is none.
    virtual Result<void> delete_pilot(std::string_view id) = 0;
};

} // namespace rundum::store
