// SPDX-License-Identifier: EUPL-1.2
// Network meetings in storage, on every backend: meetings with decisions, agenda items with
// slides, registrations with attendees, action items, and what goes when a meeting goes.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace rundum::store {
namespace {

Meeting spring_meeting()
{
    Meeting meeting;
    meeting.id = "m-fruehjahr";
    meeting.title = "Netzwerktreffen Frühjahr 2027";
    meeting.starts_at = "2027-03-18T10:00";
    meeting.ends_at = "2027-03-18T16:00";
    meeting.host_city_id = "city-jena";
    meeting.venue = "Rathaus Jena, Markt 1";
    meeting.online_link = "https://video.example/netzwerk";
    meeting.registration_deadline = "2027-03-04T23:59";
    meeting.description = "Wir stellen **Praxisbeispiele** vor.";
    meeting.decisions = {"Leitfaden gemeinsam schreiben", "Nächstes Treffen in Leipzig"};
    meeting.sequence = 0;
    meeting.created_at = "2026-11-01T09:00:00Z";
    meeting.updated_at = "2026-11-01T09:00:00Z";
    return meeting;
}

AgendaItem item(const std::string& id, AgendaKind kind, int position)
{
    AgendaItem item;
    item.id = id;
    item.meeting_id = "m-fruehjahr";
    item.kind = kind;
    item.title = "Punkt " + id;
    item.position = position;
    item.proposed_by = "u-jena";
    item.created_at = "2026-11-02T09:00:0" + std::to_string(position) + "Z";
    return item;
}

class MeetingStoreTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("jena", "Jena"), sample_city("leipzig", "Leipzig")},
                   {sample_project("p-jena-pass", "jena", "Familienpass")});
        ASSERT_FALSE(HasFatalFailure());
        Challenge kita;
        kita.slug = "kitaausbau";
        kita.title = "Kitaausbau";
        ASSERT_TRUE(m_store->save_challenge(kita).has_value());
        ASSERT_TRUE(m_store->save_meeting(spring_meeting()).has_value());
    }
};

TEST_F(MeetingStoreTest, AMeetingComesBackWithEveryFieldAndItsDecisionsInOrder)
{
    auto found = m_store->find_meeting("m-fruehjahr");
    ASSERT_TRUE(found.has_value() && found->has_value());
    const Meeting& meeting = **found;
    const Meeting expected = spring_meeting();
    EXPECT_EQ(meeting.title, expected.title);
    EXPECT_EQ(meeting.starts_at, expected.starts_at);
    EXPECT_EQ(meeting.ends_at, expected.ends_at);
    EXPECT_EQ(meeting.host_city_id, expected.host_city_id);
    EXPECT_EQ(meeting.venue, expected.venue);
    EXPECT_EQ(meeting.online_link, expected.online_link);
    EXPECT_EQ(meeting.registration_deadline, expected.registration_deadline);
    EXPECT_EQ(meeting.description, expected.description);
    EXPECT_EQ(meeting.decisions, expected.decisions);
    EXPECT_FALSE(meeting.is_cancelled);
    EXPECT_EQ(meeting.sequence, 0);
    EXPECT_EQ(meeting.created_at, expected.created_at);
    EXPECT_FALSE(m_store->find_meeting("m-nichts").value().has_value());
}

TEST_F(MeetingStoreTest, SavingAgainReplacesFieldsAndDecisionsAndListsByStart)
{
    Meeting changed = spring_meeting();
    changed.title = "Netzwerktreffen Frühling";
    changed.minutes = "## Protokoll\n\nAlle da.";
    changed.decisions = {"Nur noch ein Beschluss"};
    changed.is_cancelled = true;
    changed.sequence = 3;
    changed.updated_at = "2026-11-05T09:00:00Z";
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->save_meeting(changed).has_value()); }));
    Meeting earlier = spring_meeting();
    earlier.id = "m-winter";
    earlier.starts_at = "2027-01-10T10:00";
    earlier.ends_at = "2027-01-10T12:00";
    earlier.registration_deadline = "2027-01-01T12:00";
    earlier.decisions.clear();
    ASSERT_TRUE(m_store->save_meeting(earlier).has_value());
    auto all = m_store->list_meetings();
    ASSERT_TRUE(all.has_value());
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ((*all)[0].id, "m-winter") << "earliest start first";
    EXPECT_TRUE((*all)[0].decisions.empty());
    const Meeting& stored = (*all)[1];
    EXPECT_EQ(stored.title, "Netzwerktreffen Frühling");
    EXPECT_EQ(stored.minutes, "## Protokoll\n\nAlle da.");
    EXPECT_EQ(stored.decisions, std::vector<std::string>{"Nur noch ein Beschluss"});
    EXPECT_TRUE(stored.is_cancelled);
    EXPECT_EQ(stored.sequence, 3);
    EXPECT_EQ(stored.created_at, "2026-11-01T09:00:00Z") << "created stays";
    EXPECT_EQ(stored.updated_at, "2026-11-05T09:00:00Z");
}

TEST_F(MeetingStoreTest, AgendaItemsKeepTheirKindStatusOrderAndReferences)
{
    AgendaItem presentation = item("a-2", AgendaKind::ProjectPresentation, 2);
    presentation.project_id = "p-jena-pass";
    presentation.city_id = "city-jena";
    presentation.note = "20 Minuten mit Fragen";
    AgendaItem discussion = item("a-1", AgendaKind::ChallengeDiscussion, 1);
    discussion.challenge_slug = "kitaausbau";
    discussion.status = AgendaStatus::Accepted;
    discussion.start_time = "10:15";
    discussion.duration_minutes = 45;
    AgendaItem welcome = item("a-0", AgendaKind::Other, 0);
    welcome.status = AgendaStatus::Declined;
    for (const AgendaItem& each : {presentation, discussion, welcome}) {
        EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->save_agenda_item(each).has_value()); }));
    }
    auto agenda = m_store->agenda_items("m-fruehjahr");
    ASSERT_TRUE(agenda.has_value());
    ASSERT_EQ(agenda->size(), 3u);
    EXPECT_EQ((*agenda)[0].id, "a-0");
    EXPECT_EQ((*agenda)[0].status, AgendaStatus::Declined);
    EXPECT_TRUE((*agenda)[0].city_id.empty()) << "an admin's own item has no city";
    EXPECT_EQ((*agenda)[1].kind, AgendaKind::ChallengeDiscussion);
    EXPECT_EQ((*agenda)[1].challenge_slug, "kitaausbau");
    EXPECT_EQ((*agenda)[1].start_time, "10:15");
    EXPECT_EQ((*agenda)[1].duration_minutes, 45);
    EXPECT_EQ((*agenda)[2].project_id, "p-jena-pass");
    EXPECT_EQ((*agenda)[2].city_id, "city-jena");
    EXPECT_EQ((*agenda)[2].note, "20 Minuten mit Fragen");
    EXPECT_EQ((*agenda)[2].proposed_by, "u-jena");
    EXPECT_EQ((*agenda)[2].status, AgendaStatus::Proposed);

    auto about_project = m_store->agenda_items_about(AgendaKind::ProjectPresentation, "p-jena-pass");
    ASSERT_TRUE(about_project.has_value());
    ASSERT_EQ(about_project->size(), 1u);
    EXPECT_EQ(about_project->front().id, "a-2");
    auto about_challenge = m_store->agenda_items_about(AgendaKind::ChallengeDiscussion, "kitaausbau");
    ASSERT_EQ(about_challenge.value().size(), 1u);
    EXPECT_EQ(about_challenge->front().id, "a-1");
    EXPECT_TRUE(m_store->agenda_items_about(AgendaKind::ChallengeDiscussion, "p-jena-pass").value().empty());

    presentation.status = AgendaStatus::Accepted;
    presentation.position = 0;
    ASSERT_TRUE(m_store->save_agenda_item(presentation).has_value());
    EXPECT_EQ(m_store->find_agenda_item("a-2").value()->status, AgendaStatus::Accepted);
    ASSERT_TRUE(m_store->delete_agenda_item("a-0").has_value());
    EXPECT_EQ(m_store->agenda_items("m-fruehjahr").value().size(), 2u);
    EXPECT_EQ(m_store->delete_agenda_item("a-0").error().code, ErrorCode::NotFound);
}

TEST_F(MeetingStoreTest, SlidesOfAnAgendaItemAreStoredReadAndRemoved)
{
    ASSERT_TRUE(m_store->save_agenda_item(item("a-1", AgendaKind::Other, 1)).has_value());
    const std::string bytes("%PDF-1.4\n\0binary\xff", 18);
    AttachmentInfo info{"f-1", "folien.pdf", "application/pdf", bytes.size(), "Folien"};
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->add_agenda_attachment("a-1", info, bytes).has_value()); }));
    auto listed = m_store->agenda_items("m-fruehjahr").value();
    ASSERT_EQ(listed.front().attachments.size(), 1u);
    EXPECT_EQ(listed.front().attachments.front().file_name, "folien.pdf");
    EXPECT_EQ(listed.front().attachments.front().size, bytes.size());
    auto file = m_store->agenda_attachment("a-1", "f-1");
    ASSERT_TRUE(file.has_value() && file->has_value());
    EXPECT_EQ((*file)->second, bytes);
    EXPECT_EQ((*file)->first.title, "Folien");
    EXPECT_FALSE(m_store->agenda_attachment("a-2", "f-1").value().has_value()) << "only under its item";
    ASSERT_TRUE(m_store->remove_agenda_attachment("a-1", "f-1").has_value());
    EXPECT_TRUE(m_store->find_agenda_item("a-1").value()->attachments.empty());
}

TEST_F(MeetingStoreTest, ARegistrationIsReplacedAsAWholeAndCanBeWithdrawn)
{
    Registration jena{"m-fruehjahr", "city-jena", {{"Jana Jena", false}, {"Jonas Jena", true}},
                      "vegetarisch", "u-jena", "2026-11-03T09:00:00Z"};
    Registration leipzig{"m-fruehjahr", "city-leipzig", {{"Lena Leipzig", true}}, "", "u-leipzig", ""};
    ASSERT_TRUE(m_store->save_registration(leipzig).has_value());
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->save_registration(jena).has_value()); }));
    auto all = m_store->registrations("m-fruehjahr").value();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].city_id, "city-jena");
    ASSERT_EQ(all[0].attendees.size(), 2u);
    EXPECT_EQ(all[0].attendees[1].name, "Jonas Jena");
    EXPECT_TRUE(all[0].attendees[1].is_online);
    EXPECT_FALSE(all[0].attendees[0].is_online);
    EXPECT_EQ(all[0].note, "vegetarisch");
    EXPECT_FALSE(all[1].updated_at.empty()) << "stamped when not given";

    jena.attendees = {{"Nur Jana", false}};
    jena.note.clear();
    ASSERT_TRUE(m_store->save_registration(jena).has_value());
    all = m_store->registrations("m-fruehjahr").value();
    ASSERT_EQ(all[0].attendees.size(), 1u) << "the old attendees are gone";
    EXPECT_EQ(all[0].attendees[0].name, "Nur Jana");
    EXPECT_EQ(all[0].note, "");

    EXPECT_TRUE(moves_version(
        [&] { ASSERT_TRUE(m_store->remove_registration("m-fruehjahr", "city-jena").has_value()); }));
    all = m_store->registrations("m-fruehjahr").value();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].city_id, "city-leipzig");
    // Registering again after withdrawing works (the attendees went with the registration).
    ASSERT_TRUE(m_store->save_registration(jena).has_value());
    EXPECT_EQ(m_store->registrations("m-fruehjahr").value().size(), 2u);
}

TEST_F(MeetingStoreTest, OpenActionItemsOfACityComeByDueDateAndDoneOnesDrop)
{
    ActionItem later{"t-1", "m-fruehjahr", "Bericht schreiben", "city-jena", "2027-06-01", false, ""};
    ActionItem sooner{"t-2", "m-fruehjahr", "Leitfaden teilen", "city-jena", "2027-04-01", false, ""};
    ActionItem undated{"t-3", "m-fruehjahr", "Irgendwann", "city-jena", "", false, ""};
    ActionItem other{"t-4", "m-fruehjahr", "Leipzig lädt ein", "city-leipzig", "2027-05-01", false, ""};
    for (const ActionItem& each : {undated, later, sooner, other}) {
        EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->save_action_item(each).has_value()); }));
    }
    auto open = m_store->open_action_items("city-jena").value();
    ASSERT_EQ(open.size(), 3u);
    EXPECT_EQ(open[0].id, "t-2");
    EXPECT_EQ(open[1].id, "t-1");
    EXPECT_EQ(open[2].id, "t-3") << "without a due date last";
    EXPECT_EQ(m_store->action_items("m-fruehjahr").value().size(), 4u);

    sooner.is_done = true;
    sooner.done_at = "2026-12-01T10:00:00Z";
    ASSERT_TRUE(m_store->save_action_item(sooner).has_value());
    auto found = m_store->find_action_item("t-2").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_TRUE(found->is_done);
    EXPECT_EQ(found->done_at, "2026-12-01T10:00:00Z");
    EXPECT_EQ(m_store->open_action_items("city-jena").value().size(), 2u);
    ASSERT_TRUE(m_store->delete_action_item("t-4").has_value());
    EXPECT_TRUE(m_store->open_action_items("city-leipzig").value().empty());
    EXPECT_EQ(m_store->delete_action_item("t-4").error().code, ErrorCode::NotFound);
}

TEST_F(MeetingStoreTest, DeletingAMeetingTakesItsAgendaRegistrationsAndActionItems)
{
    ASSERT_TRUE(m_store->save_agenda_item(item("a-1", AgendaKind::Other, 1)).has_value());
    ASSERT_TRUE(m_store->add_agenda_attachment("a-1", AttachmentInfo{"f-1", "x.pdf", "application/pdf", 3, ""},
                                               "pdf")
                    .has_value());
    ASSERT_TRUE(m_store->save_registration(Registration{"m-fruehjahr", "city-jena", {{"Jana", false}}, "", "u", ""})
                    .has_value());
    ASSERT_TRUE(m_store->save_action_item(ActionItem{"t-1", "m-fruehjahr", "Tun", "city-jena", "", false, ""})
                    .has_value());
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->delete_meeting("m-fruehjahr").has_value()); }));
    EXPECT_FALSE(m_store->find_meeting("m-fruehjahr").value().has_value());
    EXPECT_FALSE(m_store->find_agenda_item("a-1").value().has_value());
    EXPECT_FALSE(m_store->agenda_attachment("a-1", "f-1").value().has_value());
    EXPECT_TRUE(m_store->registrations("m-fruehjahr").value().empty());
    EXPECT_TRUE(m_store->open_action_items("city-jena").value().empty());
    EXPECT_EQ(m_store->delete_meeting("m-fruehjahr").error().code, ErrorCode::NotFound);
}

} // namespace
} // namespace rundum::store
