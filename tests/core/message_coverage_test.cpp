// SPDX-License-Identifier: EUPL-1.2
// Rules whose message no other test produced, each with the key it fails with
// (scripts/check_message_keys.py lists the error messages no test produced).
#include <gtest/gtest.h>

#include "core/city_rules.hpp"
#include "core/learning_rules.hpp"
#include "core/pilot_rules.hpp"
#include "core/project_rules.hpp"

namespace rundum {
namespace {

std::string key_of(const Result<void>& result)
{
    return result ? "" : result.error().key;
}

std::string overlong(std::size_t limit)
{
    return std::string(limit + 1, 'a');
}

PilotProject valid_pilot()
{
    PilotProject pilot;
    pilot.slug = "familienlotsen-digital";
    pilot.title = "Familienlotsen digital";
    pilot.partners = {PilotPartner{"jena", PilotRole::Lead, "", ""}, PilotPartner{"leipzig", PilotRole::Partner, "", ""}};
    pilot.milestones = {PilotMilestone{"m-1", "Start", "2026-02-01", MilestoneStatus::Open, ""}};
    return pilot;
}

std::string pilot_key(const PilotProject& pilot)
{
    return key_of(validate_pilot(pilot, {}, true, {}));
}

TEST(MessageCoverage, APilotRefusesEachOverlongTextWithItsOwnMessage)
{
    ASSERT_EQ(pilot_key(valid_pilot()), "");
    PilotProject pilot = valid_pilot();
    pilot.title = overlong(MAX_PILOT_TITLE);
    EXPECT_EQ(pilot_key(pilot), "pilot.error.title_too_long");
    pilot = valid_pilot();
    pilot.summary = overlong(MAX_PILOT_SUMMARY);
    EXPECT_EQ(pilot_key(pilot), "pilot.error.summary_too_long");
    pilot = valid_pilot();
    pilot.description = overlong(MAX_PILOT_DESCRIPTION);
    EXPECT_EQ(pilot_key(pilot), "pilot.error.description_too_long");
    pilot = valid_pilot();
    pilot.goals = {overlong(MAX_PILOT_GOAL)};
    EXPECT_EQ(pilot_key(pilot), "pilot.error.goal_too_long");
    pilot = valid_pilot();
    pilot.milestones.front().title = overlong(MAX_MILESTONE_TITLE);
    EXPECT_EQ(pilot_key(pilot), "pilot.error.milestone_title_too_long");
    pilot = valid_pilot();
    pilot.milestones.front().note = overlong(MAX_PILOT_NOTE);
    EXPECT_EQ(pilot_key(pilot), "pilot.error.milestone_note_too_long");
}

TEST(MessageCoverage, APilotRefusesTooManyGoalsOrMilestones)
{
    PilotProject pilot = valid_pilot();
    pilot.goals.assign(MAX_PILOT_GOALS + 1, "Ein Ziel");
    EXPECT_EQ(pilot_key(pilot), "pilot.error.too_many_goals");
    pilot = valid_pilot();
    pilot.milestones.assign(MAX_PILOT_MILESTONES + 1, pilot.milestones.front());
    EXPECT_EQ(pilot_key(pilot), "pilot.error.too_many_milestones");
}

City valid_city(const std::string& slug)
{
    City city;
    city.id = "city-" + slug;
    city.slug = slug;
    city.name = "Jena";
    city.state = "Thüringen";
    city.official_key = "16053000";
    city.location = {50.93006, 11.591842};
    city.contacts = {Contact{"contact-" + slug, "Stefanie Frommann", "Koordination", "", "", true, false, false}};
    return city;
}

TEST(MessageCoverage, ACityRefusesTooManyRecipientLinesAndBrokenContacts)
{
    City city = valid_city("jena");
    ASSERT_EQ(key_of(validate_city(city)), "");
    city.address = PostalAddress{std::vector<std::string>(MAX_RECIPIENT_LINES + 1, "Bündnis"), "Straße 1", "07743", "Jena"};
    EXPECT_EQ(key_of(validate_city(city)), "error.city.recipient_lines_too_many");
    city = valid_city("jena");
    city.contacts.front().email = "keine-adresse";
    EXPECT_EQ(key_of(validate_city(city)), "error.contact.email_invalid");
    city = valid_city("jena");
    city.contacts.front().phone = "03641 abc";
    EXPECT_EQ(key_of(validate_city(city)), "error.contact.phone_invalid");
}

const std::vector<Topic> TOPICS = {{"bildung", "Bildung", 1}};

Project valid_project(const std::string& id, const std::string& city_id)
{
    Project project;
    project.id = id;
    project.city_id = city_id;
    project.title = "Familienpass";
    project.topics = {"bildung"};
    project.start_date = "2012-05";
    return project;
}

TEST(MessageCoverage, ASnapshotRefusesAProjectOfAnUnknownCityOrARepeatedProjectId)
{
    NetworkSnapshot snapshot{.cities = {valid_city("jena")}, .topics = TOPICS,
                             .projects = {valid_project("p-1", "city-jena")}};
    ASSERT_EQ(key_of(validate_snapshot(snapshot)), "");
    snapshot.projects = {valid_project("p-1", "city-erfurt")};
    EXPECT_EQ(key_of(validate_snapshot(snapshot)), "error.project.city_unknown");
    snapshot.projects = {valid_project("p-1", "city-jena"), valid_project("p-1", "city-jena")};
    EXPECT_EQ(key_of(validate_snapshot(snapshot)), "error.project.id_duplicate");
}

TEST(MessageCoverage, AProjectRefusesAnEndThatIsNoYearOrMonthAndATopicABadSlug)
{
    Project project = valid_project("p-1", "city-jena");
    ASSERT_EQ(key_of(validate_project(project, TOPICS)), "");
    project.end_date = "bald";
    EXPECT_EQ(key_of(validate_project(project, TOPICS)), "error.project.end_invalid");
    EXPECT_EQ(key_of(validate_topics({Topic{"Bildung Neu", "Bildung", 1}})), "error.topic.slug_invalid");
}

TEST(MessageCoverage, AnAdoptionRefusesAnOverlongExperience)
{
    Adoption adoption;
    adoption.original_project_id = "p-muenchen";
    adoption.city_id = "city-jena";
    ASSERT_EQ(key_of(validate_adoption(adoption, "city-muenchen")), "");
    adoption.experience = overlong(MAX_LEARNING_TEXT);
    EXPECT_EQ(key_of(validate_adoption(adoption, "city-muenchen")), "adoption.error.experience_too_long");
}

} // namespace
} // namespace rundum
