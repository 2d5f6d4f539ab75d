// SPDX-License-Identifier: EUPL-1.2
// Template fields of questions to the network: list entries, authors' names, and the questions
// linked to a project or a challenge (shown on their pages to members).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/question.hpp"
#include "core/user.hpp"
#include "web/http/services.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// The names of members and cities, read once per page.
class QuestionNames {
public:
    static Result<QuestionNames> load(Services& services);

    /// "Erika Muster (Jena)", the member's email while they set no name, "ein ehemaliges
    /// Mitglied" for a deleted account; admins have no city.
    std::string author(const std::string& user_id, const std::string& city_id, const i18n::Catalogue& catalogue) const;

private:
    std::map<std::string, std::string> m_members; ///< user id -> shown name
    std::map<std::string, std::string> m_cities;  ///< city id -> name
};

/// One entry of a list of questions: title, url, asker, day, answer count and whether an
/// answer was marked helpful (in words).
TemplateData question_list_item(const Question& question, const QuestionNames& names, const i18n::Catalogue& catalogue);

/// For members only: `questions_member`, `linked_questions` (the questions linked to the
/// project `project_id` or the challenge `challenge_slug`, newest first) and `ask_url` (the
/// form, prefilled with the link). Nothing for the public.
Result<void> add_linked_questions(TemplateData& page, Services& services, const User* member,
                                  std::string_view project_id, std::string_view challenge_slug);

} // namespace rundum::web
