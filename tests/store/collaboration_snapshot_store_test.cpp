// SPDX-License-Identifier: EUPL-1.2
// Meetings, pilots and questions in the export snapshot, on every backend: a snapshot applied
// to a fresh store gives the same snapshot, and references to accounts the fresh store lacks
// are left empty.
#include <gtest/gtest.h>

#include "store_fixture.hpp"
#include "format/json_writer.hpp"
#include "format/network_json.hpp"

namespace rundum::store {
namespace {

using rundum::testing::TemporaryDirectory;
using rundum::testing::TestDatabase;

// A network with one of everything: the cities, topic, projects and challenge the records refer
// to, a past meeting with its agenda, registrations and action items, a pilot and a question.
NetworkSnapshot network()
{
    NetworkSnapshot snapshot;
    snapshot.cities = {sample_city("erfurt", "Erfurt"), sample_city("jena", "Jena"), sample_city("leipzig", "Leipzig")};
    snapshot.topics = {Topic{"fruehe-hilfen", "Frühe Hilfen", 1}};
    snapshot.projects = {sample_project("p-erfurt-lotsen", "erfurt", "Lotsen Erfurt"),
                         sample_project("p-jena-paket", "jena", "Paket Jena"),
                         sample_project("p-leipzig-lotsen", "leipzig", "Lotsen Leipzig")};
    Challenge challenge;
    challenge.slug = "kitaausbau";
    challenge.title = "Kitaausbau";
    snapshot.challenges = {challenge};

    Meeting meeting;
    meeting.id = "m-herbst";
    meeting.title = "Netzwerktreffen Herbst";
    meeting.starts_at = "2026-10-08T10:00";
    meeting.ends_at = "2026-10-08T16:00";
    meeting.registration_deadline = "2026-09-30T23:59";
    meeting.host_city_id = "city-leipzig";
    meeting.venue = "Neues Rathaus";
    meeting.minutes = "## Ergebnisse\n\n- Austausch";
    meeting.decisions = {"Zweimal im Jahr", "Nächstes Mal in Jena"};
    meeting.sequence = 2;
    meeting.created_at = "2026-05-01T00:00:00Z";
    meeting.updated_at = "2026-10-09T00:00:00Z";
    Meeting spring = meeting;
    spring.id = "m-fruehjahr";
    spring.title = "Netzwerktreffen Frühjahr";
    spring.starts_at = "2027-04-15T10:00";
    spring.ends_at = "2027-04-15T15:00";
    spring.registration_deadline = "2027-04-01T23:59";
    spring.minutes = "";
    spring.decisions = {};
    snapshot.meetings = {meeting, spring};
    AgendaItem presentation;
    presentation.id = "ag-paket";
    presentation.meeting_id = "m-herbst";
    presentation.kind = AgendaKind::ProjectPresentation;
    presentation.project_id = "p-jena-paket";
    presentation.city_id = "city-jena";
    presentation.proposed_by = "u-jena";
    presentation.title = "Das Begrüßungspaket";
    presentation.note = "20 Minuten";
    presentation.status = AgendaStatus::Accepted;
    presentation.position = 1;
    presentation.start_time = "10:30";
    presentation.duration_minutes = 30;
    presentation.created_at = "2026-06-01T00:00:00Z";
    AgendaItem discussion;
    discussion.id = "ag-kita";
    discussion.meeting_id = "m-herbst";
    discussion.kind = AgendaKind::ChallengeDiscussion;
    discussion.challenge_slug = "kitaausbau";
    discussion.title = "Kitaausbau";
    discussion.status = AgendaStatus::Accepted;
    discussion.position = 2;
    discussion.created_at = "2026-06-02T00:00:00Z";
    snapshot.agenda_items = {presentation, discussion};
    snapshot.registrations = {
        Registration{"m-herbst", "city-erfurt", {Attendee{"Max Beispiel", true}}, "", "u-gone", "2026-09-02T00:00:00Z"},
        Registration{"m-herbst", "city-jena", {Attendee{"Erika Muster", false}, Attendee{"Jan Jena", true}},
                     "vegetarisch", "u-jena", "2026-09-01T00:00:00Z"}};
    snapshot.action_items = {
        ActionItem{"ai-1", "m-herbst", "Protokoll verschicken", "city-leipzig", "2026-10-20", true, "2026-10-19T08:00:00Z"},
        ActionItem{"ai-2", "m-herbst", "Zahlen sammeln", "city-jena", "", false, ""}};

    PilotProject pilot;
    pilot.id = "pl-lotsen";
    pilot.slug = "familienlotsen";
    pilot.title = "Familienlotsen";
    pilot.summary = "Drei Städte erproben Lotsen.";
    pilot.description = "**Gemeinsam**";
    pilot.goals = {"Mehr Familien erreichen", "Erfahrungen teilen"};
    pilot.status = PilotStatus::Running;
    pilot.start_date = "2026-01-01";
    pilot.end_date = "2027-12-31";
    pilot.visibility = ProjectVisibility::Public;
    pilot.partners = {PilotPartner{"city-leipzig", PilotRole::Lead, "p-leipzig-lotsen", "Wir koordinieren."},
                      PilotPartner{"city-erfurt", PilotRole::Partner, "p-erfurt-lotsen", ""},
                      PilotPartner{"city-jena", PilotRole::Partner, "", ""}};
    pilot.milestones = {PilotMilestone{"ms-1", "Auftakt", "2026-03-01", MilestoneStatus::Reached, "gut"},
                        PilotMilestone{"ms-2", "Bericht", "2027-06-30", MilestoneStatus::Open, ""}};
    pilot.created_at = "2026-01-01T00:00:00Z";
    pilot.updated_at = "2026-03-02T00:00:00Z";
    snapshot.pilots = {pilot};

    Question question;
    question.id = "q-1";
    question.city_id = "city-jena";
    question.user_id = "u-jena";
    question.title = "Wer hat Erfahrung mit Familienlotsen?";
    question.body = "Wir *planen* das.";
    question.topics = {"fruehe-hilfen"};
    question.project_ids = {"p-leipzig-lotsen", "p-erfurt-lotsen"};
    question.challenge_slugs = {"kitaausbau"};
    question.created_at = "2026-07-01T00:00:00Z";
    question.updated_at = "2026-07-01T00:00:00Z";
    snapshot.questions = {question};
    snapshot.answers = {
        Answer{"an-1", "q-1", "city-erfurt", "u-gone", "Wir, seit 2022.", true, "2026-07-02T00:00:00Z",
               "2026-07-03T00:00:00Z"},
        Answer{"an-2", "q-1", "city-leipzig", "u-jena", "Wir auch.", false, "2026-07-04T00:00:00Z", "2026-07-04T00:00:00Z"}};
    return snapshot;
}

User member_of_jena()
{
    return User{"u-jena", "erika@jena.example", "Erika Muster", Role::Coordinator, "city-jena", false,
                "2026-01-01T00:00:00Z"};
}

// The snapshot as the export file's text: equal snapshots give equal files.
std::string file_of(const NetworkSnapshot& snapshot)
{
    return format::pretty_json(format::network_to_json(snapshot));
}

class CollaborationSnapshotTest : public ::testing::Test {
protected:
    std::unique_ptr<Store> fresh_store(TemporaryDirectory& directory, TestDatabase& database)
    {
        auto created = create_store({directory.path() / "data", database.url()});
        EXPECT_TRUE(created.has_value()) << (created ? "" : created.error().detail);
        return created ? std::move(*created) : nullptr;
    }
};

TEST_F(CollaborationSnapshotTest, ASnapshotAppliedToAFreshStoreComesBackTheSame)
{
    TemporaryDirectory directory;
    TestDatabase database;
    auto original = fresh_store(directory, database);
    ASSERT_NE(original, nullptr);
    // The account's city first: an account belongs to a stored city.
    ASSERT_TRUE(original->apply_snapshot(NetworkSnapshot{.cities = network().cities}).has_value());
    ASSERT_TRUE(original->add_user(member_of_jena()).has_value());
    auto applied = original->apply_snapshot(network());
    ASSERT_TRUE(applied.has_value()) << applied.error().key << " " << applied.error().detail;
    const NetworkSnapshot exported = original->snapshot().value();
    ASSERT_EQ(exported.meetings.size(), 2U);
    EXPECT_EQ(exported.meetings[0].id, "m-herbst") << "earliest first";
    EXPECT_EQ(exported.meetings[0].decisions, network().meetings[0].decisions);
    ASSERT_EQ(exported.agenda_items.size(), 2U);
    EXPECT_EQ(exported.agenda_items[0].proposed_by, "u-jena") << "an account this database has stays";
    ASSERT_EQ(exported.registrations.size(), 2U);
    EXPECT_EQ(exported.registrations[0].registered_by, "") << "an account this database lacks is left out";
    EXPECT_EQ(exported.registrations[1].attendees.size(), 2U);
    ASSERT_EQ(exported.action_items.size(), 2U);
    EXPECT_TRUE(exported.action_items[0].is_done);
    ASSERT_EQ(exported.pilots.size(), 1U);
    EXPECT_EQ(exported.pilots[0].partners.size(), 3U);
    EXPECT_EQ(exported.pilots[0].milestones.size(), 2U);
    ASSERT_EQ(exported.questions.size(), 1U);
    EXPECT_EQ(exported.questions[0].project_ids, (std::vector<std::string>{"p-leipzig-lotsen", "p-erfurt-lotsen"}));
    EXPECT_EQ(exported.questions[0].user_id, "u-jena");
    ASSERT_EQ(exported.answers.size(), 2U);
    EXPECT_EQ(exported.answers[0].user_id, "");
    EXPECT_EQ(exported.answers[1].user_id, "u-jena");

    TemporaryDirectory copy_directory;
    TestDatabase copy_database;
    auto copy = fresh_store(copy_directory, copy_database);
    ASSERT_NE(copy, nullptr);
    ASSERT_TRUE(copy->apply_snapshot(NetworkSnapshot{.cities = network().cities}).has_value());
    ASSERT_TRUE(copy->add_user(member_of_jena()).has_value());
    ASSERT_TRUE(copy->apply_snapshot(exported).has_value());
    EXPECT_EQ(file_of(copy->snapshot().value()), file_of(exported));
    // What the pages read comes back too.
    auto pilot = copy->find_pilot("familienlotsen").value();
    ASSERT_TRUE(pilot.has_value());
    EXPECT_EQ(pilot->partners[0].local_project_id, "p-leipzig-lotsen");
    auto questions = copy->list_questions().value();
    ASSERT_EQ(questions.size(), 1U);
    EXPECT_EQ(questions[0].answer_count, 2);
    EXPECT_TRUE(questions[0].has_helpful_answer);
    EXPECT_EQ(copy->open_action_items("city-jena").value().size(), 1U);
}

TEST_F(CollaborationSnapshotTest, AStoreWithoutTheAccountsKeepsTheRecordsWithoutTheirAuthors)
{
    TemporaryDirectory directory;
    TestDatabase database;
    auto store = fresh_store(directory, database);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->apply_snapshot(network()).has_value());
    const NetworkSnapshot copy = store->snapshot().value();
    ASSERT_EQ(copy.questions.size(), 1U);
    EXPECT_EQ(copy.questions[0].user_id, "");
    EXPECT_EQ(copy.questions[0].city_id, "city-jena") << "the city stays, so pages name it";
    EXPECT_EQ(copy.agenda_items[0].proposed_by, "");
    EXPECT_EQ(copy.answers[1].user_id, "");
    EXPECT_EQ(copy.registrations[1].registered_by, "");
}

TEST_F(CollaborationSnapshotTest, ImportedMeetingsCountAsMailedSoOnlyChangesMadeHereAreMailed)
{
    TemporaryDirectory directory;
    TestDatabase database;
    auto store = fresh_store(directory, database);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->apply_snapshot(network()).has_value());
    const MeetingMailsSent sent = store->meeting_mails_sent().value();
    for (const Meeting& meeting : network().meetings) {
        ASSERT_TRUE(sent.invited_sequences.contains(meeting.id)) << meeting.id;
        EXPECT_EQ(sent.invited_sequences.at(meeting.id), (std::vector<int>{meeting.sequence}));
        for (const City& city : network().cities) {
            EXPECT_TRUE(sent.reminded.contains({meeting.id, city.id})) << meeting.id << " " << city.id;
        }
    }
    ASSERT_TRUE(store->apply_snapshot(network()).has_value()) << "importing again changes nothing of it";
    EXPECT_EQ(store->meeting_mails_sent().value().invited_sequences.size(), network().meetings.size());
}

TEST_F(CollaborationSnapshotTest, ApplyingAgainReplacesEachRecordWithTheFilesStateAndKeepsOthers)
{
    TemporaryDirectory directory;
    TestDatabase database;
    auto store = fresh_store(directory, database);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->apply_snapshot(network()).has_value());
    // Made here after the import: not in the file, so it stays.
    Meeting own = network().meetings[1];
    own.id = "m-eigenes";
    ASSERT_TRUE(store->save_meeting(own).has_value());
    ASSERT_TRUE(store->add_agenda_attachment("ag-paket", AttachmentInfo{"att-1", "folien.pdf", "application/pdf", 3,
                                                                        "Folien"},
                                             "pdf")
                    .has_value());

    NetworkSnapshot changed = network();
    changed.meetings[0].title = "Netzwerktreffen Herbst (verlegt)";
    changed.meetings[0].decisions = {"Nur noch eine Entscheidung"};
    changed.registrations[1].attendees = {Attendee{"Nur Erika", false}};
    changed.pilots[0].milestones.pop_back();
    changed.pilots[0].partners.pop_back();
    changed.questions[0].topics.clear();
    changed.answers[0].is_helpful = false;
    ASSERT_TRUE(store->apply_snapshot(changed).has_value());

    const NetworkSnapshot after = store->snapshot().value();
    ASSERT_EQ(after.meetings.size(), 3U);
    EXPECT_EQ(after.meetings[0].title, "Netzwerktreffen Herbst (verlegt)");
    EXPECT_EQ(after.meetings[0].decisions, std::vector<std::string>{"Nur noch eine Entscheidung"});
    EXPECT_EQ(after.registrations[1].attendees.size(), 1U);
    EXPECT_EQ(after.pilots[0].milestones.size(), 1U);
    EXPECT_EQ(after.pilots[0].partners.size(), 2U);
    EXPECT_TRUE(after.questions[0].topics.empty());
    EXPECT_FALSE(after.answers[0].is_helpful);
    ASSERT_EQ(after.agenda_items[0].attachments.size(), 1U) << "slides are not in the file and stay";
    EXPECT_TRUE(store->agenda_attachment("ag-paket", "att-1").value().has_value());
}

TEST_F(CollaborationSnapshotTest, APilotSlugOfAnotherPilotIsRefusedAndNothingChanges)
{
    TemporaryDirectory directory;
    TestDatabase database;
    auto store = fresh_store(directory, database);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->apply_snapshot(network()).has_value());
    NetworkSnapshot other = network();
    other.pilots[0].id = "pl-anderes";
    other.meetings[0].title = "Darf nicht ankommen";
    auto applied = store->apply_snapshot(other);
    ASSERT_FALSE(applied.has_value());
    EXPECT_EQ(applied.error().code, ErrorCode::Conflict);
    EXPECT_EQ(store->snapshot().value().meetings[0].title, "Netzwerktreffen Herbst");
}

} // namespace
} // namespace rundum::store
