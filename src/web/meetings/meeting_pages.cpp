// SPDX-License-Identifier: EUPL-1.2
// Meeting handlers. The list and a meeting's page are for everyone but answered outside the
// page cache: which meetings are upcoming and whether registration is open depend on the
// clock, which the cache (valid while the data is unchanged) does not follow.
#include "web/meetings/meeting_pages.hpp"

#include "core/meeting_rules.hpp"
#include "core/permissions.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/meetings/meeting_form.hpp"
#include "web/meetings/meeting_notifications.hpp"
#include "web/meetings/meeting_view.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

Response form_page(const Request& request, Services& services, const Meeting& meeting,
                   const std::vector<City>& cities, bool is_new, const FieldErrors& errors, int status)
{
    TemplateData page = meeting_form_view(meeting, cities, is_new);
    page.set("nav_meetings", true);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response = html_page(request, services, "meeting_edit", std::move(page),
                                  is_new ? "meeting.new_title" : "meeting.edit_title");
    response.status = status;
    return response;
}

Response invalid_form(const Request& request, Services& services, const Meeting& meeting,
                      const std::vector<City>& cities, bool is_new, const Error& error)
{
    return form_page(request, services, meeting, cities, is_new,
                     {{meeting_field_of(error), services.catalogue.text(error)}}, http_status(error.code));
}

// Reads, checks and stores the form on top of `current`; the answer either way.
Result<Response> store_meeting_form(const Request& request, Services& services, const Meeting& current, bool is_new)
{
    const Form form = Form::parse(request.body);
    if (!is_complete_meeting_form(form)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    Meeting meeting = read_meeting_form(form, current, is_new);
    if (auto valid = validate_meeting(meeting, cities); !valid) {
        return invalid_form(request, services, meeting, cities, is_new, valid.error());
    }
    meeting.updated_at = now_iso();
    if (!is_new) {
        meeting.sequence = current.sequence + 1; // calendars replace the event they have
    }
    if (auto saved = services.store.save_meeting(meeting); !saved) {
        return invalid_form(request, services, meeting, cities, is_new, saved.error());
    }
    audit(request, services, is_new ? "meeting_created" : "meeting_edited", meeting.title);
    if (is_new) {
        notify_new_meeting(services, meeting, request.visitor.member()->id);
    }
    return redirect_to("/treffen/" + meeting.id + "?gespeichert=1");
}

Result<MeetingPage> load_page(Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(agenda, services.store.agenda_items(meeting.id));
    std::vector<std::string> project_ids;
    for (const AgendaItem& item : agenda) {
        if (item.kind == AgendaKind::ProjectPresentation) {
            project_ids.push_back(item.project_id);
        }
    }
    RUNDUM_TRY_ASSIGN(projects, services.store.find_projects(project_ids));
    RUNDUM_TRY_ASSIGN(public_ids, public_projects_of(services, agenda));
    RUNDUM_TRY_ASSIGN(registrations, services.store.registrations(meeting.id));
    RUNDUM_TRY_ASSIGN(actions, services.store.action_items(meeting.id));
    return MeetingPage{std::move(meeting), std::move(cities), std::move(agenda), std::move(public_ids),
                       std::move(projects), std::move(registrations), std::move(actions), meeting_now()};
}

} // namespace

Result<Response> meeting_list_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(meetings, services.store.list_meetings());
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    TemplateData page = meeting_list_view(meetings, cities, meeting_now(), services.catalogue);
    page.set("nav_meetings", true);
    page.set("can_manage", is_allowed(request.visitor.member(), Action::ManageMeetings));
    page.set("is_member", request.visitor.member() != nullptr);
    return html_page(request, services, "meetings", std::move(page), "meeting.list_title");
}

Result<Response> meeting_page(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(content, load_page(services, id));
    TemplateData page = meeting_page_view(content, request.visitor.member(), services.catalogue);
    page.set("nav_meetings", true);
    page.set("saved", request.visitor.is_signed_in() && request.query == "gespeichert=1");
    page.set("removed", request.visitor.is_signed_in() && request.query == "entfernt=1");
    Response response;
    response.body = services.templates.render_page("meeting", std::move(page), content.meeting.title,
                                                   request.visitor);
    response.with_header("Cache-Control", "no-store");
    return response;
}

Result<Response> new_meeting_page(const Request& request, Services& services)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    return form_page(request, services, Meeting{}, cities, true, {}, 200);
}

Result<Response> create_meeting(const Request& request, Services& services)
{
    RUNDUM_TRY(require_meeting_admin(request));
    Meeting fresh;
    fresh.id = new_meeting_record_id("m-");
    fresh.created_at = now_iso();
    return store_meeting_form(request, services, fresh, true);
}

Result<Response> meeting_edit_page(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    return form_page(request, services, meeting, cities, false, {}, 200);
}

Result<Response> save_meeting(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, id));
    return store_meeting_form(request, services, meeting, false);
}

Result<Response> delete_meeting(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    if (!Form::parse(request.body).is_confirmed()) {
        return invalid_form(request, services, meeting, cities, false,
                            Error{ErrorCode::Invalid, "meeting.error.delete_unconfirmed", {}, {}});
    }
    RUNDUM_TRY(services.store.delete_meeting(meeting.id));
    audit(request, services, "meeting_deleted", meeting.title);
    return redirect_to("/treffen");
}

} // namespace rundum::web
