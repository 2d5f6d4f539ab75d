// SPDX-License-Identifier: EUPL-1.2
// Agenda handlers. A proposal names its city: a coordinator's own; for an admin's presentation
// the project's city, which then may attach its slides. A failed form is shown again as typed.
#include "web/meetings/agenda_pages.hpp"

#include <algorithm>

#include "core/meeting_rules.hpp"
#include "core/permissions.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/meetings/agenda_view.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/meetings/meeting_form.hpp"
#include "web/meetings/meeting_notifications.hpp"
#include "web/meetings/meeting_view.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"

namespace rundum::web {

namespace {

// The item a member proposes (or an admin adds) from the form, checked against what exists
// and what the member may see; an error keeps `typed` for the form.
Result<AgendaItem> checked_proposal(Services& services, const User& member, const Meeting& meeting,
                                    const ProposalChoices& choices, const Form& form, AgendaItem& typed)
{
    typed = read_proposal_form(form);
    typed.meeting_id = meeting.id;
    typed.proposed_by = member.id;
    typed.city_id = member.role == Role::Admin ? std::string() : member.city_id;
    const Project* project = nullptr;
    const Challenge* challenge = nullptr;
    if (typed.kind == AgendaKind::ProjectPresentation) {
        RUNDUM_TRY_ASSIGN(found, services.store.find_project(typed.project_id));
        if (found && is_visible(*found, &member)) {
            auto listed = std::find_if(choices.projects.begin(), choices.projects.end(),
                                       [&](const Project& p) { return p.id == found->id; });
            project = listed != choices.projects.end() ? &*listed : nullptr;
            if (project == nullptr && found->city_id != typed.city_id) {
                return fail(ErrorCode::Invalid, "meeting.error.project_not_of_city");
            }
        }
    } else if (typed.kind == AgendaKind::ChallengeDiscussion) {
        auto listed = std::find_if(choices.challenges.begin(), choices.challenges.end(),
                                   [&](const Challenge& c) { return c.slug == typed.challenge_slug; });
        challenge = listed != choices.challenges.end() ? &*listed : nullptr;
    }
    AgendaItem item = typed;
    if (item.title.empty() && project != nullptr) {
        item.title = project->title;
    }
    if (item.title.empty() && challenge != nullptr) {
        item.title = challenge->title;
    }
    RUNDUM_TRY(validate_agenda_item(item, project, challenge));
    if (project != nullptr) {
        item.city_id = project->city_id; // the presenting city
    }
    item.id = new_meeting_record_id("t-");
    item.created_at = now_iso();
    return item;
}

Response proposal_form(const Request& request, Services& services, const Meeting& meeting,
                       const ProposalChoices& choices, const AgendaItem& typed, const FieldErrors& errors, int status)
{
    TemplateData page{TemplateData::type::object};
    page.set("nav_meetings", true);
    page.set("id", meeting.id);
    page.set("meeting_title", meeting.title);
    set_proposal_fields(page, typed, choices);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response = html_page(request, services, "meeting_propose", std::move(page), "meeting.propose.title");
    response.status = status;
    return response;
}

// The field of a row an error of the agenda settings concerns.
std::string row_field_of(const Error& error, const std::string& item_id)
{
    if (error.key == "meeting.error.start_time_invalid") {
        return "start_" + item_id;
    }
    if (error.key == "meeting.error.duration_invalid") {
        return "duration_" + item_id;
    }
    return "position_" + item_id;
}

// One stored item with the settings of the agenda form applied and checked. The references
// were checked when proposed; here only the settings change.
Result<AgendaItem> checked_settings(const Form& form, const AgendaItem& stored)
{
    AgendaItem item = stored;
    RUNDUM_TRY(read_agenda_settings(form, item));
    Project project;
    project.id = item.project_id;
    project.city_id = item.city_id;
    Challenge challenge;
    challenge.slug = item.challenge_slug;
    RUNDUM_TRY(validate_agenda_item(item, &project, &challenge));
    return item;
}

struct AgendaContext {
    Meeting meeting;
    std::vector<AgendaItem> agenda;
    std::vector<City> cities;
    std::vector<Project> projects;
    ProposalChoices choices;
};

Result<AgendaContext> agenda_context(Services& services, const User& member, std::string_view meeting_id)
{
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, meeting_id));
    RUNDUM_TRY_ASSIGN(agenda, services.store.agenda_items(meeting.id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(choices, choices_for(services, member));
    std::vector<Project> projects = choices.projects;
    return AgendaContext{std::move(meeting), std::move(agenda), std::move(cities), std::move(projects),
                         std::move(choices)};
}

Response agenda_form(const Request& request, Services& services, const AgendaContext& context, const Form* typed,
                     const AgendaItem& new_item, const FieldErrors& errors, int status)
{
    TemplateData page{TemplateData::type::object};
    page.set("nav_meetings", true);
    page.set("id", context.meeting.id);
    page.set("meeting_title", context.meeting.title);
    page.set("rows", agenda_rows(context.agenda, context.cities, context.projects, typed, services.catalogue));
    page.set("has_rows", !context.agenda.empty());
    set_proposal_fields(page, new_item, context.choices);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    page.set("saved", request.query == "gespeichert=1");
    Response response = html_page(request, services, "meeting_agenda", std::move(page), "meeting.agenda.title");
    response.status = status;
    return response;
}

} // namespace

Result<Response> propose_page(const Request& request, Services& services, std::string_view meeting_id)
{
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, meeting_id));
    RUNDUM_TRY_ASSIGN(choices, choices_for(services, *request.visitor.member()));
    AgendaItem blank;
    blank.kind = choices.projects.empty() ? AgendaKind::ChallengeDiscussion : AgendaKind::ProjectPresentation;
    return proposal_form(request, services, meeting, choices, blank, {}, 200);
}

Result<Response> propose_item(const Request& request, Services& services, std::string_view meeting_id)
{
    const User& member = *request.visitor.member();
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, meeting_id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    if (member.role != Role::Admin &&
        !is_allowed(&member, Action::ProposeAgendaItem, city_with_id(cities, member.city_id))) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    if (meeting.is_cancelled) {
        return fail(ErrorCode::Conflict, "meeting.error.cancelled");
    }
    RUNDUM_TRY_ASSIGN(choices, choices_for(services, member));
    AgendaItem typed;
    auto item = checked_proposal(services, member, meeting, choices, Form::parse(request.body), typed);
    if (item) {
        if (auto saved = services.store.save_agenda_item(*item); !saved) {
            item = fail(saved.error());
        }
    }
    if (!item) {
        return proposal_form(request, services, meeting, choices, typed,
                             {{meeting_field_of(item.error()), services.catalogue.text(item.error())}},
                             http_status(item.error().code));
    }
    audit(request, services, "agenda_item_proposed", meeting.title + ": " + item->title);
    return redirect_to("/treffen/" + meeting.id + "?vorgeschlagen=1#vorschlaege");
}

Result<Response> agenda_page(const Request& request, Services& services, std::string_view meeting_id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(context, agenda_context(services, *request.visitor.member(), meeting_id));
    AgendaItem blank;
    blank.kind = AgendaKind::Other;
    return agenda_form(request, services, context, nullptr, blank, {}, 200);
}

Result<Response> save_agenda(const Request& request, Services& services, std::string_view meeting_id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(context, agenda_context(services, *request.visitor.member(), meeting_id));
    const Form form = Form::parse(request.body);
    std::vector<AgendaItem> changed;
    FieldErrors errors;
    for (const AgendaItem& stored : context.agenda) {
        auto item = checked_settings(form, stored);
        if (!item) {
            errors.emplace_back(row_field_of(item.error(), stored.id),
                                stored.title + ": " + services.catalogue.text(item.error()));
        } else {
            changed.push_back(std::move(*item));
        }
    }
    if (!errors.empty()) {
        return agenda_form(request, services, context, &form, AgendaItem{}, errors, 400);
    }
    for (std::size_t i = 0; i < changed.size(); ++i) {
        RUNDUM_TRY(services.store.save_agenda_item(changed[i]));
        if (changed[i].status != context.agenda[i].status) {
            notify_proposal_decided(services, context.meeting, changed[i]);
        }
    }
    audit(request, services, "agenda_saved", context.meeting.title);
    return redirect_to("/treffen/" + context.meeting.id + "/tagesordnung?gespeichert=1");
}

Result<Response> add_agenda_item(const Request& request, Services& services, std::string_view meeting_id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(context, agenda_context(services, *request.visitor.member(), meeting_id));
    AgendaItem typed;
    auto item = checked_proposal(services, *request.visitor.member(), context.meeting, context.choices,
                                 Form::parse(request.body), typed);
    if (item) {
        item->status = AgendaStatus::Accepted;
        item->position = static_cast<int>(context.agenda.size()) + 1;
        if (auto saved = services.store.save_agenda_item(*item); !saved) {
            item = fail(saved.error());
        }
    }
    if (!item) {
        return agenda_form(request, services, context, nullptr, typed,
                           {{meeting_field_of(item.error()), services.catalogue.text(item.error())}},
                           http_status(item.error().code));
    }
    audit(request, services, "agenda_saved", context.meeting.title + ": " + item->title);
    return redirect_to("/treffen/" + context.meeting.id + "/tagesordnung?gespeichert=1");
}

} // namespace rundum::web
