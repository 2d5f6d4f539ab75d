// SPDX-License-Identifier: EUPL-1.2
// Built with libical, which escapes text values and folds lines as RFC 5545 requires.
#include "format/icalendar.hpp"

#include <libical/ical.h>

#include <memory>
#include <optional>

#include "core/meeting.hpp"
#include "format/ical_local_time.hpp"

namespace rundum::format {

namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

// "YYYY-MM-DDTHH:MM:SS[.fff]Z" → a UTC libical time; the epoch when unreadable (DTSTAMP is
// required).
icaltimetype utc_time(const std::string& text)
{
    const auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
    std::optional<icaltimetype> time;
    if (text.size() >= 20 && text[16] == ':' && is_digit(text[17]) && is_digit(text[18]) && text.back() == 'Z') {
        time = ical_local_time(text.substr(0, 16));
    }
    if (!time) {
        return icaltime_from_timet_with_zone(0, 0, icaltimezone_get_utc_timezone());
    }
    time->second = (text[17] - '0') * 10 + (text[18] - '0');
    time->zone = icaltimezone_get_utc_timezone();
    return *time;
}

icalproperty* with_zone(icalproperty* property)
{
    icalproperty_add_parameter(property, icalparameter_new_tzid(std::string(MEETING_TIME_ZONE).c_str()));
    return property;
}

icalcomponent* observance(icalcomponent* component, const char* name, const char* start, int offset_from,
                          int offset_to, int month)
{
    icalcomponent_add_property(component, icalproperty_new_tzname(name));
    icalcomponent_add_property(component, icalproperty_new_tzoffsetfrom(offset_from));
    icalcomponent_add_property(component, icalproperty_new_tzoffsetto(offset_to));
    icalcomponent_add_property(component, icalproperty_new_dtstart(icaltime_from_string(start)));
    icalrecurrencetype rule;
    icalrecurrencetype_clear(&rule);
    rule.freq = ICAL_YEARLY_RECURRENCE;
    rule.by_month[0] = static_cast<short>(month);
    // -1SU, the last Sunday: libical writes a weekday with its position as (8·|position| + day)·sign.
    rule.by_day[0] = static_cast<short>(-(8 + ICAL_SUNDAY_WEEKDAY));
    icalcomponent_add_property(component, icalproperty_new_rrule(rule));
    return component;
}

// Europe/Berlin as Outlook and most calendar servers publish it: the EU rules in force since
// 1996 (summer time from the last Sunday of March, winter time from the last Sunday of
// October). A fixed zone keeps the output the same on every machine, whatever its tzdata;
// meetings lie in the future, where only these rules apply.
icalcomponent* berlin_time_zone()
{
    icalcomponent* zone = icalcomponent_new_vtimezone();
    icalcomponent_add_property(zone, icalproperty_new_tzid(std::string(MEETING_TIME_ZONE).c_str()));
    icalcomponent_add_component(
        zone, observance(icalcomponent_new_xdaylight(), "CEST", "19810329T020000", 3600, 7200, 3));
    icalcomponent_add_component(
        zone, observance(icalcomponent_new_xstandard(), "CET", "19961027T030000", 7200, 3600, 10));
    return zone;
}

Result<icalcomponent*> event_component(const CalendarEvent& event, const CalendarOptions& options)
{
    auto starts = ical_local_time(event.starts_at);
    auto ends = ical_local_time(event.ends_at);
    if (!starts || !ends) {
        return fail(ErrorCode::Invalid, "error.calendar_time", {}, "calendar: bad time in " + event.uid);
    }
    if (icaltime_compare(*ends, *starts) <= 0) {
        return fail(ErrorCode::Invalid, "error.calendar_time", {}, "calendar: ends before it starts: " + event.uid);
    }
    icalcomponent* vevent = icalcomponent_new_vevent();
    icalcomponent_add_property(vevent, icalproperty_new_uid(event.uid.c_str()));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(utc_time(event.stamp)));
    icalcomponent_add_property(vevent, with_zone(icalproperty_new_dtstart(*starts)));
    icalcomponent_add_property(vevent, with_zone(icalproperty_new_dtend(*ends)));
    icalcomponent_add_property(vevent, icalproperty_new_sequence(event.sequence));
    icalcomponent_add_property(vevent, icalproperty_new_summary(event.summary.c_str()));
    if (!event.location.empty()) {
        icalcomponent_add_property(vevent, icalproperty_new_location(event.location.c_str()));
    }
    if (!event.description.empty()) {
        icalcomponent_add_property(vevent, icalproperty_new_description(event.description.c_str()));
    }
    if (!event.url.empty()) {
        icalcomponent_add_property(vevent, icalproperty_new_url(event.url.c_str()));
    }
    if (!options.organizer_email.empty()) {
        icalcomponent_add_property(vevent, icalproperty_new_organizer(("mailto:" + options.organizer_email).c_str()));
    }
    icalcomponent_add_property(
        vevent, icalproperty_new_status(event.is_cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    return vevent;
}

} // namespace

Result<std::string> meeting_calendar(const std::vector<CalendarEvent>& events, const CalendarOptions& options)
{
    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//rundum//Netzwerktreffen//DE"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_method(icalproperty_string_to_method(options.method.c_str())));
    if (!options.name.empty()) {
        icalproperty* name = icalproperty_new_x(options.name.c_str());
        icalproperty_set_x_name(name, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), name);
    }
    icalcomponent_add_component(calendar.get(), berlin_time_zone());
    for (const auto& event : events) {
        RUNDUM_TRY_ASSIGN(vevent, event_component(event, options));
        icalcomponent_add_component(calendar.get(), vevent);
    }
    // as_ical_string_r hands the caller a buffer of its own (the plain one is a ring buffer).
    char* text = icalcomponent_as_ical_string_r(calendar.get());
    std::string result(text);
    icalmemory_free_buffer(text);
    return result;
}

} // namespace rundum::format
