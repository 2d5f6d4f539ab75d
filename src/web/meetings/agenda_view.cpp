// SPDX-License-Identifier: EUPL-1.2
// The agenda forms' choices, fields and table rows.
#include "web/meetings/agenda_view.hpp"

#include <algorithm>

#include "web/meetings/meeting_view.hpp"

namespace rundum::web {

Result<ProposalChoices> choices_for(Services& services, const User& member)
{
    RUNDUM_TRY_ASSIGN(projects, services.store.list_projects());
    RUNDUM_TRY_ASSIGN(challenges, services.store.list_challenges());
    ProposalChoices choices;
    for (Project& project : projects) {
        // A city presents its own projects; admins may put any project on the agenda.
        if (member.role == Role::Admin || project.city_id == member.city_id) {
            choices.projects.push_back(std::move(project));
        }
    }
    std::sort(choices.projects.begin(), choices.projects.end(),
              [](const Project& a, const Project& b) { return a.title < b.title; });
    choices.challenges = std::move(challenges);
    return choices;
}

void set_proposal_fields(TemplateData& page, const AgendaItem& typed, const ProposalChoices& choices)
{
    kainjow::mustache::list kinds;
    for (AgendaKind kind : {AgendaKind::ProjectPresentation, AgendaKind::ChallengeDiscussion, AgendaKind::Other}) {
        TemplateData option{TemplateData::type::object};
        const std::string key(agenda_kind_key(kind));
        option.set("key", key);
        option.set("label_key", key);
        option.set("checked", typed.kind == kind);
        option.set("is_" + key, true);
        kinds.push_back(option);
    }
    page.set("kinds", kinds);
    kainjow::mustache::list projects;
    for (const Project& project : choices.projects) {
        TemplateData option{TemplateData::type::object};
        option.set("id", project.id);
        option.set("title", project.title);
        option.set("selected", project.id == typed.project_id);
        projects.push_back(option);
    }
    page.set("projects", projects);
    page.set("has_projects", !choices.projects.empty());
    kainjow::mustache::list challenges;
    for (const Challenge& challenge : choices.challenges) {
        TemplateData option{TemplateData::type::object};
        option.set("slug", challenge.slug);
        option.set("title", challenge.title);
        option.set("selected", challenge.slug == typed.challenge_slug);
        challenges.push_back(option);
    }
    page.set("challenges", challenges);
    page.set("item_title", typed.title);
    page.set("note", typed.note);
}

kainjow::mustache::list agenda_rows(const std::vector<AgendaItem>& agenda, const std::vector<City>& cities,
                                    const std::vector<Project>& projects, const Form* typed,
                                    const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list rows;
    for (const AgendaItem& item : agenda) {
        TemplateData row = agenda_item_view(item, cities, projects, catalogue);
        const std::string status =
            typed != nullptr ? typed->value("status_" + item.id) : std::string(agenda_status_key(item.status));
        kainjow::mustache::list statuses;
        for (AgendaStatus each : {AgendaStatus::Proposed, AgendaStatus::Accepted, AgendaStatus::Declined}) {
            TemplateData option{TemplateData::type::object};
            option.set("key", std::string(agenda_status_key(each)));
            option.set("label", catalogue.text("meeting.status." + std::string(agenda_status_key(each))));
            option.set("selected", status == agenda_status_key(each));
            statuses.push_back(option);
        }
        row.set("statuses", statuses);
        row.set("position", typed != nullptr ? typed->value("position_" + item.id) : std::to_string(item.position));
        row.set("start", typed != nullptr ? typed->value("start_" + item.id) : item.start_time);
        row.set("duration_text", typed != nullptr ? typed->value("duration_" + item.id)
                                                  : (item.duration_minutes > 0 ? std::to_string(item.duration_minutes)
                                                                               : std::string()));
        rows.push_back(row);
    }
    return rows;
}

} // namespace rundum::web
