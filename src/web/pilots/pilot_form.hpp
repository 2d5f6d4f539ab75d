// SPDX-License-Identifier: EUPL-1.2
// Reading the forms of joint pilot projects: what a lead city or a partner typed becomes a
// PilotProject, milestones or a city's own entry, kept as typed for showing the form again.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/city.hpp"
#include "core/pilot.hpp"
#include "core/result.hpp"
#include "web/http/form.hpp"

namespace rundum::web {

/// The pilot form: the pilot it describes and the texts as typed.
struct PilotForm {
    PilotProject pilot;
    std::string slug_text;  ///< as typed (new pilots only; "" lets the title decide)
    std::string goals_text; ///< the text area, one goal per line
    std::map<std::string, std::string> roles; ///< city id to the role key chosen ("" for none)
};

/// The form filled with a stored pilot.
PilotForm pilot_form_of(const PilotProject& pilot);

/// The pilot as the form describes it, on top of `current`: texts, status, dates, visibility,
/// and the cities by the role chosen for each of `cities` (field `role-<slug>`). Cities that
/// stay keep their place, local project and note; new ones follow in the order of `cities`.
/// A new pilot without a typed slug gets one from its title.
Result<void> read_pilot_form(const Form& form, bool is_new, const PilotProject& current,
                             const std::vector<City>& cities, PilotForm& out);

/// Whether every field of the pilot form was sent (a request without them must not clear
/// what is stored).
bool is_complete_pilot_form(const Form& form, bool is_new);

/// The form field an error of validate_pilot or of the pilot form concerns.
std::string pilot_field_of(const Error& error);

/// One row of the milestone form as typed.
struct MilestoneRow {
    PilotMilestone milestone;
    std::string status_text; ///< as sent
    bool remove{false};      ///< the row's "remove" tick
    std::string error_field;   ///< "title", "due", "status" or "note" when the row is wrong
    std::string error_message; ///< what is wrong with it
};

/// The rows of the milestone form (`count` rows, fields `<name>-<row>`), blank new rows left
/// out. A row of an unknown status keeps it as typed (and is an error to show).
std::vector<MilestoneRow> read_milestone_rows(const Form& form);

/// The field of a milestone row an error of validate_milestone concerns ("title", "due", ...).
std::string milestone_field_of(const Error& error);

/// The form field an error of validate_partner_entry concerns.
std::string partner_field_of(const Error& error);

} // namespace rundum::web
