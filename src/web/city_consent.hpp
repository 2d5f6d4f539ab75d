// SPDX-License-Identifier: EUPL-1.2
// Consent on the city profile form: what a save records (who, when, on what basis), which older
// versions forget withdrawn contact data, the information mail to the person, and the records
// as the versions page lists them.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/contact_consent.hpp"
#include "store/store.hpp"
#include "web/services.hpp"
#include "web/templates.hpp"

namespace rundum::web {

/// What the form says about one contact's consent besides the three checkboxes.
struct ContactConsentInput {
    std::string basis;  ///< the basis chosen for a consent given now (see core's bases), or ""
    bool inform{false}; ///< mail the person what is published
};

/// The input by contact id.
using ConsentInputs = std::map<std::string, ContactConsentInput>;

/// A city as its versions store it.
std::string city_version_content(const City& city);

/// What the save from `before` to `after` by the signed-in member writes about consent:
/// a record per consent given or withdrawn, the older `versions` rewritten without the data of
/// withdrawn fields and removed contacts, and the information mails asked for. Invalid
/// ("error.consent.basis_missing") when a consent is given without a basis.
Result<store::CityConsentWrites> city_consent_writes(const Request& request, Services& services,
                                                     const City& before, const City& after,
                                                     const std::vector<CityVersion>& versions,
                                                     const ConsentInputs& inputs);

/// The records of the city's contacts as template rows (newest first).
kainjow::mustache::list consent_record_rows(const std::vector<ConsentRecord>& records,
                                            const i18n::Catalogue& catalogue);

/// The bases a member may choose, as template rows (value, label, selected).
kainjow::mustache::list consent_basis_options(const std::string& chosen,
                                              const i18n::Catalogue& catalogue);

} // namespace rundum::web
