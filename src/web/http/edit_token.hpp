// SPDX-License-Identifier: EUPL-1.2
// Lost updates: a form and an API client say which state of a record they changed, and a save
// against a newer state is refused instead of silently overwriting someone else's change.
#pragma once

#include <string>
#include <string_view>

#include "web/http/form.hpp"

namespace rundum::web {

/// The hidden form field that carries the state the form was opened on.
inline constexpr const char* SEEN_FIELD = "seen";

/// A short fingerprint of a record's stored state (its JSON as versions keep it): any change,
/// however quick after the last, gives another one. 32 hex digits.
std::string state_of(std::string_view stored_state);

/// Whether someone saved the record since this form was opened on it: the form's `seen` field
/// names another state than `current_state`. A form without the field (an old page, a script)
/// is not refused.
bool changed_since_opened(const Form& form, std::string_view current_state);

/// The state as an ETag (a strong tag: "…").
std::string entity_tag(std::string_view state);

/// Whether an If-Match header lets a write go ahead on a record tagged `tag`: no header, "*",
/// or a list naming that tag (weak tags never match, RFC 9110 13.1.1).
bool if_match_allows(std::string_view if_match, std::string_view tag);

} // namespace rundum::web
