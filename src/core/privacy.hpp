// SPDX-License-Identifier: EUPL-1.2
// What the Art. 15 export and the privacy notice are made of: the records kept about one member, and the operator's part of the notice.
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"

namespace rundum {

/// Records of one kind kept about a member (DSGVO Art. 15), as named values in text: one
/// row per record. Secrets (password, token and link hashes) are never among them.
struct PersonalRecords {
    std::string kind;                          ///< a key below privacy.export.kind, e.g. "questions"
    std::vector<std::string> fields;           ///< keys below privacy.export.field, one per column
    std::vector<std::vector<std::string>> rows; ///< each as long as `fields`
};

/// Everything the database keeps about one member, found by their user id, e-mail address and
/// name, kind by kind in a fixed order (kinds without records included, with no rows).
struct PersonalData {
    std::vector<PersonalRecords> records;
};

/// The operator's part of the privacy notice (DSGVO Art. 13), entered by an admin: what rundum
/// cannot know. An empty field is not filled in yet.
struct PrivacyOperator {
    std::string controller;              ///< the city or body responsible, with address
    std::string data_protection_officer; ///< how to reach the data-protection officer
    std::string legal_bases;             ///< the legal bases of the processing (Art. 6 (1) ...)
    std::string supervisory_authority;   ///< the authority a complaint goes to, with address

    bool operator==(const PrivacyOperator&) const = default;
};

/// Whether every field of the operator's part is filled in.
inline bool is_complete(const PrivacyOperator& operator_part)
{
    return !operator_part.controller.empty() && !operator_part.data_protection_officer.empty() &&
           !operator_part.legal_bases.empty() && !operator_part.supervisory_authority.empty();
}

/// The longest operator field: an address with a few lines of explanation.
inline constexpr std::size_t MAX_PRIVACY_FIELD_CHARACTERS = 2000;

/// The input rule (core/text_input) for every field, each at most MAX_PRIVACY_FIELD_CHARACTERS;
/// the error's field is the field's name ("controller", ...).
Result<void> validate_privacy_operator(const PrivacyOperator& operator_part);

} // namespace rundum
