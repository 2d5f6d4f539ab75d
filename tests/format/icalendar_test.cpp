// SPDX-License-Identifier: EUPL-1.2
// The meeting calendar parsed back by libical: the event and its time zone must survive.
#include "format/icalendar.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>
#include <string>

namespace rundum::format {
namespace {

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

CalendarEvent spring_meeting()
{
    CalendarEvent event;
    event.uid = "m-fruehjahr@rundum.test";
    event.summary = "Netzwerktreffen Frühjahr; Kita, Mieten und Armut";
    event.starts_at = "2027-03-18T10:00";
    event.ends_at = "2027-03-18T16:30";
    event.location = "Neues Rathaus, Martin-Luther-Ring 4–6, 04109 Leipzig";
    event.description = "Gastgeber: Leipzig\nTagesordnung:\n10:00 Begrüßung\n10:30 Babybegrüßungspaket (München)";
    event.url = "https://rundum.test/treffen/m-fruehjahr";
    event.sequence = 2;
    event.stamp = "2026-11-26T10:15:00Z";
    return event;
}

Component parsed(const std::string& text)
{
    return Component(icalparser_parse_string(text.c_str()));
}

std::string text_of(icalcomponent* component, icalproperty_kind kind)
{
    icalproperty* property = icalcomponent_get_first_property(component, kind);
    return property == nullptr ? "" : icalproperty_get_value_as_string(property);
}

// The UTC time of a DTSTART/DTEND, converted with the given zone.
std::string utc_of(icaltimetype local, icaltimezone* zone)
{
    icaltimetype converted = icaltime_convert_to_zone(local, zone);
    converted = icaltime_convert_to_zone(converted, icaltimezone_get_utc_timezone());
    return icaltime_as_ical_string(converted);
}

TEST(Icalendar, TheEventParsesBackAsTheFixedExpectedEvent)
{
    auto text = meeting_calendar({spring_meeting()}, {"Netzwerktreffen", "PUBLISH", "netzwerk@rundum.test"});
    ASSERT_TRUE(text) << text.error().detail;
    auto calendar = parsed(*text);
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
    EXPECT_EQ(text_of(calendar.get(), ICAL_VERSION_PROPERTY), "2.0");
    EXPECT_EQ(text_of(calendar.get(), ICAL_METHOD_PROPERTY), "PUBLISH");
    EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 1);

    icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(icalcomponent_get_uid(event), std::string("m-fruehjahr@rundum.test"));
    EXPECT_EQ(icalcomponent_get_summary(event), std::string("Netzwerktreffen Frühjahr; Kita, Mieten und Armut"));
    EXPECT_EQ(icalcomponent_get_location(event), std::string("Neues Rathaus, Martin-Luther-Ring 4–6, 04109 Leipzig"));
    EXPECT_EQ(icalcomponent_get_description(event),
              std::string("Gastgeber: Leipzig\nTagesordnung:\n10:00 Begrüßung\n10:30 Babybegrüßungspaket (München)"));
    EXPECT_EQ(text_of(event, ICAL_URL_PROPERTY), "https://rundum.test/treffen/m-fruehjahr");
    EXPECT_EQ(text_of(event, ICAL_SEQUENCE_PROPERTY), "2");
    EXPECT_EQ(text_of(event, ICAL_STATUS_PROPERTY), "CONFIRMED");
    EXPECT_EQ(text_of(event, ICAL_ORGANIZER_PROPERTY), "mailto:netzwerk@rundum.test");
    EXPECT_EQ(text_of(event, ICAL_DTSTAMP_PROPERTY), "20261126T101500Z");

    icalproperty* start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    ASSERT_NE(start, nullptr);
    icalparameter* zone_name = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
    ASSERT_NE(zone_name, nullptr);
    EXPECT_EQ(icalparameter_get_tzid(zone_name), std::string("Europe/Berlin"));
    EXPECT_EQ(icalproperty_get_value_as_string(start), std::string("20270318T100000"));
    EXPECT_EQ(text_of(event, ICAL_DTEND_PROPERTY), "20270318T163000");
}

TEST(Icalendar, TheTimeZoneGivesWinterAndSummerOffsetsLikeTheSystemsTzdata)
{
    CalendarEvent summer = spring_meeting();
    summer.uid = "m-sommer@rundum.test";
    summer.starts_at = "2027-06-10T10:00";
    summer.ends_at = "2027-06-10T12:00";
    auto text = meeting_calendar({spring_meeting(), summer}, {});
    ASSERT_TRUE(text) << text.error().detail;
    auto calendar = parsed(*text);
    ASSERT_NE(calendar, nullptr);

    icalcomponent* vtimezone = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
    ASSERT_NE(vtimezone, nullptr);
    EXPECT_EQ(text_of(vtimezone, ICAL_TZID_PROPERTY), "Europe/Berlin");
    EXPECT_EQ(icalcomponent_count_components(vtimezone, ICAL_XDAYLIGHT_COMPONENT), 1);
    EXPECT_EQ(icalcomponent_count_components(vtimezone, ICAL_XSTANDARD_COMPONENT), 1);
    icaltimezone* shipped = icaltimezone_new();
    ASSERT_TRUE(icaltimezone_set_component(shipped, icalcomponent_new_clone(vtimezone)));
    icaltimezone* system = icaltimezone_get_builtin_timezone("Europe/Berlin");
    ASSERT_NE(system, nullptr);

    icalcomponent* winter_event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    icalcomponent* summer_event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    ASSERT_NE(summer_event, nullptr);
    icaltimetype winter_start = icalcomponent_get_dtstart(winter_event);
    icaltimetype summer_start = icalcomponent_get_dtstart(summer_event);
    // 10:00 in Berlin is 09:00 UTC in March (CET) and 08:00 UTC in June (CEST).
    winter_start.zone = nullptr;
    summer_start.zone = nullptr;
    EXPECT_EQ(utc_of(winter_start, shipped), std::string("20270318T090000Z"));
    EXPECT_EQ(utc_of(summer_start, shipped), std::string("20270610T080000Z"));
    EXPECT_EQ(utc_of(winter_start, system), std::string("20270318T090000Z"));
    EXPECT_EQ(utc_of(summer_start, system), std::string("20270610T080000Z"));
    icaltimezone_free(shipped, 1);
}

TEST(Icalendar, LinesAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters)
{
    CalendarEvent event = spring_meeting();
    event.description = std::string(40, 'x') + "Ärger über Kinderbetreuung, Müttercafés und Großstädte: "
                        + "äöüßÄÖÜ äöüßÄÖÜ äöüßÄÖÜ äöüßÄÖÜ äöüßÄÖÜ äöüßÄÖÜ äöüßÄÖÜ äöüßÄÖÜ";
    auto text = meeting_calendar({event}, {});
    ASSERT_TRUE(text);
    std::size_t line_start = 0;
    while (line_start < text->size()) {
        auto line_end = text->find("\r\n", line_start);
        ASSERT_NE(line_end, std::string::npos) << "every line ends with CRLF";
        EXPECT_LE(line_end - line_start, 75u) << text->substr(line_start, line_end - line_start);
        // A continuation line never starts inside a UTF-8 sequence.
        if (line_end + 3 < text->size() && (*text)[line_end + 2] == ' ') {
            EXPECT_NE(static_cast<unsigned char>((*text)[line_end + 3]) & 0xC0, 0x80);
        }
        line_start = line_end + 2;
    }
    auto calendar = parsed(*text);
    icalcomponent* parsed_event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    EXPECT_EQ(icalcomponent_get_description(parsed_event), event.description);
}

TEST(Icalendar, ACancelledMeetingSaysSoAndAnInvitationIsARequest)
{
    CalendarEvent event = spring_meeting();
    event.is_cancelled = true;
    event.sequence = 3;
    auto text = meeting_calendar({event}, {"", "REQUEST", "netzwerk@rundum.test"});
    ASSERT_TRUE(text);
    auto calendar = parsed(*text);
    EXPECT_EQ(text_of(calendar.get(), ICAL_METHOD_PROPERTY), "REQUEST");
    icalcomponent* parsed_event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    EXPECT_EQ(text_of(parsed_event, ICAL_STATUS_PROPERTY), "CANCELLED");
    EXPECT_EQ(text_of(parsed_event, ICAL_SEQUENCE_PROPERTY), "3");
}

TEST(Icalendar, ACancellationMailIsMethodCancelWithTheSameUidAndAHigherSequence)
{
    CalendarEvent event = spring_meeting();
    event.is_cancelled = true;
    event.sequence = 5;
    auto text = meeting_calendar({event}, {"", "CANCEL", "netzwerk@rundum.test"});
    ASSERT_TRUE(text);
    EXPECT_NE(text->find("METHOD:CANCEL\r\n"), std::string::npos) << *text;
    auto calendar = parsed(*text);
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_CANCEL);
    icalcomponent* parsed_event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    EXPECT_STREQ(icalcomponent_get_uid(parsed_event), "m-fruehjahr@rundum.test");
    EXPECT_EQ(icalcomponent_get_sequence(parsed_event), 5);
    EXPECT_EQ(text_of(parsed_event, ICAL_STATUS_PROPERTY), "CANCELLED");
    EXPECT_EQ(text_of(parsed_event, ICAL_ORGANIZER_PROPERTY), "mailto:netzwerk@rundum.test");
}

TEST(Icalendar, BadTimesAreRefusedWithAMessageKey)
{
    CalendarEvent event = spring_meeting();
    event.ends_at = "2027-03-18T09:00";
    auto ends_before = meeting_calendar({event}, {});
    ASSERT_FALSE(ends_before);
    EXPECT_EQ(ends_before.error().key, "error.calendar_time");
    event.ends_at = "2027-02-30T12:00";
    EXPECT_FALSE(meeting_calendar({event}, {}));
    event.ends_at = "18.03.2027 12:00";
    EXPECT_FALSE(meeting_calendar({event}, {}));
}

TEST(Icalendar, AnEmptySeriesIsStillACalendarWithItsName)
{
    auto text = meeting_calendar({}, {"Netzwerktreffen", "PUBLISH", ""});
    ASSERT_TRUE(text);
    auto calendar = parsed(*text);
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 0);
    EXPECT_NE(text->find("X-WR-CALNAME:Netzwerktreffen\r\n"), std::string::npos);
}

} // namespace
} // namespace rundum::format
