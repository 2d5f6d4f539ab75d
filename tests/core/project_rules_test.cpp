// SPDX-License-Identifier: EUPL-1.2
// The rules every stored Praxisbeispiel obeys, its years, its diff and the topic slugs.
#include <gtest/gtest.h>

#include "core/permissions.hpp"
#include "core/project_diff.hpp"
#include "core/project_rules.hpp"

namespace rundum {
namespace {

const std::vector<Topic> TOPICS = {{"wohnen-und-mieten", "Wohnen und Mieten", 1}, {"bildung", "Bildung", 2}};

Project valid_project()
{
    Project project;
    project.id = "p-jena-familienpass";
    project.city_id = "city-jena";
    project.title = "Familienpass";
    project.topics = {"bildung"};
    project.status = ProjectStatus::Running;
    project.start_date = "2012-05";
    project.links = {ProjectLink{"Infoseite", "https://www.jena.example/pass"}};
    project.contact_email = "pass@jena.example";
    return project;
}

Error error_of(const Project& project)
{
    auto result = validate_project(project, TOPICS);
    EXPECT_FALSE(result.has_value());
    return result ? Error{} : result.error();
}

TEST(ProjectRules, AcceptsACompleteProject)
{
    EXPECT_TRUE(validate_project(valid_project(), TOPICS).has_value());
}

TEST(ProjectRules, RefusesEachBrokenFieldWithItsOwnMessage)
{
    Project project = valid_project();
    project.title = "   ";
    EXPECT_EQ(error_of(project).key, "error.project.title_missing");
    project = valid_project();
    project.start_date = "Mai 2012";
    EXPECT_EQ(error_of(project).key, "error.project.start_invalid");
    project = valid_project();
    project.start_date = "2012-13";
    EXPECT_EQ(error_of(project).key, "error.project.start_invalid");
    project = valid_project();
    project.end_date = "2011";
    EXPECT_EQ(error_of(project).key, "error.project.end_before_start");
    project = valid_project();
    project.topics = {"raumfahrt"};
    EXPECT_EQ(error_of(project).key, "error.project.topic_unknown");
    project = valid_project();
    project.links = {ProjectLink{"", "javascript:alert(1)"}};
    EXPECT_EQ(error_of(project).key, "error.project.link_invalid");
    project = valid_project();
    project.links = {ProjectLink{"", "https://example.de/\"onmouseover=x"}};
    EXPECT_EQ(error_of(project).key, "error.project.link_invalid");
    project = valid_project();
    project.contact_email = "kein-at-zeichen";
    EXPECT_EQ(error_of(project).key, "error.project.email_invalid");
    project = valid_project();
    project.success_factors.assign(MAX_PROJECT_LIST_ITEMS + 1, "viel");
    EXPECT_EQ(error_of(project).key, "error.project.list_too_long");
    project = valid_project();
    project.id = "p/../x";
    EXPECT_EQ(error_of(project).key, "error.project.id_invalid");
}

TEST(ProjectYears, RunFromStartToEndOrToNowWhileRunning)
{
    Project project = valid_project();
    project.start_date = "2022-09";
    project.end_date = "2024";
    EXPECT_EQ(project_years(project, 2026), (std::vector<int>{2022, 2023, 2024}));
    project.end_date = "";
    EXPECT_EQ(project_years(project, 2026), (std::vector<int>{2022, 2023, 2024, 2025, 2026}));
    project.status = ProjectStatus::Planned;
    EXPECT_EQ(project_years(project, 2026), (std::vector<int>{2022}));
    project.start_date = "";
    EXPECT_TRUE(project_years(project, 2026).empty());
}

TEST(ProjectStatusKeys, RoundTripAndRefuseUnknownKeys)
{
    for (ProjectStatus status : all_statuses()) {
        EXPECT_EQ(status_from_key(status_key(status)), status);
    }
    EXPECT_EQ(status_key(ProjectStatus::Running), "laeuft");
    EXPECT_FALSE(status_from_key("läuft").has_value());
}

TEST(ProjectDiff, NamesTheChangedFieldsInFormOrder)
{
    Project before = valid_project();
    Project after = before;
    after.title = "Familienpass Jena";
    after.stumbling_blocks = {"Scham beim Vorzeigen"};
    const auto changes = diff_projects(before, after);
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].field, "title");
    EXPECT_EQ(changes[0].after, "Familienpass Jena");
    EXPECT_EQ(changes[1].field, "stumbling_blocks");
    EXPECT_TRUE(diff_projects(before, before).empty());
}

TEST(TopicRules, SlugsComeFromGermanNamesAndMustBeUnique)
{
    EXPECT_EQ(slug_from_name("Frühe Hilfen und Familienbildung"), "fruehe-hilfen-und-familienbildung");
    EXPECT_EQ(slug_from_name("Familien- und Kinderarmut"), "familien-und-kinderarmut");
    EXPECT_EQ(slug_from_name("Größe & Maß"), "groesse-mass");
    EXPECT_TRUE(validate_topics(TOPICS).has_value());
    std::vector<Topic> twice = TOPICS;
    twice.push_back(Topic{"bildung", "Bildung neu", 3});
    EXPECT_EQ(validate_topics(twice).error().code, ErrorCode::Conflict);
    EXPECT_EQ(validate_topics({Topic{"x", "", 1}}).error().key, "error.topic.name_missing");
}

TEST(ProjectPermissions, CoordinatorsEditTheirCitysProjectsAdminsAll)
{
    City jena;
    jena.id = "city-jena";
    City berlin;
    berlin.id = "city-berlin";
    const User coordinator{"u1", "k@jena.example", "K", Role::Coordinator, "city-jena", true, ""};
    const User admin{"u2", "a@netz.example", "A", Role::Admin, "", true, ""};
    EXPECT_TRUE(is_allowed(&coordinator, Action::EditProject, &jena));
    EXPECT_FALSE(is_allowed(&coordinator, Action::EditProject, &berlin));
    EXPECT_TRUE(is_allowed(&admin, Action::EditProject, &berlin));
    EXPECT_TRUE(is_allowed(&coordinator, Action::ViewMembersOnly));
    EXPECT_FALSE(is_allowed(nullptr, Action::ViewMembersOnly));
    EXPECT_FALSE(is_allowed(&coordinator, Action::ManageTopics));
    EXPECT_TRUE(is_allowed(&admin, Action::ManageTopics));
}

} // namespace
} // namespace rundum
