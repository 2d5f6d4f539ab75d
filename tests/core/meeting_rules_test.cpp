// SPDX-License-Identifier: EUPL-1.2
// The rules every stored meeting, agenda item, registration and action item obey.
#include <gtest/gtest.h>

#include "core/meeting_rules.hpp"

namespace rundum {
namespace {

std::vector<City> cities()
{
    City jena;
    jena.id = "city-jena";
    City leipzig;
    leipzig.id = "city-leipzig";
    return {jena, leipzig};
}

Meeting valid_meeting()
{
    Meeting meeting;
    meeting.id = "m-1";
    meeting.title = "Netzwerktreffen Frühjahr 2027";
    meeting.starts_at = "2027-03-18T10:00";
    meeting.ends_at = "2027-03-18T16:00";
    meeting.registration_deadline = "2027-03-04T23:59";
    meeting.host_city_id = "city-jena";
    meeting.venue = "Rathaus Jena, Markt 1";
    return meeting;
}

std::string meeting_error(const Meeting& meeting)
{
    auto result = validate_meeting(meeting, cities());
    EXPECT_FALSE(result.has_value()) << meeting.title;
    return result ? std::string() : result.error().key;
}

TEST(MeetingRules, AcceptsACompleteMeetingOnSiteOrOnline)
{
    EXPECT_TRUE(validate_meeting(valid_meeting(), cities()).has_value());
    Meeting online = valid_meeting();
    online.venue.clear();
    online.online_link = "https://video.example/netzwerk";
    EXPECT_TRUE(validate_meeting(online, cities()).has_value());
    Meeting deadline_at_start = valid_meeting();
    deadline_at_start.registration_deadline = deadline_at_start.starts_at;
    EXPECT_TRUE(validate_meeting(deadline_at_start, cities()).has_value());
}

TEST(MeetingRules, NeedsATitleOfAtMost200Characters)
{
    Meeting meeting = valid_meeting();
    meeting.title = " \t ";
    EXPECT_EQ(meeting_error(meeting), "meeting.error.title_missing");
    meeting.title = std::string();
    for (int i = 0; i < 200; ++i) {
        meeting.title += "ä";
    }
    EXPECT_TRUE(validate_meeting(meeting, cities()).has_value()) << "characters, not bytes";
    meeting.title += "a";
    EXPECT_EQ(meeting_error(meeting), "meeting.error.title_too_long");
}

TEST(MeetingRules, RefusesImpossibleTimesAndAnEndBeforeTheStart)
{
    Meeting meeting = valid_meeting();
    for (const char* bad : {"", "2027-02-30T10:00", "2027-03-18 10:00", "2027-03-18T24:00",
                            "2027-13-01T10:00", "18.03.2027 10:00", "2027-03-18T10:60"}) {
        meeting.starts_at = bad;
        EXPECT_EQ(meeting_error(meeting), "meeting.error.starts_at_invalid") << bad;
    }
    meeting = valid_meeting();
    meeting.ends_at = "2027-3-18T16:00";
    EXPECT_EQ(meeting_error(meeting), "meeting.error.ends_at_invalid");
    meeting.ends_at = meeting.starts_at;
    EXPECT_EQ(meeting_error(meeting), "meeting.error.ends_before_start");
    meeting.ends_at = "2027-03-18T09:00";
    EXPECT_EQ(meeting_error(meeting), "meeting.error.ends_before_start");
    meeting = valid_meeting();
    meeting.registration_deadline = "morgen";
    EXPECT_EQ(meeting_error(meeting), "meeting.error.deadline_invalid");
    meeting.registration_deadline = "2027-03-18T10:01";
    EXPECT_EQ(meeting_error(meeting), "meeting.error.deadline_after_start");
}

TEST(MeetingRules, TheHostIsAMemberCityAndThePlaceIsAVenueOrAnHttpsLink)
{
    Meeting meeting = valid_meeting();
    meeting.host_city_id = "city-atlantis";
    EXPECT_EQ(meeting_error(meeting), "meeting.error.host_city_unknown");
    meeting = valid_meeting();
    meeting.venue = "  ";
    EXPECT_EQ(meeting_error(meeting), "meeting.error.place_missing");
    for (const char* bad : {"http://video.example/x", "javascript:alert(1)", "https://",
                            "https://video.example/a b", "video.example"}) {
        meeting.online_link = bad;
        EXPECT_EQ(meeting_error(meeting), "meeting.error.online_link_invalid") << bad;
    }
    meeting.online_link = "https://video.example/" + std::string(500, 'x');
    EXPECT_EQ(meeting_error(meeting), "meeting.error.online_link_too_long");
}

TEST(MeetingRules, KeepsTextsAndDecisionsWithinTheirLimits)
{
    Meeting meeting = valid_meeting();
    meeting.venue = std::string(MAX_MEETING_VENUE + 1, 'v');
    EXPECT_EQ(meeting_error(meeting), "meeting.error.venue_too_long");
    meeting = valid_meeting();
    meeting.description = std::string(MAX_MEETING_DESCRIPTION + 1, 'd');
    EXPECT_EQ(meeting_error(meeting), "meeting.error.description_too_long");
    meeting = valid_meeting();
    meeting.minutes = std::string(MAX_MEETING_MINUTES + 1, 'm');
    EXPECT_EQ(meeting_error(meeting), "meeting.error.minutes_too_long");
    meeting = valid_meeting();
    meeting.decisions.assign(MAX_MEETING_DECISIONS + 1, "Beschluss");
    EXPECT_EQ(meeting_error(meeting), "meeting.error.too_many_decisions");
    meeting.decisions = {std::string(MAX_DECISION + 1, 'b')};
    EXPECT_EQ(meeting_error(meeting), "meeting.error.decision_too_long");
}

Project jena_project()
{
    Project project;
    project.id = "p-jena-familienpass";
    project.city_id = "city-jena";
    project.title = "Familienpass";
    return project;
}

AgendaItem presentation()
{
    AgendaItem item;
    item.kind = AgendaKind::ProjectPresentation;
    item.project_id = "p-jena-familienpass";
    item.city_id = "city-jena";
    item.title = "Familienpass";
    return item;
}

std::string agenda_error(const AgendaItem& item, const Project* project, const Challenge* challenge)
{
    auto result = validate_agenda_item(item, project, challenge);
    EXPECT_FALSE(result.has_value()) << item.title;
    return result ? std::string() : result.error().key;
}

TEST(AgendaRules, APresentationNeedsAVisibleProjectOfTheProposingCity)
{
    const Project project = jena_project();
    EXPECT_TRUE(validate_agenda_item(presentation(), &project, nullptr).has_value());
    EXPECT_EQ(agenda_error(presentation(), nullptr, nullptr), "meeting.error.project_unknown")
        << "missing or hidden from the proposer";
    AgendaItem other_city = presentation();
    other_city.city_id = "city-leipzig";
    EXPECT_EQ(agenda_error(other_city, &project, nullptr), "meeting.error.project_not_of_city");
    AgendaItem by_admin = presentation();
    by_admin.city_id.clear();
    EXPECT_TRUE(validate_agenda_item(by_admin, &project, nullptr).has_value());
}

TEST(AgendaRules, ADiscussionNeedsAnExistingChallenge)
{
    AgendaItem item;
    item.kind = AgendaKind::ChallengeDiscussion;
    item.challenge_slug = "kitaausbau";
    item.title = "Kitaausbau";
    Challenge challenge;
    challenge.slug = "kitaausbau";
    EXPECT_TRUE(validate_agenda_item(item, nullptr, &challenge).has_value());
    EXPECT_EQ(agenda_error(item, nullptr, nullptr), "meeting.error.challenge_unknown");
    challenge.slug = "wohnen";
    EXPECT_EQ(agenda_error(item, nullptr, &challenge), "meeting.error.challenge_unknown");
}

TEST(AgendaRules, EveryItemHasATitleAndSensibleTimes)
{
    AgendaItem item;
    item.kind = AgendaKind::Other;
    item.title = "";
    EXPECT_EQ(agenda_error(item, nullptr, nullptr), "meeting.error.agenda_title_missing");
    item.title = std::string(MAX_AGENDA_TITLE + 1, 't');
    EXPECT_EQ(agenda_error(item, nullptr, nullptr), "meeting.error.agenda_title_too_long");
    item.title = "Begrüßung";
    item.note = std::string(MAX_AGENDA_NOTE + 1, 'n');
    EXPECT_EQ(agenda_error(item, nullptr, nullptr), "meeting.error.agenda_note_too_long");
    item.note.clear();
    item.position = -1;
    EXPECT_EQ(agenda_error(item, nullptr, nullptr), "meeting.error.position_invalid");
    item.position = 2;
    item.start_time = "9:30";
    EXPECT_EQ(agenda_error(item, nullptr, nullptr), "meeting.error.start_time_invalid");
    item.start_time = "09:30";
    item.duration_minutes = MAX_AGENDA_DURATION + 1;
    EXPECT_EQ(agenda_error(item, nullptr, nullptr), "meeting.error.duration_invalid");
    item.duration_minutes = 45;
    EXPECT_TRUE(validate_agenda_item(item, nullptr, nullptr).has_value());
}

Registration jena_registration()
{
    Registration registration;
    registration.meeting_id = "m-1";
    registration.city_id = "city-jena";
    registration.attendees = {{"Jana Jena", false}, {"Jonas Jena", true}};
    return registration;
}

std::string registration_error(const Registration& registration, const Meeting& meeting,
                               std::string_view now, bool is_admin = false)
{
    auto result = validate_registration(registration, meeting, now, is_admin);
    EXPECT_FALSE(result.has_value());
    return result ? std::string() : result.error().key;
}

TEST(RegistrationRules, ACityRegistersNamedAttendeesUntilTheDeadline)
{
    const Meeting meeting = valid_meeting();
    EXPECT_TRUE(validate_registration(jena_registration(), meeting, "2027-03-04T23:59", false));
    EXPECT_EQ(registration_error(jena_registration(), meeting, "2027-03-05T00:00"),
              "meeting.error.deadline_passed");
    EXPECT_TRUE(validate_registration(jena_registration(), meeting, "2027-03-05T00:00", true))
        << "admins may still change it";
    EXPECT_TRUE(is_registration_open(meeting, "2027-03-01T08:00"));
    EXPECT_FALSE(is_registration_open(meeting, "2027-03-05T00:00"));
    Meeting cancelled = meeting;
    cancelled.is_cancelled = true;
    EXPECT_FALSE(is_registration_open(cancelled, "2027-03-01T08:00"));
    EXPECT_EQ(registration_error(jena_registration(), cancelled, "2027-03-01T08:00", true),
              "meeting.error.cancelled");
}

TEST(RegistrationRules, NeedsAtLeastOneNamedAttendeeWithinTheLimits)
{
    const Meeting meeting = valid_meeting();
    const std::string now = "2027-03-01T08:00";
    Registration registration = jena_registration();
    registration.attendees.clear();
    EXPECT_EQ(registration_error(registration, meeting, now), "meeting.error.attendees_missing");
    registration.attendees = {{"  ", false}};
    EXPECT_EQ(registration_error(registration, meeting, now), "meeting.error.attendee_name_missing");
    registration.attendees = {{std::string(MAX_ATTENDEE_NAME + 1, 'a'), false}};
    EXPECT_EQ(registration_error(registration, meeting, now), "meeting.error.attendee_name_too_long");
    registration.attendees.assign(MAX_ATTENDEES + 1, Attendee{"Name", false});
    EXPECT_EQ(registration_error(registration, meeting, now), "meeting.error.too_many_attendees");
    registration = jena_registration();
    registration.note = std::string(MAX_REGISTRATION_NOTE + 1, 'n');
    EXPECT_EQ(registration_error(registration, meeting, now),
              "meeting.error.registration_note_too_long");
}

TEST(ActionItemRules, NeedsTextAResponsibleMemberCityAndARealDueDate)
{
    ActionItem item;
    item.text = "Leitfaden Familienpass teilen";
    item.city_id = "city-jena";
    item.due_date = "2027-04-30";
    EXPECT_TRUE(validate_action_item(item, cities()).has_value());
    item.due_date.clear();
    EXPECT_TRUE(validate_action_item(item, cities()).has_value()) << "no due date is fine";
    auto key = [](const ActionItem& bad) {
        auto result = validate_action_item(bad, cities());
        return result ? std::string() : result.error().key;
    };
    ActionItem bad = item;
    bad.text = " ";
    EXPECT_EQ(key(bad), "meeting.error.action_text_missing");
    bad.text = std::string(MAX_ACTION_TEXT + 1, 'x');
    EXPECT_EQ(key(bad), "meeting.error.action_text_too_long");
    bad = item;
    bad.city_id = "city-atlantis";
    EXPECT_EQ(key(bad), "meeting.error.action_city_unknown");
    bad = item;
    bad.due_date = "2027-02-29";
    EXPECT_EQ(key(bad), "meeting.error.due_date_invalid");
    bad.due_date = "30.04.2027";
    EXPECT_EQ(key(bad), "meeting.error.due_date_invalid");
}

} // namespace
} // namespace rundum
