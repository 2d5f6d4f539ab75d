// SPDX-License-Identifier: EUPL-1.2
// The start page handler.
#include "web/home/home_page.hpp"

#include <spdlog/spdlog.h>

#include "core/calendar_date.hpp"
#include "web/meetings/meeting_access.hpp"

namespace rundum::web {

namespace {

// "Offene Aufgaben Ihrer Stadt": the open action items of the member's city, each with its
// meeting and due date; overdue ones say so in words. A failure leaves the list out.
void add_open_action_items(TemplateData& page, Services& services, const User& member)
{
    if (member.city_id.empty()) {
        return;
    }
    auto actions = services.store.open_action_items(member.city_id);
    if (!actions) {
        spdlog::error("open action items of {}: {}", member.city_id, actions.error().detail);
        return;
    }
    const std::string today = date_part(meeting_now());
    kainjow::mustache::list list;
    for (const ActionItem& action : *actions) {
        auto meeting = services.store.find_meeting(action.meeting_id);
        if (!meeting || !*meeting) {
            continue;
        }
        TemplateData entry{TemplateData::type::object};
        entry.set("id", action.id);
        entry.set("text", action.text);
        entry.set("meeting_title", (*meeting)->title);
        entry.set("meeting_url", "/treffen/" + (*meeting)->id);
        if (!action.due_date.empty()) {
            entry.set("due", readable_day(action.due_date));
        }
        entry.set("is_overdue", !action.due_date.empty() && action.due_date < today);
        list.push_back(entry);
    }
    page.set("has_open_actions", !list.empty());
    page.set("open_actions", list);
}

} // namespace

Result<Response> home_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    TemplateData page{TemplateData::type::object};
    kainjow::mustache::list names;
    for (const City& city : cities) {
        TemplateData entry{TemplateData::type::object};
        entry.set("slug", city.slug);
        entry.set("name", city.name);
        names.push_back(entry);
    }
    page.set("cities", names);
    page.set("lead", services.catalogue.text("home.lead", {std::to_string(cities.size())}));
    page.set("nav_home", true);
    if (const User* member = request.visitor.member()) {
        add_open_action_items(page, services, *member);
        page.set("is_member", true);
    }
    Response response;
    response.body = services.templates.render_page("home", std::move(page),
                                                   services.catalogue.text("home.title"), request.visitor);
    return response;
}

} // namespace rundum::web
