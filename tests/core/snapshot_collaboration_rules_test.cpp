// SPDX-License-Identifier: EUPL-1.2
// The rules for meetings, pilots and questions in a snapshot: every reference names a city,
// project, challenge, topic, meeting or question of the same snapshot; ids are not repeated.
#include <gtest/gtest.h>

#include "core/city_rules.hpp"
#include "core/snapshot_collaboration_rules.hpp"

namespace rundum {
namespace {

City member(const std::string& slug, const std::string& name)
{
    City city;
    city.id = "city-" + slug;
    city.slug = slug;
    city.name = name;
    city.location = {51.0, 10.0};
    return city;
}

Project project(const std::string& id, const std::string& city_slug)
{
    Project project;
    project.id = id;
    project.city_id = "city-" + city_slug;
    project.title = "Projekt " + id;
    return project;
}

// Leipzig hosts a meeting where Jena presents its welcome package and the network discusses the
// Kita expansion; Jena, Leipzig and Erfurt run a pilot; Jena asks a question that Erfurt answers.
NetworkSnapshot valid_snapshot()
{
    NetworkSnapshot snapshot;
    snapshot.cities = {member("erfurt", "Erfurt"), member("jena", "Jena"), member("leipzig", "Leipzig")};
    snapshot.topics = {Topic{"fruehe-hilfen", "Frühe Hilfen", 1}};
    snapshot.projects = {project("p-jena-paket", "jena"), project("p-leipzig-lotsen", "leipzig"),
                         project("p-erfurt-lotsen", "erfurt")};
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
    meeting.venue = "Neues Rathaus, Leipzig";
    meeting.decisions = {"Wir treffen uns zweimal im Jahr."};
    snapshot.meetings = {meeting};
    AgendaItem presentation;
    presentation.id = "ag-paket";
    presentation.meeting_id = "m-herbst";
    presentation.kind = AgendaKind::ProjectPresentation;
    presentation.project_id = "p-jena-paket";
    presentation.city_id = "city-jena";
    presentation.title = "Das Jenaer Begrüßungspaket";
    presentation.status = AgendaStatus::Accepted;
    AgendaItem discussion;
    discussion.id = "ag-kita";
    discussion.meeting_id = "m-herbst";
    discussion.kind = AgendaKind::ChallengeDiscussion;
    discussion.challenge_slug = "kitaausbau";
    discussion.title = "Kitaausbau";
    snapshot.agenda_items = {presentation, discussion};
    snapshot.registrations = {Registration{"m-herbst", "city-jena", {Attendee{"Erika Muster", false}}, "", "u-1", ""}};
    snapshot.action_items = {ActionItem{"ai-1", "m-herbst", "Protokoll verschicken", "city-leipzig", "2026-10-20", true,
                                        "2026-10-19T08:00:00Z"}};

    PilotProject pilot;
    pilot.id = "pl-lotsen";
    pilot.slug = "familienlotsen";
    pilot.title = "Familienlotsen";
    pilot.partners = {PilotPartner{"city-leipzig", PilotRole::Lead, "p-leipzig-lotsen", ""},
                      PilotPartner{"city-erfurt", PilotRole::Partner, "p-erfurt-lotsen", ""},
                      PilotPartner{"city-jena", PilotRole::Partner, "", ""}};
    pilot.milestones = {PilotMilestone{"ms-1", "Auftakt", "2026-03-01", MilestoneStatus::Reached, ""}};
    snapshot.pilots = {pilot};

    Question question;
    question.id = "q-1";
    question.city_id = "city-jena";
    question.user_id = "u-1";
    question.title = "Wer hat Erfahrung mit Familienlotsen?";
    question.topics = {"fruehe-hilfen"};
    question.project_ids = {"p-leipzig-lotsen"};
    question.challenge_slugs = {"kitaausbau"};
    snapshot.questions = {question};
    snapshot.answers = {Answer{"an-1", "q-1", "city-erfurt", "u-2", "Wir, seit 2022.", true, "", ""}};
    return snapshot;
}

TEST(SnapshotCollaborationRules, AcceptsAConsistentSnapshotAndOneWithoutMeetingsPilotsOrQuestions)
{
    auto valid = validate_snapshot(valid_snapshot());
    EXPECT_TRUE(valid.has_value()) << valid.error().key;
    NetworkSnapshot bare = valid_snapshot();
    bare.meetings.clear();
    bare.agenda_items.clear();
    bare.registrations.clear();
    bare.action_items.clear();
    bare.pilots.clear();
    bare.questions.clear();
    bare.answers.clear();
    EXPECT_TRUE(validate_snapshot(bare).has_value());
}

TEST(SnapshotCollaborationRules, KeepsRegistrationsOfACancelledMeetingAndRecordsWithoutAccountOrCity)
{
    NetworkSnapshot snapshot = valid_snapshot();
    snapshot.meetings[0].is_cancelled = true;
    snapshot.agenda_items[0].proposed_by = "";
    snapshot.registrations[0].registered_by = "";
    snapshot.questions[0].user_id = "";
    snapshot.questions[0].city_id = ""; // an admin asked
    snapshot.answers[0].user_id = "";
    auto valid = validate_snapshot(snapshot);
    EXPECT_TRUE(valid.has_value()) << valid.error().key;
}

struct BrokenSnapshot {
    const char* what;
    void (*breaks)(NetworkSnapshot&);
    const char* expected_key;
};

class SnapshotCollaborationRulesReject : public ::testing::TestWithParam<BrokenSnapshot> {};

TEST_P(SnapshotCollaborationRulesReject, WithTheKeyThatNamesTheProblem)
{
    NetworkSnapshot snapshot = valid_snapshot();
    GetParam().breaks(snapshot);
    auto result = validate_snapshot(snapshot);
    ASSERT_FALSE(result.has_value()) << GetParam().what;
    EXPECT_EQ(result.error().key, GetParam().expected_key) << GetParam().what;
    if (std::string_view(GetParam().expected_key).starts_with("error.snapshot.")) {
        EXPECT_FALSE(result.error().args.empty()) << "the message names the record";
    } else {
        EXPECT_FALSE(result.error().detail.empty()) << "the detail names the record";
    }
}

INSTANTIATE_TEST_SUITE_P(
    EachReference, SnapshotCollaborationRulesReject,
    ::testing::Values(
        BrokenSnapshot{"meeting id twice", [](NetworkSnapshot& s) { s.meetings.push_back(s.meetings[0]); },
                       "error.snapshot.meeting_id_invalid"},
        BrokenSnapshot{"host city unknown", [](NetworkSnapshot& s) { s.meetings[0].host_city_id = "city-atlantis"; },
                       "error.snapshot.meeting_city_unknown"},
        BrokenSnapshot{"meeting ends before it starts",
                       [](NetworkSnapshot& s) { s.meetings[0].ends_at = "2026-10-08T09:00"; },
                       "meeting.error.ends_before_start"},
        BrokenSnapshot{"agenda item id twice",
                       [](NetworkSnapshot& s) { s.agenda_items[1].id = s.agenda_items[0].id; },
                       "error.snapshot.agenda_id_invalid"},
        BrokenSnapshot{"agenda item of an unknown meeting",
                       [](NetworkSnapshot& s) { s.agenda_items[0].meeting_id = "m-gibt-es-nicht"; },
                       "error.snapshot.agenda_meeting_unknown"},
        BrokenSnapshot{"agenda project unknown",
                       [](NetworkSnapshot& s) { s.agenda_items[0].project_id = "p-gibt-es-nicht"; },
                       "error.snapshot.agenda_project_unknown"},
        BrokenSnapshot{"agenda project of another city",
                       [](NetworkSnapshot& s) { s.agenda_items[0].project_id = "p-erfurt-lotsen"; },
                       "meeting.error.project_not_of_city"},
        BrokenSnapshot{"agenda challenge unknown",
                       [](NetworkSnapshot& s) { s.agenda_items[1].challenge_slug = "wohnen"; },
                       "error.snapshot.agenda_challenge_unknown"},
        BrokenSnapshot{"agenda city unknown", [](NetworkSnapshot& s) { s.agenda_items[1].city_id = "city-atlantis"; },
                       "error.snapshot.agenda_city_unknown"},
        BrokenSnapshot{"registration of an unknown meeting",
                       [](NetworkSnapshot& s) { s.registrations[0].meeting_id = "m-gibt-es-nicht"; },
                       "error.snapshot.registration_meeting_unknown"},
        BrokenSnapshot{"registration city unknown",
                       [](NetworkSnapshot& s) { s.registrations[0].city_id = "city-atlantis"; },
                       "error.snapshot.registration_city_unknown"},
        BrokenSnapshot{"city registered twice",
                       [](NetworkSnapshot& s) { s.registrations.push_back(s.registrations[0]); },
                       "error.snapshot.registration_duplicate"},
        BrokenSnapshot{"registration without attendees",
                       [](NetworkSnapshot& s) { s.registrations[0].attendees.clear(); },
                       "meeting.error.attendees_missing"},
        BrokenSnapshot{"action item id twice", [](NetworkSnapshot& s) { s.action_items.push_back(s.action_items[0]); },
                       "error.snapshot.action_id_invalid"},
        BrokenSnapshot{"action item of an unknown meeting",
                       [](NetworkSnapshot& s) { s.action_items[0].meeting_id = "m-gibt-es-nicht"; },
                       "error.snapshot.action_meeting_unknown"},
        BrokenSnapshot{"action item city unknown",
                       [](NetworkSnapshot& s) { s.action_items[0].city_id = "city-atlantis"; },
                       "error.snapshot.action_city_unknown"},
        BrokenSnapshot{"pilot id twice",
                       [](NetworkSnapshot& s) {
                           s.pilots.push_back(s.pilots[0]);
                           s.pilots[1].slug = "andere";
                           s.pilots[1].milestones.clear();
                       },
                       "error.snapshot.pilot_id_invalid"},
        BrokenSnapshot{"pilot slug twice",
                       [](NetworkSnapshot& s) {
                           s.pilots.push_back(s.pilots[0]);
                           s.pilots[1].id = "pl-anderes";
                       },
                       "error.snapshot.pilot_duplicate"},
        BrokenSnapshot{"pilot city unknown", [](NetworkSnapshot& s) { s.pilots[0].partners[2].city_id = "city-atlantis"; },
                       "error.snapshot.pilot_city_unknown"},
        BrokenSnapshot{"pilot local project unknown",
                       [](NetworkSnapshot& s) { s.pilots[0].partners[1].local_project_id = "p-gibt-es-nicht"; },
                       "error.snapshot.pilot_project_unknown"},
        BrokenSnapshot{"pilot local project of another city",
                       [](NetworkSnapshot& s) { s.pilots[0].partners[2].local_project_id = "p-erfurt-lotsen"; },
                       "pilot.error.project_not_of_city"},
        BrokenSnapshot{"pilot without lead",
                       [](NetworkSnapshot& s) { s.pilots[0].partners[0].role = PilotRole::Partner; },
                       "pilot.error.no_lead"},
        BrokenSnapshot{"milestone id twice",
                       [](NetworkSnapshot& s) { s.pilots[0].milestones.push_back(s.pilots[0].milestones[0]); },
                       "error.snapshot.milestone_id_invalid"},
        BrokenSnapshot{"question id twice", [](NetworkSnapshot& s) { s.questions.push_back(s.questions[0]); },
                       "error.snapshot.question_id_invalid"},
        BrokenSnapshot{"question city unknown", [](NetworkSnapshot& s) { s.questions[0].city_id = "city-atlantis"; },
                       "error.snapshot.question_city_unknown"},
        BrokenSnapshot{"question topic unknown", [](NetworkSnapshot& s) { s.questions[0].topics = {"gibt-es-nicht"}; },
                       "error.snapshot.question_topic_unknown"},
        BrokenSnapshot{"question project unknown",
                       [](NetworkSnapshot& s) { s.questions[0].project_ids.push_back("p-gibt-es-nicht"); },
                       "error.snapshot.question_project_unknown"},
        BrokenSnapshot{"question project twice",
                       [](NetworkSnapshot& s) { s.questions[0].project_ids.push_back("p-leipzig-lotsen"); },
                       "error.snapshot.question_project_unknown"},
        BrokenSnapshot{"question challenge unknown",
                       [](NetworkSnapshot& s) { s.questions[0].challenge_slugs = {"wohnen"}; },
                       "error.snapshot.question_challenge_unknown"},
        BrokenSnapshot{"question without title", [](NetworkSnapshot& s) { s.questions[0].title = " "; },
                       "question.error.title_missing"},
        BrokenSnapshot{"answer id twice", [](NetworkSnapshot& s) { s.answers.push_back(s.answers[0]); },
                       "error.snapshot.answer_id_invalid"},
        BrokenSnapshot{"answer to an unknown question",
                       [](NetworkSnapshot& s) { s.answers[0].question_id = "q-gibt-es-nicht"; },
                       "error.snapshot.answer_question_unknown"},
        BrokenSnapshot{"answer city unknown", [](NetworkSnapshot& s) { s.answers[0].city_id = "city-atlantis"; },
                       "error.snapshot.answer_city_unknown"},
        BrokenSnapshot{"empty answer", [](NetworkSnapshot& s) { s.answers[0].body = ""; },
                       "question.error.answer_missing"}));

} // namespace
} // namespace rundum
