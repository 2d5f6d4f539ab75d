// SPDX-License-Identifier: EUPL-1.2
// Meetings through JSON and back, and the errors that name the broken field.
#include "format/meeting_json.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace rundum::format {
namespace {

Meeting sample_meeting()
{
    Meeting meeting;
    meeting.id = "m-1";
    meeting.title = "Netzwerktreffen Frühjahr";
    meeting.starts_at = "2027-03-18T10:00";
    meeting.ends_at = "2027-03-18T16:30";
    meeting.host_city_id = "leipzig";
    meeting.venue = "Neues Rathaus";
    meeting.online_link = "https://video.example/raum";
    meeting.registration_deadline = "2027-03-04T23:59";
    meeting.description = "Mit **Stadtrundgang**";
    meeting.minutes = "Alle 15 Städte waren da.";
    meeting.decisions = {"Nächstes Treffen in Jena", "Arbeitsgruppe Kinderarmut"};
    meeting.is_cancelled = true;
    meeting.sequence = 4;
    meeting.created_at = "2026-11-01T08:00:00Z";
    meeting.updated_at = "2026-11-20T08:00:00Z";
    return meeting;
}

TEST(MeetingJson, AMeetingComesBackAsItWentOutWithItsTimeZone)
{
    auto json = meeting_to_json(sample_meeting());
    EXPECT_EQ(json.at("time_zone").as_string(), "Europe/Berlin");
    auto back = meeting_from_json(json, "meetings[0]");
    ASSERT_TRUE(back) << back.error().key;
    EXPECT_EQ(back->title, "Netzwerktreffen Frühjahr");
    EXPECT_EQ(back->starts_at, "2027-03-18T10:00");
    EXPECT_EQ(back->registration_deadline, "2027-03-04T23:59");
    EXPECT_EQ(back->decisions, sample_meeting().decisions);
    EXPECT_TRUE(back->is_cancelled);
    EXPECT_EQ(back->sequence, 4);
    EXPECT_EQ(boost::json::serialize(meeting_to_json(*back)), boost::json::serialize(json));
}

TEST(MeetingJson, AnotherTimeZoneOrAMissingFieldIsNamed)
{
    auto json = meeting_to_json(sample_meeting());
    json["time_zone"] = "UTC";
    auto other_zone = meeting_from_json(json, "meetings[2]");
    ASSERT_FALSE(other_zone);
    EXPECT_EQ(other_zone.error().key, "error.import.time_zone");
    EXPECT_EQ(other_zone.error().args, std::vector<std::string>{"meetings[2].time_zone"});

    json = meeting_to_json(sample_meeting());
    json.erase("sequence");
    auto no_sequence = meeting_from_json(json, "meetings[0]");
    ASSERT_FALSE(no_sequence);
    EXPECT_EQ(no_sequence.error().args, std::vector<std::string>{"meetings[0].sequence"});
}

TEST(MeetingJson, AgendaItemsKeepKindStatusAndAttachmentDescriptions)
{
    AgendaItem item;
    item.id = "a-1";
    item.meeting_id = "m-1";
    item.kind = AgendaKind::ProjectPresentation;
    item.project_id = "p-muenchen-babybegruessungspaket";
    item.title = "Babybegrüßungspaket";
    item.city_id = "muenchen";
    item.proposed_by = "u-1";
    item.status = AgendaStatus::Accepted;
    item.position = 2;
    item.start_time = "10:30";
    item.duration_minutes = 30;
    item.attachments = {AttachmentInfo{"f-1", "folien.pdf", "application/pdf", 1234, "Folien"}};
    auto json = agenda_item_to_json(item);
    EXPECT_EQ(json.at("kind").as_string(), "projekt");
    EXPECT_EQ(json.at("status").as_string(), "angenommen");
    EXPECT_EQ(json.at("attachments").as_array().at(0).at("file_name").as_string(), "folien.pdf");
    auto back = agenda_item_from_json(json, "agenda[0]");
    ASSERT_TRUE(back);
    EXPECT_EQ(back->kind, AgendaKind::ProjectPresentation);
    EXPECT_EQ(back->status, AgendaStatus::Accepted);
    EXPECT_EQ(back->start_time, "10:30");
    EXPECT_EQ(back->duration_minutes, 30);

    json["kind"] = "vortrag";
    auto unknown = agenda_item_from_json(json, "agenda[0]");
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().key, "error.import.agenda_kind");
}

TEST(MeetingJson, RegistrationsAndActionItemsComeBack)
{
    Registration registration{"m-1", "jena", {{"Anna Beispiel", false}, {"Ben Muster", true}}, "vegetarisch", "u-2",
                              "2026-11-20T08:00:00Z"};
    auto registration_back = registration_from_json(registration_to_json(registration), "registrations[0]");
    ASSERT_TRUE(registration_back);
    ASSERT_EQ(registration_back->attendees.size(), 2u);
    EXPECT_EQ(registration_back->attendees[1].name, "Ben Muster");
    EXPECT_TRUE(registration_back->attendees[1].is_online);
    EXPECT_EQ(registration_back->note, "vegetarisch");

    auto broken = registration_to_json(registration);
    broken["attendees"].as_array()[1].as_object().erase("is_online");
    auto missing = registration_from_json(broken, "registrations[0]");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().args, std::vector<std::string>{"registrations[0].attendees[1].is_online"});

    ActionItem item{"t-1", "m-1", "Leitfaden verschicken", "hamm", "2027-04-01", true, "2027-03-30T12:00:00Z"};
    auto item_back = action_item_from_json(action_item_to_json(item), "action_items[0]");
    ASSERT_TRUE(item_back);
    EXPECT_EQ(item_back->text, "Leitfaden verschicken");
    EXPECT_TRUE(item_back->is_done);
    EXPECT_EQ(item_back->due_date, "2027-04-01");
}

} // namespace
} // namespace rundum::format
