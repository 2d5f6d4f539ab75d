// SPDX-License-Identifier: EUPL-1.2
// Minutes handlers. Minutes are Markdown (rendered safely on the meeting's page), decisions one
// per line; a new action item tells the responsible city's members.
#include "web/meetings/minutes_pages.hpp"

#include "core/meeting_rules.hpp"
#include "core/permissions.hpp"
#include "core/text.hpp"
#include "web/cities/city_view.hpp"
#include "web/http/clock.hpp"
#include "web/http/edit_token.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/meetings/meeting_form.hpp"
#include "web/meetings/meeting_notifications.hpp"
#include "web/meetings/meeting_view.hpp"
#include "web/http/page_helpers.hpp"
#include "web/http/redirect_target.hpp"

namespace rundum::web {

namespace {

// The state of the minutes the form edits (minutes and decisions; the unit separator cannot be
// typed into either).
std::string minutes_state(const Meeting& meeting)
{
    return state_of(meeting.minutes + '\x1f' + joined_lines(meeting.decisions));
}

// The minutes form and the action items; `typed_meeting` and `typed_action` as typed. `seen`:
// the state of the stored minutes the form was opened on.
Result<Response> minutes_form(const Request& request, Services& services, const Meeting& typed_meeting,
                      const std::string& decisions_text, const ActionItem& typed_action, const FieldErrors& errors,
                      int status, const std::string& seen)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(actions, services.store.action_items(typed_meeting.id));
    TemplateData page{TemplateData::type::object};
    page.set("nav_meetings", true);
    page.set("id", typed_meeting.id);
    page.set("meeting_title", typed_meeting.title);
    page.set("minutes", typed_meeting.minutes);
    page.set("decisions", decisions_text);
    kainjow::mustache::list list;
    for (const ActionItem& action : actions) {
        TemplateData entry{TemplateData::type::object};
        entry.set("id", action.id);
        entry.set("text", action.text);
        const City* city = city_with_id(cities, action.city_id);
        entry.set("city_name", city != nullptr ? city->name : action.city_id);
        set_if_not_empty(entry, "due", readable_day(action.due_date));
        entry.set("is_done", action.is_done);
        entry.set("remove_url", "/treffen/" + typed_meeting.id + "/aufgaben/" + action.id + "/entfernen");
        list.push_back(entry);
    }
    page.set("actions", list);
    page.set("has_actions", !actions.empty());
    page.set("action_text", typed_action.text);
    page.set("action_due", typed_action.due_date);
    page.set("cities", city_options(cities, typed_action.city_id));
    page.set("saved", request.query == "gespeichert=1");
    page.set("seen", seen);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response = html_page(request, services, "meeting_minutes", std::move(page), "meeting.minutes.title");
    response.status = status;
    return response;
}

} // namespace

Result<Response> minutes_page(const Request& request, Services& services, std::string_view meeting_id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, meeting_id));
    return minutes_form(request, services, meeting, joined_lines(meeting.decisions), ActionItem{}, {}, 200,
                        minutes_state(meeting));
}

Result<Response> save_minutes(const Request& request, Services& services, std::string_view meeting_id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, meeting_id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const Form form = Form::parse(request.body);
    if (!form.has("minutes") || !form.has("decisions")) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    Meeting typed = meeting;
    typed.minutes = form.value("minutes");
    typed.decisions = non_blank_lines(form.value("decisions"));
    typed.updated_at = now_iso();
    const std::string current_state = minutes_state(meeting);
    if (changed_since_opened(form, current_state)) {
        // Someone saved the minutes since this form was opened: nothing is overwritten, the
        // input stays, and the form now carries the newer state.
        return minutes_form(request, services, typed, form.value("decisions"), ActionItem{},
                            {{"conflict", services.catalogue.text("error.meeting.minutes_changed_meanwhile")}}, 409,
                            current_state);
    }
    auto valid = validate_meeting(typed, cities);
    if (valid) {
        valid = services.store.save_meeting(typed);
    }
    if (!valid) {
        return minutes_form(request, services, typed, form.value("decisions"), ActionItem{},
                            {{meeting_field_of(valid.error()), services.catalogue.text(valid.error())}},
                            http_status(valid.error().code), form.value(SEEN_FIELD));
    }
    audit(request, services, "minutes_saved", typed.title);
    return redirect_to("/treffen/" + typed.id + "/protokoll?gespeichert=1");
}

Result<Response> add_action_item(const Request& request, Services& services, std::string_view meeting_id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, meeting_id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    ActionItem action = read_action_item_form(Form::parse(request.body));
    action.id = new_meeting_record_id("t-");
    action.meeting_id = meeting.id;
    auto valid = validate_action_item(action, cities);
    if (valid) {
        valid = services.store.save_action_item(action);
    }
    if (!valid) {
        return minutes_form(request, services, meeting, joined_lines(meeting.decisions), action,
                            {{meeting_field_of(valid.error()), services.catalogue.text(valid.error())}},
                            http_status(valid.error().code), minutes_state(meeting));
    }
    notify_action_item(services, meeting, action);
    audit(request, services, "action_item_added", meeting.title + ": " + action.text);
    return redirect_to("/treffen/" + meeting.id + "/protokoll?gespeichert=1");
}

Result<Response> remove_action_item(const Request& request, Services& services, std::string_view meeting_id,
                            std::string_view item_id)
{
    RUNDUM_TRY(require_meeting_admin(request));
    RUNDUM_TRY_ASSIGN(action, services.store.find_action_item(item_id));
    if (!action || action->meeting_id != meeting_id) {
        return fail(ErrorCode::NotFound, "error.meeting.action_item_not_found");
    }
    RUNDUM_TRY(services.store.delete_action_item(action->id));
    audit(request, services, "action_item_removed", action->text);
    return redirect_to("/treffen/" + std::string(meeting_id) + "/protokoll?gespeichert=1");
}

Result<Response> complete_action_item(const Request& request, Services& services, std::string_view item_id)
{
    RUNDUM_TRY_ASSIGN(action, services.store.find_action_item(item_id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    if (!action) {
        return fail(ErrorCode::NotFound, "error.meeting.action_item_not_found");
    }
    ActionItem item = *action;
    if (!is_allowed(request.visitor.member(), Action::CompleteActionItem, city_with_id(cities, item.city_id))) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    const Form form = Form::parse(request.body);
    item.is_done = form.value("done") == "ja";
    item.done_at = item.is_done ? now_iso() : std::string();
    RUNDUM_TRY(services.store.save_action_item(item));
    const std::string back = form.value("zurueck");
    if (back.empty()) {
        return redirect_to("/treffen/" + item.meeting_id + "#aufgaben");
    }
    return redirect_to(site_local_target(back, "/treffen/" + item.meeting_id)); // the start page lists them too
}

} // namespace rundum::web
