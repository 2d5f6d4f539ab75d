// SPDX-License-Identifier: EUPL-1.2
// Consent on the city profile and project forms: what a save records (who, when, on what basis), which older
// versions forget withdrawn contact data, the information mail to the person, and the records
// as the versions page lists them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/contact_consent.hpp"
#include "store/store.hpp"
#include "web/http/services.hpp"
#include "web/http/templates.hpp"

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
Result<store::ConsentWrites> city_consent_writes(const Request& request, Services& services,
                                                     const City& before, const City& after,
                                                     const std::vector<CityVersion>& versions,
                                                     const ConsentInputs& inputs);

/// A project as its versions store it.
std::string project_version_content(const Project& project);

/// city_consent_writes for a project's contact (records of kind PROJECT_CONTACT with the
/// project as holder and subject). A new name is another person: the old one's data leaves
/// the older versions, and the new one's consent needs a basis ("error.consent.basis_missing"
/// at the field "consent_basis"). `input`: the basis and mail wish of the form or API.
Result<store::ConsentWrites>
project_consent_writes(const Request& request, Services& services, const Project& before,
                       const Project& after, const std::vector<ProjectVersion>& versions,
                       const ContactConsentInput& input);

/// Saves `after` (a new project when `before` is empty) with its version changed by
/// `changed_by`, and what the save changes about consent (project_consent_writes), in one
/// transaction. A project without versions (imported) first keeps its state before the edit.
Result<void> save_project_version(const Request& request, Services& services,
                                  const std::optional<Project>& before, const Project& after,
                                  const ContactConsentInput& input, const std::string& changed_by);

/// The records of the city's contacts as template rows (newest first).
kainjow::mustache::list consent_record_rows(const std::vector<ConsentRecord>& records,
                                            const i18n::Catalogue& catalogue);

/// The bases a member may choose, as template rows (value, label, selected).
kainjow::mustache::list consent_basis_options(const std::string& chosen,
                                              const i18n::Catalogue& catalogue);

} // namespace rundum::web
