// SPDX-License-Identifier: EUPL-1.2
// Reading the project form: what a member typed becomes a Project, and a validation error is
// tied to the field it concerns.
#pragma once

#include <string>

#include "core/project.hpp"
#include "core/result.hpp"
#include "web/http/form.hpp"

namespace rundum::web {

/// The project as the form describes it, on top of `current` (id, city, dates of creation and
/// attachments stay). Links are lines of "address [title]".
Project project_from_form(const Project& current, const Form& form);

/// Whether every field of the form was sent (a browser always sends them all; a request
/// without them must not clear what is stored).
bool is_complete_project_form(const Form& form);

/// The form field (input id) an error of validate_project concerns.
std::string project_field_of(const Error& error);

} // namespace rundum::web
