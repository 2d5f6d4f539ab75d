// Agenda handlers. A proposal names its city: a coordinator's own; for an admin's presentation
// the project's city, which then may attach its slides. A failed form is shown again as typed.
#include "web/agenda_pages.hpp"

#include <algorithm>

#include "core/meeting_rules.hpp"
#include "core/permissions.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/meeting_access.hpp"
#include "web/meeting_form.hpp"
#include "web/meeting_notifications.hpp"
#include "web/meeting_view.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"

namespace rundum::web {

namespace {

// What a proposal form offers: the projects the proposer may present and the challenges.
struct ProposalChoices {
    std::vector<Project> projects;
    std::vector<Challenge> challenges;
};

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

// The proposal form's fields (shared by the members' page and the admins' "add" form).
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

// The agenda table's rows: every item with its settings, as stored or as typed in `typed`.
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

Response propose_page(const Request& request, Services& services, std::string_view meeting_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    const User& member = *request.visitor.member();
    auto meeting = meeting_or_fail(services, meeting_id);
    if (!meeting) {
        return error_response(request, services, meeting.error());
    }
    auto choices = choices_for(services, member);
    if (!choices) {
        return error_response(request, services, choices.error());
    }
    AgendaItem blank;
    blank.kind = choices->projects.empty() ? AgendaKind::ChallengeDiscussion : AgendaKind::ProjectPresentation;
    return proposal_form(request, services, *meeting, *choices, blank, {}, 200);
}

Response propose_item(const Request& request, Services& services, std::string_view meeting_id)
{
    if (auto stop = require_member(request, services)) {
        return std::move(*stop);
    }
    const User& member = *request.visitor.member();
    auto meeting = meeting_or_fail(services, meeting_id);
    auto cities = services.store.list_cities();
    if (!meeting || !cities) {
        return error_response(request, services, !meeting ? meeting.error() : cities.error());
    }
    if (member.role != Role::Admin &&
        !is_allowed(&member, Action::ProposeAgendaItem, city_with_id(*cities, member.city_id))) {
        return forbidden(request, services);
    }
    if (meeting->is_cancelled) {
        return error_response(request, services, Error{ErrorCode::Conflict, "meeting.error.cancelled", {}, {}});
    }
    auto choices = choices_for(services, member);
    if (!choices) {
        return error_response(request, services, choices.error());
    }
    AgendaItem typed;
    auto item = checked_proposal(services, member, *meeting, *choices, Form::parse(request.body), typed);
    if (item) {
        if (auto saved = services.store.save_agenda_item(*item); !saved) {
            item = fail(saved.error());
        }
    }
    if (!item) {
        return proposal_form(request, services, *meeting, *choices, typed,
                             {{meeting_field_of(item.error()), services.catalogue.text(item.error())}},
                             http_status(item.error().code));
    }
    audit(request, services, "agenda_item_proposed", meeting->title + ": " + item->title);
    return redirect_to("/treffen/" + meeting->id + "?vorgeschlagen=1#vorschlaege");
}

Response agenda_page(const Request& request, Services& services, std::string_view meeting_id)
{
    if (auto stop = require_meeting_admin(request, services)) {
        return std::move(*stop);
    }
    auto context = agenda_context(services, *request.visitor.member(), meeting_id);
    if (!context) {
        return error_response(request, services, context.error());
    }
    AgendaItem blank;
    blank.kind = AgendaKind::Other;
    return agenda_form(request, services, *context, nullptr, blank, {}, 200);
}

Response save_agenda(const Request& request, Services& services, std::string_view meeting_id)
{
    if (auto stop = require_meeting_admin(request, services)) {
        return std::move(*stop);
    }
    auto context = agenda_context(services, *request.visitor.member(), meeting_id);
    if (!context) {
        return error_response(request, services, context.error());
    }
    const Form form = Form::parse(request.body);
    AgendaItem blank;
    std::vector<AgendaItem> changed;
    FieldErrors errors;
    for (const AgendaItem& stored : context->agenda) {
        AgendaItem item = stored;
        auto read = read_agenda_settings(form, item);
        if (read) {
            // The references were checked when proposed; here only the settings change.
            Project project;
            project.id = item.project_id;
            project.city_id = item.city_id;
            Challenge challenge;
            challenge.slug = item.challenge_slug;
            read = validate_agenda_item(item, &project, &challenge);
        }
        if (!read) {
            errors.emplace_back(row_field_of(read.error(), item.id),
                                item.title + ": " + services.catalogue.text(read.error()));
        } else {
            changed.push_back(std::move(item));
        }
    }
    if (!errors.empty()) {
        return agenda_form(request, services, *context, &form, blank, errors, 400);
    }
    for (std::size_t i = 0; i < changed.size(); ++i) {
        if (auto saved = services.store.save_agenda_item(changed[i]); !saved) {
            return error_response(request, services, saved.error());
        }
        if (changed[i].status != context->agenda[i].status) {
            notify_proposal_decided(services, context->meeting, changed[i]);
        }
    }
    audit(request, services, "agenda_saved", context->meeting.title);
    return redirect_to("/treffen/" + context->meeting.id + "/tagesordnung?gespeichert=1");
}

Response add_agenda_item(const Request& request, Services& services, std::string_view meeting_id)
{
    if (auto stop = require_meeting_admin(request, services)) {
        return std::move(*stop);
    }
    auto context = agenda_context(services, *request.visitor.member(), meeting_id);
    if (!context) {
        return error_response(request, services, context.error());
    }
    AgendaItem typed;
    auto item = checked_proposal(services, *request.visitor.member(), context->meeting, context->choices,
                                 Form::parse(request.body), typed);
    if (item) {
        item->status = AgendaStatus::Accepted;
        item->position = static_cast<int>(context->agenda.size()) + 1;
        if (auto saved = services.store.save_agenda_item(*item); !saved) {
            item = fail(saved.error());
        }
    }
    if (!item) {
        return agenda_form(request, services, *context, nullptr, typed,
                           {{meeting_field_of(item.error()), services.catalogue.text(item.error())}},
                           http_status(item.error().code));
    }
    audit(request, services, "agenda_saved", context->meeting.title + ": " + item->title);
    return redirect_to("/treffen/" + context->meeting.id + "/tagesordnung?gespeichert=1");
}

} // namespace rundum::web
