// SPDX-License-Identifier: EUPL-1.2
// Reading the forms of shared challenges: what an admin or coordinator typed becomes a
// Challenge or an approach, kept as typed for showing the form again, and errors find their field.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/challenge.hpp"
#include "core/result.hpp"
#include "web/http/form.hpp"

namespace rundum::web {

/// The admin's challenge form: the challenge it describes and the texts as typed.
struct ChallengeForm {
    Challenge challenge;
    std::string slug_text;      ///< as typed (new challenges only; "" lets the title decide)
    std::string questions_text; ///< the text area, one question per line
    std::string position_text;  ///< as typed ("" keeps the place, or puts a new one last)
};

/// The form filled with a stored challenge.
ChallengeForm challenge_form_of(const Challenge& challenge);

/// The challenge as the form describes it, on top of `current` (whose slug stays unless
/// `is_new`; a new one without a typed slug gets one from its title). A blank position
/// keeps `current.position`; a position that is no whole number is an error.
Result<void> read_challenge_form(const Form& form, bool is_new, const Challenge& current,
                                 ChallengeForm& out);

/// Whether every field of the form was sent (a request without them must not clear what is
/// stored).
bool is_complete_challenge_form(const Form& form, bool is_new);

/// The coordinator's approach form as typed: the text and the ticked project ids.
struct ApproachForm {
    std::string text;
    std::vector<std::string> project_ids;
};

/// Reads the approach form: the text without white space at its ends.
ApproachForm read_approach_form(const Form& form);

/// The form field (input id) an error of validate_challenge, validate_approach or
/// save_approach concerns.
std::string challenge_field_of(const Error& error);

} // namespace rundum::web
