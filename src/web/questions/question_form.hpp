// SPDX-License-Identifier: EUPL-1.2
// The form to ask or change a question: reading what was sent, and filling the template with
// the taxonomy, the projects the member may link and the challenges.
#pragma once

#include <string>
#include <vector>

#include "core/question.hpp"
#include "core/question_rules.hpp"
#include "core/user.hpp"
#include "web/http/form.hpp"
#include "web/projects/project_access.hpp"
#include "web/http/services.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// What a question may be linked to, as the asker may see it.
struct QuestionChoices {
    std::vector<Topic> topics;
    std::vector<ProjectWithCity> projects; ///< visible to the member, by city and title
    std::vector<Challenge> challenges;

    /// Reads the choices for `member` from the store.
    static Result<QuestionChoices> load(Services& services, const User& member);
    /// The references validate_question checks against.
    QuestionReferences references() const;
};

/// Whether the form arrived with its fields (a cut-off POST must not clear a question).
bool is_complete_question_form(const Form& form);

/// `draft` with the title, text, topics and links of the form.
Question question_from_form(Question draft, const Form& form);

/// The form's template fields for `question` (new when `is_new`).
TemplateData question_form_view(const Question& question, const QuestionChoices& choices, bool is_new);

/// The form field a validation error belongs to ("title", "body", "topics", "projects",
/// "challenges").
std::string question_field_of(const Error& error);

} // namespace rundum::web
