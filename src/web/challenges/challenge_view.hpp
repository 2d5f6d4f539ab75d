// SPDX-License-Identifier: EUPL-1.2
// Shared challenges prepared for templates: the list, a challenge's page and the two forms.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/calendar_date.hpp" // readable_day, for the pages that show dates
#include "core/challenge.hpp"
#include "core/city.hpp"
#include "core/project.hpp"
#include "i18n/catalogue.hpp"
#include "web/challenges/challenge_form.hpp"
#include "web/projects/project_access.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// One city's approach with the city it belongs to.
struct ApproachOfCity {
    ChallengeApproach approach;
    City city;
};

/// A meeting where a challenge was discussed, linked from the challenge's page.
struct Discussion {
    std::string title; ///< the meeting's name
    std::string url;   ///< its page
    std::string date;  ///< as people read it ("12.03.2026")
};

/// Everything a challenge's page shows (members-only projects already left out for the public).
struct ChallengePage {
    Challenge challenge;
    std::vector<ApproachOfCity> approaches;
    std::vector<ProjectWithCity> projects;
    std::vector<Discussion> discussions;
};

/// The template fields of /herausforderungen: each challenge with a short plain-text
/// description and how many cities describe their approach (`city_counts` by slug).
TemplateData challenge_list_view(const std::vector<Challenge>& challenges,
                                 const std::map<std::string, std::size_t>& city_counts,
                                 const i18n::Catalogue& catalogue);

/// The template fields of a challenge's page (see assets/templates/challenge.mustache).
TemplateData challenge_page_view(const ChallengePage& page);

/// The template fields of the admin's form (see assets/templates/challenge_edit.mustache).
TemplateData challenge_form_view(const ChallengeForm& form, bool is_new);

/// The template fields of a city's approach form: the text as typed and the city's own
/// projects, those of `typed.project_ids` ticked.
TemplateData approach_form_view(const Challenge& challenge, const City& city,
                                const ApproachForm& typed,
                                const std::vector<Project>& city_projects);

/// The template fields of the admin's choice of the city whose approach to edit.
TemplateData city_choice_view(const Challenge& challenge, const std::vector<City>& cities);

/// The opening paragraph of a Markdown text as at most `limit` characters of plain text, cut
/// after a word ("…").
std::string short_plain_text(const std::string& markdown, std::size_t limit);

} // namespace rundum::web
