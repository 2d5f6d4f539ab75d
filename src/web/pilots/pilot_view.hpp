// SPDX-License-Identifier: EUPL-1.2
// Joint pilot projects prepared for templates: the status overview, a pilot's page and the
// forms of the lead cities and partners.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/city.hpp"
#include "core/pilot.hpp"
#include "core/project.hpp"
#include "i18n/catalogue.hpp"
#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/page_helpers.hpp"
#include "web/http/services.hpp"
#include "web/http/templates.hpp"
#include "web/pilots/pilot_form.hpp"

namespace rundum::web {

/// The member cities by id.
using CitiesById = std::map<std::string, City>;

/// The template fields of /pilotprojekte: one row per pilot with its cities and roles, status,
/// milestones reached of all, the next milestone and the overdue ones on `today`, in words.
TemplateData pilot_list_view(const std::vector<PilotProject>& pilots, const CitiesById& cities,
                             const std::string& today, const i18n::Catalogue& catalogue);

/// What the visitor may do on a pilot's page.
struct PilotPageRights {
    bool manage{false};          ///< edit the pilot and its milestones
    bool see_documents{false};   ///< members
    bool upload{false};          ///< add documents
    std::set<std::string> removable_documents; ///< ids of the documents the visitor may remove
    std::string own_entry_city;  ///< the slug of the city whose entry the visitor may edit, or ""
    bool is_admin{false};        ///< may edit every city's entry
};

/// The template fields of a pilot's page; `local_projects` holds only the linked projects the
/// visitor may see (others are not named).
TemplateData pilot_page_view(const PilotProject& pilot, const CitiesById& cities,
                             const std::map<std::string, Project>& local_projects, const PilotPageRights& rights,
                             const std::string& today, const i18n::Catalogue& catalogue);

/// The template fields of the pilot form: the texts as typed and a role choice per city.
TemplateData pilot_form_view(const PilotForm& form, bool is_new, const std::vector<City>& cities,
                             const i18n::Catalogue& catalogue);

/// The template fields of the milestone form: `rows` as typed, then one empty row.
TemplateData milestone_form_view(const PilotProject& pilot, const std::vector<MilestoneRow>& rows,
                                 const i18n::Catalogue& catalogue);

/// The template fields of a city's own entry: its projects to choose from, the note.
TemplateData partner_form_view(const PilotProject& pilot, const City& city, const PilotPartner& typed,
                               const std::vector<Project>& city_projects);

/// What a pilot form shows besides the input: messages by field and the answer's status
/// (200 when the form is shown fresh).
struct FormRefusal {
    FieldErrors errors;
    int status{200};
};

/// `error` shown at `field` of a form, answered with the status of its code.
FormRefusal refusal_at(const std::string& field, const Error& error, const i18n::Catalogue& catalogue);

/// The refusal of a removal sent without its confirmation tick (`key`: the message).
FormRefusal unconfirmed(const std::string& key, const i18n::Catalogue& catalogue);

/// A pilot form page (pilot_edit, pilot_milestones, pilot_partner) with `refusal` on it: the
/// pilots' navigation entry lit, never cached.
Response pilot_form_page(const Request& request, Services& services, const std::string& template_name,
                         TemplateData page, const std::string& title_key, const FormRefusal& refusal);

/// The "Teil des Pilotprojekts …" links of a project's page (`pilot_links`, empty: none).
void set_pilot_links(TemplateData& page, const std::vector<PilotProject>& pilots);

} // namespace rundum::web
