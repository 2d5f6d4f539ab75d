// SPDX-License-Identifier: EUPL-1.2
// Calendar answers: text/calendar, and kept in shared caches only when the public asked, since
// members get the online link.
#include "web/meetings/meeting_calendar.hpp"

#include "core/permissions.hpp"
#include "media/attachment.hpp"
#include "web/meetings/meeting_access.hpp"

namespace rundum::web {

namespace {

// "rundum.example" of "https://rundum.example:8443/pfad": UIDs must be unique across the world.
std::string host_of(const std::string& base_url)
{
    std::string_view rest = base_url;
    if (auto scheme = rest.find("://"); scheme != std::string_view::npos) {
        rest.remove_prefix(scheme + 3);
    }
    return std::string(rest.substr(0, rest.find_first_of(":/")));
}

std::string agenda_line(const AgendaItem& item)
{
    return item.start_time.empty() ? "– " + item.title : item.start_time + " " + item.title;
}

Result<Response> calendar_response(const Request& request, Result<std::string> calendar, std::string_view file_name)
{
    RUNDUM_TRY_ASSIGN(text, std::move(calendar));
    Response response;
    response.content_type = "text/calendar; charset=utf-8";
    response.body = std::move(text);
    response.with_header("Content-Disposition", media::content_disposition(file_name, false));
    response.with_header("Cache-Control",
                         request.visitor.is_signed_in() ? "private, no-store" : "public, max-age=300");
    return response;
}

} // namespace

Result<format::CalendarEvent> meeting_event(Services& services, const Meeting& meeting,
                                            const std::vector<City>& cities, const User* member)
{
    const i18n::Catalogue& catalogue = services.catalogue;
    RUNDUM_TRY_ASSIGN(agenda, services.store.agenda_items(meeting.id));
    RUNDUM_TRY_ASSIGN(public_ids, public_projects_of(services, agenda));
    const City* host = city_with_id(cities, meeting.host_city_id);
    std::string description =
        catalogue.text("meeting.calendar.host", {host != nullptr ? host->name : meeting.host_city_id});
    description += "\n" + catalogue.text("meeting.calendar.deadline",
                                         {readable_local_time(meeting.registration_deadline, catalogue)});
    if (member != nullptr && !meeting.online_link.empty()) {
        description += "\n" + catalogue.text("meeting.calendar.online", {meeting.online_link});
    }
    std::string agenda_text;
    for (const AgendaItem& item : agenda) {
        const bool visible = member != nullptr ? item.status == AgendaStatus::Accepted
                                               : is_public_agenda_item(item, public_ids);
        if (visible) {
            agenda_text += "\n" + agenda_line(item);
        }
    }
    if (!agenda_text.empty()) {
        description += "\n\n" + catalogue.text("meeting.calendar.agenda") + agenda_text;
    }
    const std::string url = services.config.base_url + "/treffen/" + meeting.id;
    description += "\n\n" + url;
    format::CalendarEvent event;
    event.uid = meeting.id + "@" + host_of(services.config.base_url);
    event.summary = meeting.title;
    event.starts_at = meeting.starts_at;
    event.ends_at = meeting.ends_at;
    event.location = meeting.venue.empty() && member != nullptr ? meeting.online_link : meeting.venue;
    event.description = std::move(description);
    event.url = url;
    event.sequence = meeting.sequence;
    event.is_cancelled = meeting.is_cancelled;
    event.stamp = meeting.updated_at;
    return event;
}

Result<Response> meetings_calendar(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(meetings, services.store.list_meetings());
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    std::vector<format::CalendarEvent> events;
    for (const Meeting& meeting : meetings) {
        RUNDUM_TRY_ASSIGN(event, meeting_event(services, meeting, cities, request.visitor.member()));
        events.push_back(std::move(event));
    }
    const format::CalendarOptions options{services.catalogue.text("meeting.calendar.name"), "PUBLISH", ""};
    return calendar_response(request, format::meeting_calendar(events, options), "netzwerktreffen.ics");
}

Result<Response> meeting_calendar_file(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(event, meeting_event(services, meeting, cities, request.visitor.member()));
    return calendar_response(request, format::meeting_calendar({event}, {"", "PUBLISH", ""}), "treffen.ics");
}

} // namespace rundum::web
