// SPDX-License-Identifier: EUPL-1.2
// Praxisbeispiele, topics, attachments, API tokens and the change log in storage, on every backend.
#include <gtest/gtest.h>

#include "process.hpp"
#include "test_database.hpp"
#include "store/open_store.hpp"

namespace rundum::store {
namespace {

using rundum::testing::TemporaryDirectory;
using rundum::testing::TestDatabase;

City jena()
{
    City city;
    city.id = "city-jena";
    city.slug = "jena";
    city.name = "Jena";
    city.state = "Thüringen";
    city.location = {50.93, 11.59};
    return city;
}

Project familienpass()
{
    Project project;
    project.id = "p-jena-familienpass";
    project.city_id = "city-jena";
    project.title = "Familienpass";
    project.summary = "Ermäßigungen für Familien";
    project.topics = {"bildung", "wohnen-und-mieten"};
    project.target_groups = {"Familien mit geringem Einkommen"};
    project.partners = {"Stadtwerke", "Kulturbetriebe"};
    project.success_factors = {"Viele Partner", "Einfacher Antrag"};
    project.stumbling_blocks = {"Scham"};
    project.links = {ProjectLink{"Infoseite", "https://www.jena.example/pass"}, ProjectLink{"", "https://x.example"}};
    project.status = ProjectStatus::Running;
    project.visibility = ProjectVisibility::Public;
    project.created_at = "2026-01-01T00:00:00Z";
    project.updated_at = "2026-01-02T00:00:00Z";
    return project;
}

class ProjectStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto created = create_store({m_directory.path() / "data", m_database.url()});
        ASSERT_TRUE(created.has_value()) << (created ? "" : created.error().detail);
        m_store = std::move(*created);
        NetworkSnapshot snapshot;
        snapshot.cities = {jena()};
        snapshot.topics = {Topic{"wohnen-und-mieten", "Wohnen und Mieten", 1}, Topic{"bildung", "Bildung", 2}};
        ASSERT_TRUE(m_store->apply_snapshot(snapshot).has_value());
    }

    TemporaryDirectory m_directory;
    TestDatabase m_database;
    std::unique_ptr<Store> m_store;
};

TEST_F(ProjectStoreTest, AProjectComesBackWithAllItsListsInOrder)
{
    ASSERT_TRUE(m_store->save_project(familienpass(), ProjectVersion{0, "2026-01-02T00:00:00Z", "Erika", "{}"}));
    auto found = m_store->find_project("p-jena-familienpass").value();
    ASSERT_TRUE(found.has_value());
    const Project expected = familienpass();
    EXPECT_EQ(found->title, expected.title);
    EXPECT_EQ(found->topics, expected.topics);
    EXPECT_EQ(found->partners, expected.partners);
    EXPECT_EQ(found->success_factors, expected.success_factors);
    EXPECT_EQ(found->stumbling_blocks, expected.stumbling_blocks);
    ASSERT_EQ(found->links.size(), 2u);
    EXPECT_EQ(found->links[0].title, "Infoseite");
    EXPECT_EQ(found->links[1].url, "https://x.example");
    EXPECT_EQ(found->status, ProjectStatus::Running);
    EXPECT_EQ(found->visibility, ProjectVisibility::Public);
    EXPECT_EQ(m_store->list_projects().value().size(), 1u);
    EXPECT_FALSE(m_store->find_project("p-keins").value().has_value());
}

TEST_F(ProjectStoreTest, AContactsConsentIsKeptFieldByField)
{
    Project project = familienpass();
    project.contact_name = "Stefanie Beispiel";
    project.contact_email = "familienpass@jena.example";
    project.contact_phone = "03641 555123";
    project.publish_contact_email = true;
    ASSERT_TRUE(m_store->save_project(project, ProjectVersion{0, "t1", "Erika", "{}"}));
    auto found = m_store->find_project(project.id).value();
    ASSERT_TRUE(found.has_value());
    EXPECT_FALSE(found->publish_contact_name);
    EXPECT_TRUE(found->publish_contact_email);
    EXPECT_FALSE(found->publish_contact_phone);
    EXPECT_EQ(found->contact_phone, "03641 555123");

    project.publish_contact_name = true;
    project.publish_contact_email = false; // withdrawn
    project.publish_contact_phone = true;
    ASSERT_TRUE(m_store->save_project(project, ProjectVersion{0, "t2", "Erika", "{}"}));
    const Project listed = m_store->list_projects().value().at(0);
    EXPECT_TRUE(listed.publish_contact_name);
    EXPECT_FALSE(listed.publish_contact_email);
    EXPECT_TRUE(listed.publish_contact_phone);
}

TEST_F(ProjectStoreTest, AProjectFromASnapshotKeepsItsContactsConsent)
{
    Project project = familienpass();
    project.contact_name = "Familienbüro";
    project.publish_contact_name = true;
    NetworkSnapshot snapshot;
    snapshot.cities = {jena()};
    snapshot.topics = {Topic{"wohnen-und-mieten", "Wohnen und Mieten", 1}, Topic{"bildung", "Bildung", 2}};
    snapshot.projects = {project};
    ASSERT_TRUE(m_store->apply_snapshot(snapshot).has_value());
    auto exported = m_store->snapshot().value();
    ASSERT_EQ(exported.projects.size(), 1U);
    EXPECT_TRUE(exported.projects[0].publish_contact_name);
    EXPECT_FALSE(exported.projects[0].publish_contact_email);
}

TEST_F(ProjectStoreTest, SeveralProjectsAreReadInTheOrderAskedFor)
{
    Project second = familienpass();
    second.id = "p-jena-ferien";
    second.title = "Ferienbetreuung";
    second.partners = {"Jugendamt"};
    ASSERT_TRUE(m_store->save_project(familienpass(), ProjectVersion{0, "t", "Erika", "{}"}));
    ASSERT_TRUE(m_store->save_project(second, ProjectVersion{0, "t", "Erika", "{}"}));
    auto found = m_store->find_projects({"p-jena-familienpass", "p-keins", "p-jena-ferien"}).value();
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].id, "p-jena-familienpass");
    EXPECT_EQ(found[1].id, "p-jena-ferien");
    EXPECT_EQ(found[1].partners, std::vector<std::string>{"Jugendamt"}) << "lists belong to their own project";
    EXPECT_EQ(found[0].partners, familienpass().partners);
    found = m_store->find_projects({"p-jena-ferien", "p-jena-familienpass"}).value();
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].id, "p-jena-ferien");
    EXPECT_TRUE(m_store->find_projects({}).value().empty());
}

TEST_F(ProjectStoreTest, SavingNumbersVersionsAndLogsTheChange)
{
    const auto before = m_store->data_version().value();
    Project project = familienpass();
    ASSERT_TRUE(m_store->save_project(project, ProjectVersion{0, "t1", "Erika", "eins"}));
    project.title = "Familienpass Jena";
    project.partners = {"Stadtwerke"};
    ASSERT_TRUE(m_store->save_project(project, ProjectVersion{0, "t2", "Max", "zwei"}));
    auto versions = m_store->project_versions(project.id).value();
    ASSERT_EQ(versions.size(), 2u);
    EXPECT_EQ(versions[0].number, 2);
    EXPECT_EQ(versions[0].content, "zwei");
    EXPECT_EQ(m_store->find_project(project.id).value()->partners, std::vector<std::string>{"Stadtwerke"});
    auto changes = m_store->changes_since(static_cast<std::int64_t>(before), 10).value();
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].what, "project p-jena-familienpass");
}

TEST_F(ProjectStoreTest, RemovingATopicTakesItOffEveryProject)
{
    ASSERT_TRUE(m_store->save_project(familienpass(), ProjectVersion{0, "t", "Erika", "{}"}));
    ASSERT_TRUE(m_store->save_topics({Topic{"bildung", "Bildung und Schule", 1}}));
    EXPECT_EQ(m_store->find_project("p-jena-familienpass").value()->topics, std::vector<std::string>{"bildung"});
    auto topics = m_store->list_topics().value();
    ASSERT_EQ(topics.size(), 1u);
    EXPECT_EQ(topics[0].name, "Bildung und Schule");
}

TEST_F(ProjectStoreTest, AttachmentsKeepTheirBytesAndGoWithTheProject)
{
    ASSERT_TRUE(m_store->save_project(familienpass(), ProjectVersion{0, "t", "Erika", "{}"}));
    std::string bytes = "%PDF-1.4\n";
    bytes.push_back('\0');
    bytes += "\xff\xfe binary";
    ASSERT_TRUE(m_store->add_attachment("p-jena-familienpass",
                                        AttachmentInfo{"a-1", "Flyer.pdf", "application/pdf", bytes.size(), "Flyer"},
                                        bytes));
    auto file = m_store->attachment("p-jena-familienpass", "a-1").value();
    ASSERT_TRUE(file.has_value());
    EXPECT_EQ(file->second, bytes);
    EXPECT_EQ(file->first.file_name, "Flyer.pdf");
    EXPECT_FALSE(m_store->attachment("p-other", "a-1").value().has_value()) << "ids are per project";
    EXPECT_EQ(m_store->find_project("p-jena-familienpass").value()->attachments.size(), 1u);
    ASSERT_TRUE(m_store->delete_project("p-jena-familienpass"));
    EXPECT_FALSE(m_store->attachment("p-jena-familienpass", "a-1").value().has_value());
    EXPECT_EQ(m_store->delete_project("p-jena-familienpass").error().code, ErrorCode::NotFound);
}

TEST_F(ProjectStoreTest, ApiTokensFindTheirMemberUntilRevoked)
{
    User user{"u-1", "k@jena.example", "K", Role::Coordinator, "city-jena", false, "2026-01-01T00:00:00Z"};
    ASSERT_TRUE(m_store->add_user(user));
    ASSERT_TRUE(m_store->add_api_token("u-1", ApiTokenInfo{"t-1", "Tabelle", "2026-01-01T00:00:00Z", ""}, "hash-1"));
    auto found = m_store->api_token_user("hash-1", "2026-02-01T00:00:00Z").value();
    ASSERT_TRUE(found.has_value());
    EXPECT_EQ(found->email, "k@jena.example");
    EXPECT_EQ(m_store->api_tokens("u-1").value().at(0).last_used_at, "2026-02-01T00:00:00Z");
    EXPECT_EQ(m_store->revoke_api_token("u-other", "t-1").error().code, ErrorCode::NotFound);
    ASSERT_TRUE(m_store->revoke_api_token("u-1", "t-1"));
    EXPECT_FALSE(m_store->api_token_user("hash-1", "2026-02-02T00:00:00Z").value().has_value());
}

TEST_F(ProjectStoreTest, TheSnapshotCarriesTopicsAndProjects)
{
    ASSERT_TRUE(m_store->save_project(familienpass(), ProjectVersion{0, "t", "Erika", "{}"}));
    NetworkSnapshot snapshot = m_store->snapshot().value();
    EXPECT_EQ(snapshot.topics.size(), 2u);
    ASSERT_EQ(snapshot.projects.size(), 1u);
    EXPECT_EQ(snapshot.projects[0].links.size(), 2u);
}

} // namespace
} // namespace rundum::store
