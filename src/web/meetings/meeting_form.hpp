// SPDX-License-Identifier: EUPL-1.2
// Reading the meeting forms: what an admin or a city typed becomes a Meeting, an AgendaItem, a
// Registration or an ActionItem, kept as typed for showing the form again; errors find their field.
#pragma once

#include <string>

#include "core/meeting.hpp"
#include "core/result.hpp"
#include "web/http/form.hpp"

namespace rundum::web {

/// The admin's meeting form on top of `current` (id, minutes, decisions, created stay). A blank
/// registration deadline means "until the start". The cancelled tick is read when `is_new` is false.
Meeting read_meeting_form(const Form& form, const Meeting& current, bool is_new);

/// Whether every field of the meeting form was sent (a request without them must not clear
/// what is stored).
bool is_complete_meeting_form(const Form& form);

/// A proposal as typed: kind ("projekt", "herausforderung", "sonstiges"), the chosen project
/// or challenge, title and note. An unknown kind reads as Other.
AgendaItem read_proposal_form(const Form& form);

/// The admin's agenda settings of one item (fields `status_<id>`, `position_<id>`,
/// `start_<id>`, `duration_<id>`) on top of `item`. A position or duration that is not a
/// whole number is an error; a blank duration is 0.
Result<void> read_agenda_settings(const Form& form, AgendaItem& item);

/// How many attendee rows a registration form shows: the stored ones and room for more.
int attendee_rows(const Registration& registration);

/// A registration as typed: rows `name_<i>` with `online_<i>` (ticked: online) for i below
/// the form's `rows`, blank names left out, and the note.
Registration read_registration_form(const Form& form);

/// An action item as typed: text, responsible city id (`city`) and due date.
ActionItem read_action_item_form(const Form& form);

/// The form field (input id) an error of the meeting rules concerns.
std::string meeting_field_of(const Error& error);

} // namespace rundum::web
