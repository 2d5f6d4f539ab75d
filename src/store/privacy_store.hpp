// SPDX-License-Identifier: EUPL-1.2
// Privacy in the store: a member's own data, the operator's part of the privacy notice.
#pragma once

#include "core/privacy.hpp"
#include "core/result.hpp"
#include "core/user.hpp"

namespace rundum::store {

/// Privacy: the member's own data, the operator's part of the privacy notice.
class PrivacyStore {
public:
    virtual ~PrivacyStore() = default;

    /// Everything kept about `user`, found by their id, e-mail address and name (DSGVO Art. 15),
    /// read in one transaction; never a password, token or link hash.
    virtual Result<PersonalData> personal_data(const User& user) = 0;
    /// The operator's part of the privacy notice; empty fields while nobody filled them in.
    virtual Result<PrivacyOperator> privacy_operator() = 0;
    /// Replaces the operator's part of the privacy notice.
    virtual Result<void> save_privacy_operator(const PrivacyOperator& operator_part) = 0;
};

} // namespace rundum::store
