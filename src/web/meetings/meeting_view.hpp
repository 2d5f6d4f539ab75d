// SPDX-License-Identifier: EUPL-1.2
// Builds the template fields of the meeting pages: the list, a meeting's page (what the public
// and what members see), and the admin's meeting form.
#pragma once

#include <string>
#include <vector>

#include "core/challenge.hpp"
#include "core/city.hpp"
#include "core/meeting.hpp"
#include "core/user.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// Everything a meeting's page may show; the view leaves out what the visitor may not see.
struct MeetingPage {
    Meeting meeting;
    std::vector<City> cities;
    std::vector<AgendaItem> agenda;          ///< every item of every status
    std::vector<std::string> public_project_ids; ///< the presented projects that are public
    std::vector<Project> projects;           ///< the presented projects (for titles)
    std::vector<Registration> registrations;
    std::vector<ActionItem> actions;
    std::string now;                         ///< Berlin wall clock
};

/// The fields of /treffen/{id} for `member` (nullptr: the public).
TemplateData meeting_page_view(const MeetingPage& page, const User* member, const i18n::Catalogue& catalogue);

/// The fields of /treffen: upcoming meetings (not ended at `now`) first, then past ones, newest first.
TemplateData meeting_list_view(const std::vector<Meeting>& meetings, const std::vector<City>& cities,
                               const std::string& now, const i18n::Catalogue& catalogue);

/// The fields of the admin's meeting form, with the member cities to host it.
TemplateData meeting_form_view(const Meeting& meeting, const std::vector<City>& cities, bool is_new);

/// The cities as options of a select, `selected_id` selected.
kainjow::mustache::list city_options(const std::vector<City>& cities, const std::string& selected_id);

/// An agenda item as the agenda shows it: title, kind, times, city, the link to its project or
/// challenge (`project_title` when known).
TemplateData agenda_item_view(const AgendaItem& item, const std::vector<City>& cities,
                              const std::vector<Project>& projects, const i18n::Catalogue& catalogue);

/// "5 vor Ort, 2 online" of the attendees of all registrations (or one).
std::string attendee_counts(const std::vector<Registration>& registrations, const i18n::Catalogue& catalogue);

} // namespace rundum::web
