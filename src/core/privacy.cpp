// SPDX-License-Identifier: EUPL-1.2
// The rule for the operator's part of the privacy notice.
#include "core/privacy.hpp"

#include "core/text_input.hpp"

namespace rundum {

Result<void> validate_privacy_operator(const PrivacyOperator& operator_part)
{
    RUNDUM_TRY(check_lines("controller", operator_part.controller, MAX_PRIVACY_FIELD_CHARACTERS));
    RUNDUM_TRY(check_lines("data_protection_officer", operator_part.data_protection_officer,
                           MAX_PRIVACY_FIELD_CHARACTERS));
    RUNDUM_TRY(check_lines("legal_bases", operator_part.legal_bases, MAX_PRIVACY_FIELD_CHARACTERS));
    return check_lines("supervisory_authority", operator_part.supervisory_authority, MAX_PRIVACY_FIELD_CHARACTERS);
}

} // namespace rundum
