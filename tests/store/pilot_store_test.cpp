// Joint pilot projects in storage, on every backend: a pilot with its cities, milestones and
// documents, a city's own entry, what deleting a linked project does.
#include <gtest/gtest.h>

#include "member_city.hpp"
#include "process.hpp"
#include "store/open_store.hpp"
#include "test_database.hpp"

namespace rundum::store {
namespace {

using rundum::testing::TemporaryDirectory;
using rundum::testing::member_city;
using rundum::testing::TestDatabase;

Project project(const std::string& id, const std::string& city_slug)
{
    Project project;
    project.id = id;
    project.city_id = "city-" + city_slug;
    project.title = "Lotsen " + city_slug;
    project.created_at = "2026-01-01T00:00:00Z";
    project.updated_at = "2026-01-01T00:00:00Z";
    return project;
}

PilotProject pilot()
{
    PilotProject pilot;
    pilot.id = "pl-1";
    pilot.slug = "familienlotsen-digital";
    pilot.title = "Familienlotsen digital";
    pilot.summary = "Drei Städte erproben „digitale“ Lotsen.";
    pilot.description = "**Markdown** bleibt Text.";
    pilot.goals = {"Mehr Familien erreichen", "Wege verkürzen"};
    pilot.status = PilotStatus::Running;
    pilot.start_date = "2026-01-01";
    pilot.end_date = "2027-06-30";
    pilot.visibility = ProjectVisibility::Public;
    pilot.partners = {PilotPartner{"city-leipzig", PilotRole::Lead, "", ""},
                      PilotPartner{"city-jena", PilotRole::Partner, "p-jena", "Wir testen im Umland."}};
    pilot.milestones = {PilotMilestone{"m-2", "Abschlussbericht", "2027-06-01", MilestoneStatus::Open, ""},
                        PilotMilestone{"m-1", "Auftakt", "2026-02-01", MilestoneStatus::Reached, "Mit allen"}};
    pilot.created_at = "2026-01-02T00:00:00Z";
    pilot.updated_at = "2026-01-03T00:00:00Z";
    return pilot;
}

class PilotStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto created = create_store({m_directory.path() / "data", m_database.url()});
        ASSERT_TRUE(created.has_value()) << (created ? "" : created.error().detail);
        m_store = std::move(*created);
        NetworkSnapshot snapshot;
        snapshot.cities = {member_city("jena", "Jena"), member_city("leipzig", "Leipzig"), member_city("erfurt", "Erfurt")};
        ASSERT_TRUE(m_store->apply_snapshot(snapshot).has_value());
        for (const Project& each : {project("p-jena", "jena"), project("p-leipzig", "leipzig")}) {
            ASSERT_TRUE(m_store->save_project(each, ProjectVersion{0, "t", "Erika", "{}"}).has_value());
        }
    }

    template <typename Write> bool moves_version(Write&& write)
    {
        const auto before = m_store->data_version().value();
        write();
        return m_store->data_version().value() != before;
    }

    TemporaryDirectory m_directory;
    TestDatabase m_database;
    std::unique_ptr<Store> m_store;
};

TEST_F(PilotStoreTest, APilotComesBackWithItsCitiesInOrderAndMilestonesByDueDate)
{
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->save_pilot(pilot()).has_value()); }));
    auto found = m_store->find_pilot("familienlotsen-digital").value();
    ASSERT_TRUE(found.has_value());
    const PilotProject expected = pilot();
    EXPECT_EQ(found->id, "pl-1");
    EXPECT_EQ(found->title, expected.title);
    EXPECT_EQ(found->summary, expected.summary);
    EXPECT_EQ(found->description, expected.description);
    EXPECT_EQ(found->goals, expected.goals);
    EXPECT_EQ(found->status, PilotStatus::Running);
    EXPECT_EQ(found->start_date, "2026-01-01");
    EXPECT_EQ(found->end_date, "2027-06-30");
    EXPECT_EQ(found->visibility, ProjectVisibility::Public);
    EXPECT_EQ(found->created_at, expected.created_at);
    EXPECT_EQ(found->updated_at, expected.updated_at);
    ASSERT_EQ(found->partners.size(), 2u);
    EXPECT_EQ(found->partners[0].city_id, "city-leipzig");
    EXPECT_EQ(found->partners[0].role, PilotRole::Lead);
    EXPECT_EQ(found->partners[0].local_project_id, "");
    EXPECT_EQ(found->partners[1].city_id, "city-jena");
    EXPECT_EQ(found->partners[1].local_project_id, "p-jena");
    EXPECT_EQ(found->partners[1].note, "Wir testen im Umland.");
    ASSERT_EQ(found->milestones.size(), 2u);
    EXPECT_EQ(found->milestones[0].id, "m-1");
    EXPECT_EQ(found->milestones[0].status, MilestoneStatus::Reached);
    EXPECT_EQ(found->milestones[0].note, "Mit allen");
    EXPECT_EQ(found->milestones[1].title, "Abschlussbericht");
    EXPECT_FALSE(m_store->find_pilot("keiner").value().has_value());
    EXPECT_EQ(m_store->list_pilots().value().size(), 1u);
}

TEST_F(PilotStoreTest, SavingAgainReplacesCitiesAndMilestonesButKeepsDocuments)
{
    ASSERT_TRUE(m_store->save_pilot(pilot()).has_value());
    ASSERT_TRUE(m_store->add_pilot_document("pl-1", AttachmentInfo{"d-1", "plan.pdf", "application/pdf", 5, "Plan"},
                                            "%PDF-")
                    .has_value());
    PilotProject changed = pilot();
    changed.title = "Familienlotsen digital und analog";
    changed.partners.push_back(PilotPartner{"city-erfurt", PilotRole::Lead, "", ""});
    changed.partners.erase(changed.partners.begin() + 1);
    changed.milestones.pop_back();
    ASSERT_TRUE(m_store->save_pilot(changed).has_value());
    auto listed = m_store->list_pilots().value();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].title, "Familienlotsen digital und analog");
    ASSERT_EQ(listed[0].partners.size(), 2u);
    EXPECT_EQ(listed[0].partners[1].city_id, "city-erfurt");
    ASSERT_EQ(listed[0].milestones.size(), 1u);
    EXPECT_EQ(listed[0].milestones[0].id, "m-2");
    ASSERT_EQ(listed[0].documents.size(), 1u);
    EXPECT_EQ(listed[0].documents[0].file_name, "plan.pdf");
}

TEST_F(PilotStoreTest, AnotherPilotCannotTakeTheSlug)
{
    ASSERT_TRUE(m_store->save_pilot(pilot()).has_value());
    PilotProject other = pilot();
    other.id = "pl-2";
    auto saved = m_store->save_pilot(other);
    ASSERT_FALSE(saved.has_value());
    EXPECT_EQ(saved.error().code, ErrorCode::Conflict);
    EXPECT_EQ(m_store->list_pilots().value().size(), 1u);
}

TEST_F(PilotStoreTest, ACitySetsItsOwnEntryOnly)
{
    ASSERT_TRUE(m_store->save_pilot(pilot()).has_value());
    EXPECT_TRUE(moves_version([&] {
        ASSERT_TRUE(m_store->save_pilot_partner("pl-1", PilotPartner{"city-leipzig", PilotRole::Partner, "p-leipzig",
                                                                     "Unser Beitrag"})
                        .has_value());
    }));
    auto found = m_store->find_pilot("familienlotsen-digital").value();
    EXPECT_EQ(found->partners[0].local_project_id, "p-leipzig");
    EXPECT_EQ(found->partners[0].note, "Unser Beitrag");
    EXPECT_EQ(found->partners[0].role, PilotRole::Lead) << "the role stays";
    auto outsider = m_store->save_pilot_partner("pl-1", PilotPartner{"city-erfurt", PilotRole::Partner, "", "x"});
    ASSERT_FALSE(outsider.has_value());
    EXPECT_EQ(outsider.error().code, ErrorCode::NotFound);
}

TEST_F(PilotStoreTest, DeletingALinkedProjectKeepsTheCityWithoutIt)
{
    ASSERT_TRUE(m_store->save_pilot(pilot()).has_value());
    ASSERT_TRUE(m_store->delete_project("p-jena").has_value());
    auto found = m_store->find_pilot("familienlotsen-digital").value();
    ASSERT_EQ(found->partners.size(), 2u);
    EXPECT_EQ(found->partners[1].local_project_id, "");
}

TEST_F(PilotStoreTest, DocumentsComeBackByteForByteAndCanBeRemoved)
{
    ASSERT_TRUE(m_store->save_pilot(pilot()).has_value());
    const std::string bytes("%PDF-1.4\n\0\x01\xff", 12);
    ASSERT_TRUE(m_store->add_pilot_document("pl-1", AttachmentInfo{"d-1", "plan.pdf", "application/pdf", 12, "Plan"},
                                            bytes)
                    .has_value());
    auto document = m_store->pilot_document("pl-1", "d-1").value();
    ASSERT_TRUE(document.has_value());
    EXPECT_EQ(document->second, bytes);
    EXPECT_EQ(document->first.title, "Plan");
    EXPECT_EQ(document->first.size, 12u);
    EXPECT_FALSE(m_store->pilot_document("pl-2", "d-1").value().has_value()) << "only through its own pilot";
    EXPECT_EQ(m_store->remove_pilot_document("pl-2", "d-1").error().code, ErrorCode::NotFound);
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->remove_pilot_document("pl-1", "d-1").has_value()); }));
    EXPECT_FALSE(m_store->pilot_document("pl-1", "d-1").value().has_value());
}

} // namespace
} // namespace rundum::store
