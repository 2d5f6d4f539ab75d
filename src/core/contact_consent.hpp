// SPDX-License-Identifier: EUPL-1.2
// Consent to publish a contact person's data: what a save changes, what a restore may not
// bring back, what old versions must forget, and the record of who recorded which consent.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/city.hpp"
#include "core/project.hpp"

namespace rundum {

/// What `ConsentRecord::subject_kind` names.
inline constexpr std::string_view CITY_CONTACT = "city_contact";
inline constexpr std::string_view PROJECT_CONTACT = "project_contact";

/// Bases a consent is recorded on (catalogue keys below consent.basis): the person's written
/// consent, their oral consent, or an office's function address that is no personal consent.
inline constexpr std::string_view BASIS_WRITTEN = "written";
inline constexpr std::string_view BASIS_ORAL = "oral";
inline constexpr std::string_view BASIS_FUNCTION_ADDRESS = "function_address";
/// Bases the code sets for a withdrawal: the consent was withdrawn, or the person removed.
inline constexpr std::string_view BASIS_WITHDRAWN = "withdrawn";
inline constexpr std::string_view BASIS_REMOVED = "removed";

/// Whether `basis` is one a member may choose for a consent they record.
bool is_consent_basis(std::string_view basis);

/// One consent given or withdrawn for one field of one person's contact data: the evidence
/// Art. 7(1) GDPR asks for. Kept when the contact is removed.
struct ConsentRecord {
    std::int64_t id{0};
    std::string subject_kind;   ///< CITY_CONTACT or PROJECT_CONTACT
    std::string subject_id;     ///< the contact's id (a project contact: the project's id)
    std::string holder_id;      ///< whose contact it is: the city's id, or the project's id
    std::string person;         ///< the person's name when the record was made
    std::string field;          ///< "name", "email" or "phone"
    bool granted{false};        ///< true: consent given; false: withdrawn
    std::string basis;          ///< one of the bases above
    std::string recorded_by;    ///< the member's name (or email) who recorded it
    std::string recorded_by_id; ///< their user id, so erasure can find the record
    std::string recorded_at;    ///< ISO 8601 UTC
};

/// One field whose consent a save changes. `removed`: the contact is gone altogether.
struct ConsentChange {
    std::string contact_id;
    std::string person; ///< the contact's name (after the save, or before it when removed)
    std::string field;  ///< "name", "email" or "phone"
    bool granted{false};
    bool removed{false};
};

/// The consents `after` grants or withdraws against `before`, contact by contact (by id), in
/// the order name, email, phone. A removed contact withdraws what it had granted.
std::vector<ConsentChange> consent_changes(const std::vector<Contact>& before,
                                           const std::vector<Contact>& after);
std::vector<ConsentChange> consent_changes(const City& before, const City& after);

/// `restored` (an old version) as it may become the current state: the current consent wins.
/// A contact that exists now keeps its current consent flags, and its current name when the
/// version no longer holds it; a contact that no longer exists comes back without any
/// consent (its consent ended with its removal), or not at all when the version holds no name.
City with_current_consent(const City& restored, const City& current);

/// `version` (an old state) without what the save from `before` to `after` withdrew: the value
/// of a field whose consent was withdrawn is emptied (its flag stays, so the diffs still show
/// the withdrawal), and a removed contact is left out altogether. Returns whether anything
/// changed.
bool forget_withdrawn(std::vector<Contact>& version, const std::vector<Contact>& before,
                      const std::vector<Contact>& after);
bool forget_withdrawn(City& version, const City& before, const City& after);

/// A project's contact as the consent rules see it: none, or one contact whose id is its name,
/// so that another name is another person (the old one removed, the new one to consent anew).
std::vector<Contact> project_contacts(const Project& project);

/// forget_withdrawn for a version of a project: a withdrawn field's value is emptied, and a
/// contact replaced by another person leaves nothing of theirs (values and flags).
bool forget_withdrawn(Project& version, const Project& before, const Project& after);

} // namespace rundum
