// SPDX-License-Identifier: EUPL-1.2
// Consent to publish contact data in the store (issue 15).
#pragma once

#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/contact_consent.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// What a save of a city or project writes besides its state and version, in the same
/// transaction: the consent records of the save, older versions rewritten without withdrawn contact data
/// (replacing the content of the version with the same number), and information mails.
struct ConsentWrites {
    std::vector<ConsentRecord> records{};
    std::vector<CityVersion> rewritten_versions{};
    std::vector<QueuedMail> mails{};
};

/// The consent records of contact data; saving a city or project with consent is in
/// CityStore and ProjectStore.
class ConsentStore {
public:
    virtual ~ConsentStore() = default;

    /// Keeps one consent record (its id is numbered by the database).
    virtual Result<void> add_consent_record(const ConsentRecord& record) = 0;
    /// The records of the contacts of kind `subject_kind` ("city_contact", "project_contact")
    /// that `holder_id` (the city's or project's id) has or had, newest first.
    virtual Result<std::vector<ConsentRecord>> consent_records(std::string_view subject_kind,
                                                               std::string_view holder_id) = 0;
};

} // namespace rundum::store
