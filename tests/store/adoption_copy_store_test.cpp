// SPDX-License-Identifier: EUPL-1.2
// An adoption with the adopting city's copy of the original: both stored in one transaction, on every backend.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace rundum::store {
namespace {

class AdoptionCopyStoreTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("leipzig", "Leipzig"), sample_city("muenchen", "München")},
                   {sample_project("p-leipzig-besuche", "leipzig", "Willkommensbesuche")});
    }

    static Adoption adoption_with_copy()
    {
        Adoption adoption;
        adoption.id = "a-1";
        adoption.original_project_id = "p-leipzig-besuche";
        adoption.city_id = "city-muenchen";
        adoption.project_id = "p-muenchen-kopie";
        adoption.adaptations = "Paket statt Besuch";
        adoption.outcome = AdoptionOutcome::Open;
        adoption.created_at = "2026-01-02T00:00:00Z";
        adoption.updated_at = adoption.created_at;
        return adoption;
    }

    static ProjectVersion first_version() { return ProjectVersion{0, "2026-01-02T00:00:00Z", "Erika", "{}"}; }
};

TEST_F(AdoptionCopyStoreTest, TheAdoptionTheCopyAndItsFirstVersionAreStoredTogether)
{
    const Project copy = sample_project("p-muenchen-kopie", "muenchen", "Willkommensbesuche");
    EXPECT_TRUE(moves_version([&] {
        ASSERT_TRUE(m_store->save_adoption_with_copy(adoption_with_copy(), copy, first_version()).has_value());
    }));
    auto adoption = m_store->find_adoption("a-1").value();
    ASSERT_TRUE(adoption.has_value());
    EXPECT_EQ(adoption->project_id, "p-muenchen-kopie");
    auto project = m_store->find_project("p-muenchen-kopie").value();
    ASSERT_TRUE(project.has_value());
    EXPECT_EQ(project->city_id, "city-muenchen");
    auto versions = m_store->project_versions("p-muenchen-kopie").value();
    ASSERT_EQ(versions.size(), 1U);
    EXPECT_EQ(versions[0].number, 1);
    EXPECT_EQ(versions[0].changed_by, "Erika");
}

TEST_F(AdoptionCopyStoreTest, AFailingAdoptionLeavesNoCopyBehind)
{
    Adoption adoption = adoption_with_copy();
    adoption.original_project_id = "p-gibt-es-nicht"; // refused by the database (foreign key)
    const Project copy = sample_project("p-muenchen-kopie", "muenchen", "Willkommensbesuche");
    const auto version_before = m_store->data_version().value();
    EXPECT_FALSE(m_store->save_adoption_with_copy(adoption, copy, first_version()).has_value());
    EXPECT_FALSE(m_store->find_project("p-muenchen-kopie").value().has_value()) << "no copy without its adoption";
    EXPECT_TRUE(m_store->project_versions("p-muenchen-kopie").value().empty());
    EXPECT_TRUE(m_store->list_adoptions().value().empty());
    EXPECT_EQ(m_store->list_projects().value().size(), 1U);
    EXPECT_EQ(m_store->data_version().value(), version_before);
}

} // namespace
} // namespace rundum::store
