// SPDX-License-Identifier: EUPL-1.2
// Joint pilot projects in storage, on every backend: a pilot with its cities, milestones and
// documents (and which city added each), a city's own entry, what deleting a linked project does;
// and the count of a member's uploads per hour.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace rundum::store {
namespace {

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

class PilotStoreTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("jena", "Jena"), sample_city("leipzig", "Leipzig"), sample_city("erfurt", "Erfurt")},
                   {sample_project("p-jena", "jena", "Lotsen jena"), sample_project("p-leipzig", "leipzig", "Lotsen leipzig")});
    }
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
                                            "%PDF-", "")
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
                                            bytes, "city-jena")
                    .has_value());
    ASSERT_TRUE(m_store->add_pilot_document("pl-1", AttachmentInfo{"d-2", "memo.pdf", "application/pdf", 5, ""},
                                            "%PDF-", "")
                    .has_value());
    EXPECT_EQ(m_store->pilot_document_city("pl-1", "d-1").value(), std::optional<std::string>("city-jena"))
        << "a document knows the city that added it";
    EXPECT_EQ(m_store->pilot_document_city("pl-1", "d-2").value(), std::optional<std::string>(""))
        << "an admin's has none";
    EXPECT_FALSE(m_store->pilot_document_city("pl-2", "d-1").value().has_value());
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

TEST_F(PilotStoreTest, DeletingAPilotTakesItsPartsAndKeepsTheCitiesProjects)
{
    ASSERT_TRUE(m_store->save_pilot(pilot()).has_value());
    ASSERT_TRUE(m_store->add_pilot_document("pl-1", AttachmentInfo{"d-1", "plan.pdf", "application/pdf", 3, "Plan"},
                                            "PDF", "")
                    .has_value());
    EXPECT_EQ(m_store->delete_pilot("pl-unknown").error().code, ErrorCode::NotFound);
    EXPECT_TRUE(moves_version([&] { ASSERT_TRUE(m_store->delete_pilot("pl-1").has_value()); }));
    EXPECT_FALSE(m_store->find_pilot("familienlotsen-digital").value().has_value());
    EXPECT_TRUE(m_store->list_pilots().value().empty());
    EXPECT_FALSE(m_store->pilot_document("pl-1", "d-1").value().has_value()) << "its documents went with it";
    EXPECT_TRUE(m_store->find_project("p-jena").value().has_value()) << "the local projects stay";
    ASSERT_TRUE(m_store->save_pilot(pilot()).has_value()) << "the slug is free again";
}

TEST_F(PilotStoreTest, UploadsAreCountedPerMemberWithinTheWindowAndNoMoreThanTheLimit)
{
    User user;
    user.id = "u-1";
    user.email = "a@jena.example";
    user.role = Role::Coordinator;
    user.city_id = "city-jena";
    user.created_at = "2026-01-01T00:00:00Z";
    ASSERT_TRUE(m_store->add_user(user).has_value());
    user.id = "u-2";
    user.email = "b@jena.example";
    ASSERT_TRUE(m_store->add_user(user).has_value());
    EXPECT_FALSE(moves_version([&] { EXPECT_TRUE(m_store->claim_upload("u-1", 1000, 0, 2).value()); }))
        << "counting changes no page";
    EXPECT_TRUE(m_store->claim_upload("u-1", 1001, 0, 2).value());
    EXPECT_FALSE(m_store->claim_upload("u-1", 1002, 0, 2).value()) << "the limit is reached";
    EXPECT_FALSE(m_store->claim_upload("u-1", 1003, 0, 2).value()) << "a refused one does not count either";
    EXPECT_TRUE(m_store->claim_upload("u-2", 1003, 0, 2).value()) << "per member";
    EXPECT_TRUE(m_store->claim_upload("u-1", 4601, 1001, 2).value()) << "the first fell out of the window";
    EXPECT_FALSE(m_store->claim_upload("u-1", 4602, 1001, 2).value());
}

} // namespace
} // namespace rundum::store
