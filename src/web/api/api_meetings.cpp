// SPDX-License-Identifier: EUPL-1.2
// The meetings as JSON, in the shape of export and import (format/meeting_json), with the host
// city's slug and the links a client needs; what the public may not see is emptied, not left out,
// so that every client reads one shape.
#include "web/api/api_meetings.hpp"

#include <boost/json.hpp>

#include "core/permissions.hpp"
#include "format/meeting_json.hpp"
#include "web/http/json_response.hpp"
#include "web/meetings/meeting_access.hpp"

namespace rundum::web {

namespace {

// Everything of a meeting the public may not see: link, description, minutes, decisions.
Meeting public_part(Meeting meeting)
{
    meeting.online_link.clear();
    meeting.description.clear();
    meeting.minutes.clear();
    meeting.decisions.clear();
    return meeting;
}

Result<boost::json::object> meeting_json(Services& services, const Meeting& meeting, const std::vector<City>& cities,
                                         const User* member)
{
    const bool is_member = member != nullptr;
    RUNDUM_TRY_ASSIGN(agenda, services.store.agenda_items(meeting.id));
    RUNDUM_TRY_ASSIGN(public_ids, public_projects_of(services, agenda));
    boost::json::object out = format::meeting_to_json(is_member ? meeting : public_part(meeting));
    const City* host = city_with_id(cities, meeting.host_city_id);
    out["host_city"] = host != nullptr ? host->slug : meeting.host_city_id;
    out["url"] = services.config.base_url + "/treffen/" + meeting.id;
    out["calendar_url"] = services.config.base_url + "/treffen/" + meeting.id + ".ics";
    boost::json::array items;
    for (const AgendaItem& item : agenda) {
        if (is_member) {
            items.emplace_back(format::agenda_item_to_json(item));
        } else if (is_public_agenda_item(item, public_ids)) {
            AgendaItem shown = item;
            shown.note.clear(); // the proposer's wish to the admins
            shown.proposed_by.clear();
            shown.attachments.clear();
            items.emplace_back(format::agenda_item_to_json(shown));
        }
    }
    out["agenda"] = std::move(items);
    boost::json::array registrations;
    boost::json::array actions;
    if (is_member) {
        RUNDUM_TRY_ASSIGN(registered, services.store.registrations(meeting.id));
        for (Registration& registration : registered) {
            if (!is_allowed(member, Action::ViewRegistrationNote, city_with_id(cities, registration.city_id))) {
                registration.note.clear(); // may hold health or belief details: for the city and admins
            }
            registrations.emplace_back(format::registration_to_json(registration));
        }
        RUNDUM_TRY_ASSIGN(action_items, services.store.action_items(meeting.id));
        for (const ActionItem& action : action_items) {
            actions.emplace_back(format::action_item_to_json(action));
        }
    }
    out["registrations"] = std::move(registrations);
    out["action_items"] = std::move(actions);
    return out;
}

} // namespace

Result<Response> api_meetings(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(meetings, services.store.list_meetings());
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const User* member = request.visitor.member();
    boost::json::array list;
    for (const Meeting& meeting : meetings) {
        RUNDUM_TRY_ASSIGN(json, meeting_json(services, meeting, cities, member));
        list.emplace_back(std::move(json));
    }
    Response response = json_response(boost::json::object{{"meetings", std::move(list)}});
    response.with_header("Cache-Control", member != nullptr ? "private, no-store" : "public, max-age=60");
    return response;
}

} // namespace rundum::web
