// SPDX-License-Identifier: EUPL-1.2
// The family tree of adaptations: the original found from any member of the family, children in
// order of their start, adoptions without own project as leaves, and cyclic records ending.
#include <gtest/gtest.h>

#include "core/adoption_tree.hpp"

namespace rundum {
namespace {

Adoption adopted(const std::string& id, const std::string& original, const std::string& own,
                 const std::string& started = "")
{
    Adoption adoption;
    adoption.id = id;
    adoption.original_project_id = original;
    adoption.city_id = "city-" + id;
    adoption.project_id = own;
    adoption.started = started;
    return adoption;
}

std::vector<std::string> child_projects(const AdoptionTreeNode& node)
{
    std::vector<std::string> ids;
    for (const AdoptionTreeNode& child : node.children) {
        ids.push_back(child.project_id.empty() ? "(" + child.adoption_id + ")" : child.project_id);
    }
    return ids;
}

TEST(AdoptionTree, AProjectNobodyAdaptedIsItsOwnRootWithoutChildren)
{
    const std::vector<Adoption> adoptions = {adopted("a1", "p-other", "p-copy")};
    const AdoptionTreeNode tree = adoption_tree("p-alone", adoptions);
    EXPECT_EQ(tree.project_id, "p-alone");
    EXPECT_EQ(tree.adoption_id, "");
    EXPECT_TRUE(tree.children.empty());
}

TEST(AdoptionTree, TheRootIsFoundByWalkingUpFromAnAdaptationOfAnAdaptation)
{
    // Leipzig's original, adapted by Munich, whose version Jena adapted in turn.
    const std::vector<Adoption> adoptions = {adopted("a1", "p-leipzig", "p-muenchen"),
                                             adopted("a2", "p-muenchen", "p-jena")};
    EXPECT_EQ(adoption_root("p-jena", adoptions), "p-leipzig");
    EXPECT_EQ(adoption_root("p-muenchen", adoptions), "p-leipzig");
    EXPECT_EQ(adoption_root("p-leipzig", adoptions), "p-leipzig");
    const AdoptionTreeNode tree = adoption_tree("p-jena", adoptions);
    EXPECT_EQ(tree.project_id, "p-leipzig");
    ASSERT_EQ(child_projects(tree), std::vector<std::string>{"p-muenchen"});
    EXPECT_EQ(tree.children[0].adoption_id, "a1");
    ASSERT_EQ(child_projects(tree.children[0]), std::vector<std::string>{"p-jena"});
    EXPECT_EQ(tree.children[0].children[0].adoption_id, "a2");
    EXPECT_TRUE(tree.children[0].children[0].children.empty());
}

TEST(AdoptionTree, ChildrenAreOrderedByStartThenIdWithUndatedOnesLast)
{
    const std::vector<Adoption> adoptions = {
        adopted("a5", "p-root", "p-undated"),     adopted("a4", "p-root", "p-2023", "2023"),
        adopted("a3", "p-root", "p-2021-05", "2021-05"), adopted("a2", "p-root", "p-2021-b", "2021"),
        adopted("a1", "p-root", "p-2021-a", "2021"),
    };
    const AdoptionTreeNode tree = adoption_tree("p-root", adoptions);
    EXPECT_EQ(child_projects(tree),
              (std::vector<std::string>{"p-2021-a", "p-2021-b", "p-2021-05", "p-2023", "p-undated"}));
}

TEST(AdoptionTree, AnAdoptionWithoutOwnProjectIsALeaf)
{
    const std::vector<Adoption> adoptions = {adopted("a1", "p-root", "", "2020"),
                                             adopted("a2", "p-root", "", "2022"),
                                             adopted("a3", "", "p-stray")};
    const AdoptionTreeNode tree = adoption_tree("p-root", adoptions);
    EXPECT_EQ(child_projects(tree), (std::vector<std::string>{"(a1)", "(a2)"}));
    EXPECT_TRUE(tree.children[0].children.empty()) << "records with an empty original are not its children";
}

TEST(AdoptionTree, CyclicRecordsEndAndEveryProjectAppearsOnce)
{
    // Wrong records: A adapted from B and B from A.
    const std::vector<Adoption> adoptions = {adopted("a1", "p-b", "p-a"), adopted("a2", "p-a", "p-b")};
    const std::string root = adoption_root("p-a", adoptions);
    EXPECT_EQ(root, "p-b");
    const AdoptionTreeNode tree = adoption_tree("p-a", adoptions);
    EXPECT_EQ(tree.project_id, "p-b");
    ASSERT_EQ(child_projects(tree), std::vector<std::string>{"p-a"});
    EXPECT_TRUE(tree.children[0].children.empty()) << "p-b is the root already";

    const std::vector<Adoption> self = {adopted("a1", "p-x", "p-x")};
    EXPECT_EQ(adoption_root("p-x", self), "p-x");
    EXPECT_TRUE(adoption_tree("p-x", self).children.empty());
}

TEST(AdoptionTree, AProjectRecordedUnderTwoOriginalsOfTheFamilyAppearsOnce)
{
    const std::vector<Adoption> adoptions = {adopted("a1", "p-root", "p-left", "2020"),
                                             adopted("a2", "p-root", "p-right", "2021"),
                                             adopted("a3", "p-left", "p-both", "2022"),
                                             adopted("a4", "p-right", "p-both", "2022")};
    const AdoptionTreeNode tree = adoption_tree("p-both", adoptions);
    EXPECT_EQ(tree.project_id, "p-root");
    ASSERT_EQ(child_projects(tree), (std::vector<std::string>{"p-left", "p-right"}));
    EXPECT_EQ(child_projects(tree.children[0]), std::vector<std::string>{"p-both"});
    EXPECT_TRUE(tree.children[1].children.empty());
}

} // namespace
} // namespace rundum
