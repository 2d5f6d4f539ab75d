// SPDX-License-Identifier: EUPL-1.2
// The JSON shape shared by API, export and import, and its error messages.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "format/json_writer.hpp"
#include "format/network_json.hpp"

namespace rundum::format {
namespace {

NetworkSnapshot sample_network()
{
    City hamm;
    hamm.id = "city-hamm";
    hamm.slug = "hamm";
    hamm.name = "Hamm";
    hamm.state = "Nordrhein-Westfalen";
    hamm.official_key = "05915000";
    hamm.location = {51.678312, 7.816947};
    hamm.alliance = "Stadt Hamm, Stabsstelle Familienfreundlichste Stadt";
    hamm.statement = "Erster Absatz.\n\n„Zweiter“ Absatz mit <b>Tags</b> & Zeichen.";
    hamm.address = PostalAddress{{"Stadt Hamm", "Stabsstelle Familienfreundlichste Stadt"},
                                 "Theodor-Heuss-Platz 12 - Innenhof Nr.: 6", "59065", "Hamm"};
    hamm.website = "https://www.hamm.de/familienfreundlichst";
    hamm.contacts = {Contact{"contact-hamm-1", "Dr. Nicolas Apitzsch", "Koordination", "", "", true, false, false}};
    City essen;
    essen.id = "city-essen";
    essen.slug = "essen";
    essen.name = "Essen";
    essen.state = "Nordrhein-Westfalen";
    essen.official_key = "05113000";
    essen.location = {51.455843, 7.012583};
    return NetworkSnapshot{.cities = {essen, hamm}};
}

// The sample with a project of each city, and one of every learning record.
NetworkSnapshot sample_network_with_learning()
{
    NetworkSnapshot snapshot = sample_network();
    Project visits;
    visits.id = "p-essen-besuche";
    visits.city_id = "city-essen";
    visits.title = "Willkommensbesuche";
    visits.contact_name = "Erika Muster";
    visits.contact_email = "familienbuero@essen.example";
    visits.contact_phone = "0201 000000";
    visits.publish_contact_email = true; // a function mailbox; the person's name and phone stay private
    Project package = visits;
    package.id = "p-hamm-paket";
    package.city_id = "city-hamm";
    package.title = "Begrüßungspaket";
    snapshot.projects = {visits, package};
    snapshot.adoptions = {Adoption{"a-1", "p-essen-besuche", "city-hamm", "p-hamm-paket",
                                   "Paket statt Besuch,\nweil „wenige“ Fachkräfte", "Gut angenommen.",
                                   AdoptionOutcome::Mixed, "2021-03",
                                   {AdoptionUpdate{"2022-01-10", "Erstes Jahr"}, AdoptionUpdate{"2021-12-01", "Vorher"}},
                                   "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"},
                          Adoption{"a-2", "p-hamm-paket", "city-essen", "", "", "", AdoptionOutcome::Open, "", {},
                                   "2026-01-03T00:00:00Z", "2026-01-03T00:00:00Z"}};
    snapshot.advice = {Advice{"adv-1", "p-hamm-paket", "city-essen", "city-hamm", "Aufbau", "2020",
                              "2026-01-04T00:00:00Z"}};
    snapshot.challenges = {Challenge{"kitaausbau", "Kitaausbau", "**Viele** Plätze fehlen.",
                                     {"Woher kommen Fachkräfte?", "Wer zahlt?"}, 3, {"p-essen-besuche", "p-hamm-paket"}},
                           Challenge{"wohnen", "Wohnen", "", {}, 1, {}}};
    snapshot.approaches = {ChallengeApproach{"kitaausbau", "city-hamm", "Mit Trägern", "2026-01-05T00:00:00Z",
                                             "Erika Muster"}};
    snapshot.indicator_values = {
        IndicatorValue{"city-essen", "child_poverty", 31.25, 2023, "Bundesagentur für Arbeit", "unter 15",
                       "2026-01-06T00:00:00Z", "Import"},
        IndicatorValue{"city-essen", "population", 586608, 2023, "IT.NRW", "", "2026-01-06T00:00:00Z", "Import"}};
    return snapshot;
}

// The sample with a meeting (agenda, registration, action item), a pilot and a question.
NetworkSnapshot sample_network_with_collaboration()
{
    NetworkSnapshot snapshot = sample_network_with_learning();
    snapshot.topics = {Topic{"fruehe-hilfen", "Frühe Hilfen", 1}};
    Meeting meeting;
    meeting.id = "m-herbst";
    meeting.title = "Netzwerktreffen „Herbst“";
    meeting.starts_at = "2026-10-08T10:00";
    meeting.ends_at = "2026-10-08T16:00";
    meeting.registration_deadline = "2026-09-30T23:59";
    meeting.host_city_id = "city-hamm";
    meeting.venue = "Rathaus";
    meeting.online_link = "https://meet.example/herbst";
    meeting.minutes = "## Ergebnisse\n\n- eins";
    meeting.decisions = {"Zweimal im Jahr", "Nächstes Treffen in Essen"};
    meeting.sequence = 3;
    meeting.created_at = "2026-05-01T00:00:00Z";
    meeting.updated_at = "2026-10-09T00:00:00Z";
    snapshot.meetings = {meeting};
    AgendaItem presentation;
    presentation.id = "ag-paket";
    presentation.meeting_id = "m-herbst";
    presentation.kind = AgendaKind::ProjectPresentation;
    presentation.project_id = "p-hamm-paket";
    presentation.city_id = "city-hamm";
    presentation.proposed_by = "u-1";
    presentation.title = "Begrüßungspaket";
    presentation.status = AgendaStatus::Accepted;
    presentation.position = 2;
    presentation.start_time = "10:30";
    presentation.duration_minutes = 45;
    presentation.created_at = "2026-06-01T00:00:00Z";
    snapshot.agenda_items = {presentation};
    snapshot.registrations = {Registration{"m-herbst", "city-essen", {Attendee{"Erika Muster", false}, Attendee{"Max", true}},
                                           "vegetarisch", "u-2", "2026-09-01T00:00:00Z"}};
    snapshot.action_items = {ActionItem{"ai-1", "m-herbst", "Protokoll verschicken", "city-hamm", "2026-10-20", true,
                                        "2026-10-19T08:00:00Z"}};
    PilotProject pilot;
    pilot.id = "pl-lotsen";
    pilot.slug = "familienlotsen";
    pilot.title = "Familienlotsen";
    pilot.summary = "Zwei Städte, ein Ansatz.";
    pilot.description = "**Gemeinsam** erproben.";
    pilot.goals = {"Mehr Familien erreichen", "Erfahrungen teilen"};
    pilot.status = PilotStatus::Running;
    pilot.start_date = "2026-01-01";
    pilot.end_date = "2027-12-31";
    pilot.visibility = ProjectVisibility::Public;
    pilot.partners = {PilotPartner{"city-hamm", PilotRole::Lead, "p-hamm-paket", "Wir koordinieren."},
                      PilotPartner{"city-essen", PilotRole::Partner, "", ""}};
    pilot.milestones = {PilotMilestone{"ms-1", "Auftakt", "2026-03-01", MilestoneStatus::Reached, "gut besucht"},
                        PilotMilestone{"ms-2", "Bericht", "2027-06-30", MilestoneStatus::Postponed, ""}};
    pilot.created_at = "2026-01-01T00:00:00Z";
    pilot.updated_at = "2026-03-02T00:00:00Z";
    snapshot.pilots = {pilot};
    Question question;
    question.id = "q-1";
    question.city_id = "city-essen";
    question.user_id = "u-2";
    question.title = "Wer hat Erfahrung mit Familienlotsen?";
    question.body = "Wir *planen* das.";
    question.topics = {"fruehe-hilfen"};
    question.project_ids = {"p-hamm-paket"};
    question.challenge_slugs = {"kitaausbau"};
    question.created_at = "2026-07-01T00:00:00Z";
    question.updated_at = "2026-07-01T00:00:00Z";
    snapshot.questions = {question};
    snapshot.answers = {Answer{"an-1", "q-1", "city-hamm", "u-1", "Wir, seit 2022.", true, "2026-07-02T00:00:00Z",
                               "2026-07-03T00:00:00Z"}};
    return snapshot;
}

TEST(NetworkJson, ReadsBackExactlyWhatItWrote)
{
    const NetworkSnapshot original = sample_network();
    const std::string text = pretty_json(network_to_json(original));
    auto read = network_from_json_text(text);
    ASSERT_TRUE(read.has_value()) << read.error().key;
    EXPECT_EQ(pretty_json(network_to_json(*read)), text);
    ASSERT_EQ(read->cities.size(), 2U);
    EXPECT_FALSE(read->cities[0].address.has_value());
    EXPECT_EQ(read->cities[1].address->street, "Theodor-Heuss-Platz 12 - Innenhof Nr.: 6");
    EXPECT_DOUBLE_EQ(read->cities[1].location.latitude, 51.678312);
}

TEST(NetworkJson, ReadsBackTheLearningRecordsChallengesAndIndicators)
{
    const NetworkSnapshot original = sample_network_with_learning();
    const std::string text = pretty_json(network_to_json(original));
    EXPECT_NE(text.find("\"version\": 6"), std::string::npos);
    EXPECT_NE(text.find("\"value\": 586608,"), std::string::npos) << "whole figures without a fraction";
    auto read = network_from_json_text(text);
    ASSERT_TRUE(read.has_value()) << read.error().key;
    EXPECT_EQ(pretty_json(network_to_json(*read)), text);

    ASSERT_EQ(read->adoptions.size(), 2U);
    const Adoption& adoption = read->adoptions[0];
    EXPECT_EQ(adoption.original_project_id, "p-essen-besuche");
    EXPECT_EQ(adoption.city_id, "city-hamm");
    EXPECT_EQ(adoption.project_id, "p-hamm-paket");
    EXPECT_EQ(adoption.adaptations, original.adoptions[0].adaptations);
    EXPECT_EQ(adoption.outcome, AdoptionOutcome::Mixed);
    EXPECT_EQ(adoption.started, "2021-03");
    ASSERT_EQ(adoption.updates.size(), 2U);
    EXPECT_EQ(adoption.updates[1].date, "2021-12-01") << "updates keep their order";
    EXPECT_EQ(adoption.updates[1].text, "Vorher");
    EXPECT_EQ(read->adoptions[1].project_id, "");
    ASSERT_EQ(read->advice.size(), 1U);
    EXPECT_EQ(read->advice[0].advising_city_id, "city-essen");
    EXPECT_EQ(read->advice[0].advised_city_id, "city-hamm");
    EXPECT_EQ(read->advice[0].year, "2020");
    ASSERT_EQ(read->challenges.size(), 2U);
    EXPECT_EQ(read->challenges[0].open_questions, original.challenges[0].open_questions);
    EXPECT_EQ(read->challenges[0].project_ids, original.challenges[0].project_ids);
    EXPECT_EQ(read->challenges[0].position, 3);
    ASSERT_EQ(read->approaches.size(), 1U);
    EXPECT_EQ(read->approaches[0].challenge_slug, "kitaausbau");
    EXPECT_EQ(read->approaches[0].updated_by, "Erika Muster");
    ASSERT_EQ(read->indicator_values.size(), 2U);
    EXPECT_DOUBLE_EQ(read->indicator_values[0].value, 31.25);
    EXPECT_EQ(read->indicator_values[0].year, 2023);
    EXPECT_EQ(read->indicator_values[0].source, "Bundesagentur für Arbeit");
    EXPECT_EQ(read->indicator_values[0].note, "unter 15");
}

TEST(NetworkJson, ReadsAVersionThreeFileWithoutTheNewParts)
{
    boost::json::object network = network_to_json(sample_network_with_learning());
    network["version"] = 3;
    for (const char* part : {"adoptions", "advice", "challenges", "approaches", "indicators"}) {
        network.erase(part);
    }
    auto read = network_from_json_text(boost::json::serialize(network));
    ASSERT_TRUE(read.has_value()) << read.error().key;
    EXPECT_EQ(read->projects.size(), 2U);
    EXPECT_TRUE(read->adoptions.empty());
    EXPECT_TRUE(read->challenges.empty());
    EXPECT_TRUE(read->indicator_values.empty());
}

TEST(NetworkJson, AVersionFourFileNeedsEveryPart)
{
    for (const char* part : {"adoptions", "advice", "challenges", "approaches", "indicators"}) {
        boost::json::object network = network_to_json(sample_network_with_learning());
        network.erase(part);
        auto read = network_from_json_text(boost::json::serialize(network));
        ASSERT_FALSE(read.has_value()) << part;
        EXPECT_EQ(read.error().key, "error.import.expected_list") << part;
        EXPECT_EQ(read.error().args.at(0), std::string(".") + part);
    }
}

TEST(NetworkJson, ReadsBackTheMeetingsPilotsAndQuestions)
{
    const NetworkSnapshot original = sample_network_with_collaboration();
    const std::string text = pretty_json(network_to_json(original));
    auto read = network_from_json_text(text);
    ASSERT_TRUE(read.has_value()) << read.error().key;
    EXPECT_EQ(pretty_json(network_to_json(*read)), text);

    ASSERT_EQ(read->meetings.size(), 1U);
    EXPECT_EQ(read->meetings[0].title, "Netzwerktreffen „Herbst“");
    EXPECT_EQ(read->meetings[0].minutes, original.meetings[0].minutes);
    EXPECT_EQ(read->meetings[0].decisions, original.meetings[0].decisions);
    EXPECT_EQ(read->meetings[0].sequence, 3);
    ASSERT_EQ(read->agenda_items.size(), 1U);
    EXPECT_EQ(read->agenda_items[0].kind, AgendaKind::ProjectPresentation);
    EXPECT_EQ(read->agenda_items[0].project_id, "p-hamm-paket");
    EXPECT_EQ(read->agenda_items[0].proposed_by, "u-1");
    EXPECT_EQ(read->agenda_items[0].duration_minutes, 45);
    ASSERT_EQ(read->registrations.size(), 1U);
    ASSERT_EQ(read->registrations[0].attendees.size(), 2U);
    EXPECT_TRUE(read->registrations[0].attendees[1].is_online);
    EXPECT_EQ(read->registrations[0].note, "vegetarisch");
    ASSERT_EQ(read->action_items.size(), 1U);
    EXPECT_TRUE(read->action_items[0].is_done);
    EXPECT_EQ(read->action_items[0].due_date, "2026-10-20");

    ASSERT_EQ(read->pilots.size(), 1U);
    const PilotProject& pilot = read->pilots[0];
    EXPECT_EQ(pilot.slug, "familienlotsen");
    EXPECT_EQ(pilot.goals, original.pilots[0].goals);
    EXPECT_EQ(pilot.status, PilotStatus::Running);
    EXPECT_EQ(pilot.visibility, ProjectVisibility::Public);
    ASSERT_EQ(pilot.partners.size(), 2U);
    EXPECT_EQ(pilot.partners[0].role, PilotRole::Lead);
    EXPECT_EQ(pilot.partners[0].local_project_id, "p-hamm-paket");
    EXPECT_EQ(pilot.partners[0].note, "Wir koordinieren.");
    ASSERT_EQ(pilot.milestones.size(), 2U);
    EXPECT_EQ(pilot.milestones[1].status, MilestoneStatus::Postponed);
    EXPECT_EQ(pilot.milestones[0].note, "gut besucht");

    ASSERT_EQ(read->questions.size(), 1U);
    EXPECT_EQ(read->questions[0].user_id, "u-2");
    EXPECT_EQ(read->questions[0].topics, std::vector<std::string>{"fruehe-hilfen"});
    EXPECT_EQ(read->questions[0].project_ids, std::vector<std::string>{"p-hamm-paket"});
    EXPECT_EQ(read->questions[0].challenge_slugs, std::vector<std::string>{"kitaausbau"});
    ASSERT_EQ(read->answers.size(), 1U);
    EXPECT_TRUE(read->answers[0].is_helpful);
    EXPECT_EQ(read->answers[0].body, "Wir, seit 2022.");
}

TEST(NetworkJson, DescribesSlidesAndPilotDocumentsWithoutCarryingThem)
{
    NetworkSnapshot snapshot = sample_network_with_collaboration();
    snapshot.agenda_items[0].attachments = {AttachmentInfo{"att-1", "folien.pdf", "application/pdf", 2048, "Folien"}};
    snapshot.pilots[0].documents = {AttachmentInfo{"doc-1", "plan.pdf", "application/pdf", 4096, "Plan"}};
    const std::string text = pretty_json(network_to_json(snapshot));
    EXPECT_NE(text.find("\"file_name\": \"folien.pdf\""), std::string::npos);
    EXPECT_NE(text.find("\"file_name\": \"plan.pdf\""), std::string::npos);
    EXPECT_EQ(text.find("base64"), std::string::npos) << "no file content in the export";
    auto read = network_from_json_text(text);
    ASSERT_TRUE(read.has_value()) << read.error().key;
    EXPECT_TRUE(read->agenda_items[0].attachments.empty()) << "an import brings no files";
    EXPECT_TRUE(read->pilots[0].documents.empty());
}

TEST(NetworkJson, ReadsAVersionFourFileWithoutMeetingsPilotsOrQuestions)
{
    boost::json::object network = network_to_json(sample_network_with_collaboration());
    network["version"] = 4;
    for (const char* part : {"meetings", "agenda_items", "registrations", "action_items", "pilots", "questions",
                             "answers"}) {
        network.erase(part);
    }
    auto read = network_from_json_text(boost::json::serialize(network));
    ASSERT_TRUE(read.has_value()) << read.error().key;
    EXPECT_EQ(read->adoptions.size(), 2U);
    EXPECT_EQ(read->indicator_values.size(), 2U);
    EXPECT_TRUE(read->meetings.empty());
    EXPECT_TRUE(read->pilots.empty());
    EXPECT_TRUE(read->questions.empty());
}

TEST(NetworkJson, AProjectContactKeepsItsConsentFieldByField)
{
    const NetworkSnapshot original = sample_network_with_learning();
    auto read = network_from_json_text(pretty_json(network_to_json(original)));
    ASSERT_TRUE(read.has_value()) << read.error().key;
    ASSERT_EQ(read->projects.size(), 2U);
    const Project& visits = read->projects[0];
    EXPECT_EQ(visits.contact_name, "Erika Muster");
    EXPECT_EQ(visits.contact_phone, "0201 000000");
    EXPECT_FALSE(visits.publish_contact_name);
    EXPECT_TRUE(visits.publish_contact_email);
    EXPECT_FALSE(visits.publish_contact_phone);
}

TEST(NetworkJson, AProjectContactOfAVersionFiveFileCountsAsNotPublished)
{
    NetworkSnapshot original = sample_network_with_collaboration();
    original.projects[0].publish_contact_name = true;
    boost::json::object network = network_to_json(original);
    network["version"] = 5;
    for (auto& project : network["projects"].as_array()) {
        project.as_object()["contact"].as_object().erase("publish"); // version 5 had no consent
    }
    auto read = network_from_json_text(boost::json::serialize(network));
    ASSERT_TRUE(read.has_value()) << read.error().key;
    const Project& visits = read->projects[0];
    EXPECT_EQ(visits.contact_email, "familienbuero@essen.example") << "the data is kept for members";
    EXPECT_FALSE(visits.publish_contact_name);
    EXPECT_FALSE(visits.publish_contact_email);
    EXPECT_FALSE(visits.publish_contact_phone);
}

TEST(NetworkJson, AVersionFiveFileNeedsEveryPart)
{
    for (const char* part : {"meetings", "agenda_items", "registrations", "action_items", "pilots", "questions",
                             "answers"}) {
        boost::json::object network = network_to_json(sample_network_with_collaboration());
        network.erase(part);
        auto read = network_from_json_text(boost::json::serialize(network));
        ASSERT_FALSE(read.has_value()) << part;
        EXPECT_EQ(read.error().key, "error.import.expected_list") << part;
        EXPECT_EQ(read.error().args.at(0), std::string(".") + part);
    }
}

struct BrokenField {
    const char* what;
    void (*breaks)(boost::json::object&);
    const char* expected_key;
    std::vector<std::string> expected_args;
};

class NetworkJsonRejects : public ::testing::TestWithParam<BrokenField> {};

TEST_P(NetworkJsonRejects, NamingTheField)
{
    boost::json::object network = network_to_json(sample_network_with_collaboration());
    GetParam().breaks(network);
    auto read = network_from_json_text(boost::json::serialize(network));
    ASSERT_FALSE(read.has_value()) << GetParam().what;
    EXPECT_EQ(read.error().code, ErrorCode::Invalid);
    EXPECT_EQ(read.error().key, GetParam().expected_key) << GetParam().what;
    EXPECT_EQ(read.error().args, GetParam().expected_args) << GetParam().what;
}

boost::json::object& item(boost::json::object& network, const char* part, std::size_t index)
{
    return network[part].as_array()[index].as_object();
}

INSTANTIATE_TEST_SUITE_P(
    EachPart, NetworkJsonRejects,
    ::testing::Values(
        BrokenField{"unknown outcome", [](boost::json::object& n) { item(n, "adoptions", 1)["outcome"] = "super"; },
                    "error.import.outcome_unknown", {"adoptions[1].outcome", "super"}},
        BrokenField{"update without date",
                    [](boost::json::object& n) {
                        item(n, "adoptions", 0)["updates"].as_array()[1].as_object().erase("date");
                    },
                    "error.import.expected_text", {"adoptions[0].updates[1].date"}},
        BrokenField{"update not an object",
                    [](boost::json::object& n) { item(n, "adoptions", 0)["updates"].as_array()[0] = "Text"; },
                    "error.import.expected_object", {"adoptions[0].updates[0]"}},
        BrokenField{"own project as null", [](boost::json::object& n) { item(n, "adoptions", 1)["project_id"] = nullptr; },
                    "error.import.expected_text", {"adoptions[1].project_id"}},
        BrokenField{"advice year as number", [](boost::json::object& n) { item(n, "advice", 0)["year"] = 2020; },
                    "error.import.expected_text", {"advice[0].year"}},
        BrokenField{"question not text",
                    [](boost::json::object& n) { item(n, "challenges", 0)["open_questions"].as_array()[1] = 7; },
                    "error.import.expected_text", {"challenges[0].open_questions"}},
        BrokenField{"linked projects missing", [](boost::json::object& n) { item(n, "challenges", 1).erase("projects"); },
                    "error.import.expected_list", {"challenges[1].projects"}},
        BrokenField{"position with fraction", [](boost::json::object& n) { item(n, "challenges", 0)["position"] = 1.5; },
                    "error.import.expected_whole_number", {"challenges[0].position"}},
        BrokenField{"approach without challenge", [](boost::json::object& n) { item(n, "approaches", 0).erase("challenge"); },
                    "error.import.expected_text", {"approaches[0].challenge"}},
        BrokenField{"figure as text", [](boost::json::object& n) { item(n, "indicators", 1)["value"] = "586608"; },
                    "error.import.expected_number", {"indicators[1].value"}},
        BrokenField{"year with fraction", [](boost::json::object& n) { item(n, "indicators", 0)["year"] = 2023.5; },
                    "error.import.expected_whole_number", {"indicators[0].year"}},
        BrokenField{"indicator entry not an object", [](boost::json::object& n) { n["indicators"].as_array()[0] = 1; },
                    "error.import.expected_object", {"indicators[0]"}},
        BrokenField{"meeting in another time zone",
                    [](boost::json::object& n) { item(n, "meetings", 0)["time_zone"] = "UTC"; },
                    "error.import.time_zone", {"meetings[0].time_zone"}},
        BrokenField{"agenda kind unknown", [](boost::json::object& n) { item(n, "agenda_items", 0)["kind"] = "vortrag"; },
                    "error.import.agenda_kind", {"agenda_items[0].kind"}},
        BrokenField{"agenda status unknown", [](boost::json::object& n) { item(n, "agenda_items", 0)["status"] = "offen"; },
                    "error.import.agenda_status", {"agenda_items[0].status"}},
        BrokenField{"project visibility unknown", [](boost::json::object& n) { item(n, "projects", 0)["visibility"] = "geheim"; },
                    "error.project.visibility_unknown", {"geheim"}},
        BrokenField{"attendee without name",
                    [](boost::json::object& n) {
                        item(n, "registrations", 0)["attendees"].as_array()[1].as_object().erase("name");
                    },
                    "error.import.expected_text", {"registrations[0].attendees[1].name"}},
        BrokenField{"action item done as text", [](boost::json::object& n) { item(n, "action_items", 0)["is_done"] = "ja"; },
                    "error.import.expected_boolean", {"action_items[0].is_done"}},
        BrokenField{"pilot status unknown", [](boost::json::object& n) { item(n, "pilots", 0)["status"] = "pausiert"; },
                    "error.import.pilot_status", {"pilots[0].status"}},
        BrokenField{"pilot role unknown",
                    [](boost::json::object& n) {
                        item(n, "pilots", 0)["partners"].as_array()[1].as_object()["role"] = "chef";
                    },
                    "error.import.pilot_role", {"pilots[0].partners[1].role"}},
        BrokenField{"milestone status unknown",
                    [](boost::json::object& n) {
                        item(n, "pilots", 0)["milestones"].as_array()[0].as_object()["status"] = "fertig";
                    },
                    "error.import.milestone_status", {"pilots[0].milestones[0].status"}},
        BrokenField{"pilot goals missing", [](boost::json::object& n) { item(n, "pilots", 0).erase("goals"); },
                    "error.import.expected_list", {"pilots[0].goals"}},
        BrokenField{"question topics not text",
                    [](boost::json::object& n) { item(n, "questions", 0)["topics"].as_array()[0] = 3; },
                    "error.import.expected_text", {"questions[0].topics"}},
        BrokenField{"answer helpful missing", [](boost::json::object& n) { item(n, "answers", 0).erase("is_helpful"); },
                    "error.import.expected_boolean", {"answers[0].is_helpful"}}));

TEST(NetworkJson, WritesCoordinatesAsPlainDecimals)
{
    const std::string text = compact_json(city_to_json(sample_network().cities[1]));
    EXPECT_NE(text.find("\"latitude\":51.678312"), std::string::npos) << text;
    EXPECT_EQ(text.find("E1"), std::string::npos) << text;
}

TEST(NetworkJson, RefusesTextThatIsNotJson)
{
    auto read = network_from_json_text("{\"format\": ");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.not_json");
}

TEST(NetworkJson, RefusesJsonOfAnotherFormat)
{
    auto read = network_from_json_text(R"({"format": "something-else", "version": 1, "cities": []})");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.wrong_format");
}

TEST(NetworkJson, RefusesAFutureVersion)
{
    auto read = network_from_json_text(R"({"format": "rundum-network", "version": 99, "cities": []})");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.unsupported_version");
}

TEST(NetworkJson, NamesTheFieldThatIsMissing)
{
    boost::json::object network = network_to_json(sample_network());
    network["cities"].as_array()[1].as_object()["address"].as_object().erase("street");
    auto read = network_from_json_text(boost::json::serialize(network));
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.expected_text");
    ASSERT_EQ(read.error().args.size(), 1U);
    EXPECT_EQ(read.error().args[0], "cities[1].address.street");
}

TEST(NetworkJson, NamesAFieldOfTheWrongType)
{
    boost::json::object network = network_to_json(sample_network());
    network["cities"].as_array()[0].as_object()["location"].as_object()["latitude"] = "north";
    auto read = network_from_json_text(boost::json::serialize(network));
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.expected_number");
    EXPECT_EQ(read.error().args.at(0), "cities[0].location.latitude");
}

TEST(JsonWriter, IndentsNestedValuesAndEndsWithANewline)
{
    boost::json::value value = boost::json::parse(R"({"a":[1,{"b":"ü"}],"c":{},"d":[]})");
    EXPECT_EQ(pretty_json(value),
              "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"ü\"\n    }\n  ],\n  \"c\": {},\n  \"d\": []\n}\n");
    EXPECT_EQ(compact_json(value), R"({"a":[1,{"b":"ü"}],"c":{},"d":[]})");
}

} // namespace
} // namespace rundum::format
