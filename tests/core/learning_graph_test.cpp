// SPDX-License-Identifier: EUPL-1.2
// Who learned from whom: edges and what the public sees of them, sums per pair and per year, and
// the family tree of adaptations with its cycle and depth guards.
#include <gtest/gtest.h>

#include "core/learning_graph.hpp"

namespace rundum {
namespace {

Project project(const std::string& id, const std::string& city_id, ProjectVisibility visibility)
{
    Project result;
    result.id = id;
    result.city_id = city_id;
    result.title = "Projekt " + id;
    result.visibility = visibility;
    return result;
}

Adoption adoption(const std::string& id, const std::string& original, const std::string& city_id,
                  const std::string& own, const std::string& started, const std::string& created_at)
{
    Adoption result;
    result.id = id;
    result.original_project_id = original;
    result.city_id = city_id;
    result.project_id = own;
    result.started = started;
    result.created_at = created_at;
    return result;
}

Advice advice(const std::string& id, const std::string& project_id, const std::string& advising,
              const std::string& advised, const std::string& year, const std::string& created_at)
{
    return Advice{id, project_id, advising, advised, "", year, created_at};
}

constexpr auto PUBLIC = ProjectVisibility::Public;
constexpr auto MEMBERS = ProjectVisibility::Members;

// Leipzig's project went to München (and on to Hamm, whose copy is for members only) and to
// Essen, which linked no project of its own; Leipzig advised München, München advised Hamm.
struct Network {
    std::vector<Project> projects = {
        project("p-leipzig", "leipzig", PUBLIC), project("p-muenchen", "muenchen", PUBLIC),
        project("p-hamm", "hamm", MEMBERS), project("p-leipzig-2", "leipzig", PUBLIC)};
    std::vector<Adoption> adoptions = {
        adoption("a1", "p-leipzig", "muenchen", "p-muenchen", "2021-03", "2023-01-10T09:00:00Z"),
        adoption("a2", "p-muenchen", "hamm", "p-hamm", "", "2022-05-01T08:00:00Z"),
        adoption("a3", "p-leipzig", "essen", "", "2020", "2023-02-01T08:00:00Z"),
        adoption("a4", "p-leipzig", "leipzig", "", "2019", ""),       // within one city
        adoption("a5", "p-gone", "essen", "", "2019", ""),            // original unknown
        adoption("a6", "p-hamm", "leipzig", "p-leipzig-2", "2024", "")}; // original members only
    std::vector<Advice> advice_given = {
        advice("v1", "p-muenchen", "leipzig", "muenchen", "2021", "2024-01-01T00:00:00Z"),
        advice("v2", "p-hamm", "muenchen", "hamm", "", "2023-06-01T00:00:00Z"),
        advice("v3", "p-muenchen", "muenchen", "muenchen", "2021", ""), // to oneself
        advice("v4", "p-gone", "leipzig", "essen", "2021", "")};        // project unknown
};

std::vector<std::string> ids_of(const std::vector<LearningEdge>& edges)
{
    std::vector<std::string> ids;
    for (const LearningEdge& edge : edges) {
        ids.push_back(edge.record_id);
    }
    return ids;
}

TEST(LearningGraph, MembersSeeEveryEdgeFromTeacherToLearnerOrderedByYear)
{
    const Network network;
    const auto edges = learning_edges(network.adoptions, network.advice_given, network.projects, true);
    EXPECT_EQ(ids_of(edges), (std::vector<std::string>{"a3", "a1", "v1", "a2", "v2", "a6"}));
    ASSERT_EQ(edges.size(), 6u);
    EXPECT_EQ(edges[1].from_city_id, "leipzig") << "the original's city teaches";
    EXPECT_EQ(edges[1].to_city_id, "muenchen");
    EXPECT_EQ(edges[1].kind, LearningKind::Adoption);
    EXPECT_EQ(edges[1].project_id, "p-leipzig") << "an adoption names the original";
    EXPECT_EQ(edges[1].year, 2021) << "from started, not from the record";
    EXPECT_EQ(edges[2].kind, LearningKind::Advice);
    EXPECT_EQ(edges[2].from_city_id, "leipzig") << "the advising city teaches";
    EXPECT_EQ(edges[2].to_city_id, "muenchen");
    EXPECT_EQ(edges[2].project_id, "p-muenchen") << "advice names the advised project";
    EXPECT_EQ(edges[3].year, 2022) << "no start: the year it was recorded";
    EXPECT_EQ(edges[4].year, 2023) << "advice without a year: the year it was recorded";
}

TEST(LearningGraph, ThePublicSeesOnlyEdgesWhoseProjectsAreAllPublic)
{
    const Network network;
    const auto edges = learning_edges(network.adoptions, network.advice_given, network.projects, false);
    // a2: the own project is for members; a6: the original is; v2: the advised project is.
    EXPECT_EQ(ids_of(edges), (std::vector<std::string>{"a3", "a1", "v1"}));
}

TEST(LearningGraph, VisibleRecordsFollowTheSameRuleAsTheEdges)
{
    const Network network;
    std::vector<std::string> ids;
    for (const Adoption& visible : visible_adoptions(network.adoptions, network.projects, false)) {
        ids.push_back(visible.id);
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a3", "a4"})) << "a4 is no edge, but visible";
    ids.clear();
    for (const Adoption& visible : visible_adoptions(network.adoptions, network.projects, true)) {
        ids.push_back(visible.id);
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"a1", "a2", "a3", "a4", "a6"})) << "a5 has no original";
    const auto advice_seen = visible_advice(network.advice_given, network.projects, false);
    ASSERT_EQ(advice_seen.size(), 2u);
    EXPECT_EQ(advice_seen[0].id, "v1");
    EXPECT_EQ(advice_seen[1].id, "v3");
}

TEST(LearningGraph, OneCitysEdgesAreThoseItTaughtOrLearnedIn)
{
    const Network network;
    const auto edges = learning_edges(network.adoptions, network.advice_given, network.projects, true);
    EXPECT_EQ(ids_of(edges_of_city(edges, "hamm")), (std::vector<std::string>{"a2", "v2", "a6"}));
    EXPECT_EQ(ids_of(edges_of_city(edges, "essen")), (std::vector<std::string>{"a3"}));
    EXPECT_TRUE(edges_of_city(edges, "atlantis").empty());
}

TEST(LearningGraph, PairsCountEachKindPerDirection)
{
    const Network network;
    auto edges = learning_edges(network.adoptions, network.advice_given, network.projects, true);
    edges.push_back(LearningEdge{"muenchen", "leipzig", LearningKind::Advice, "p-leipzig", "v9", 2024});
    EXPECT_EQ(learning_pairs(edges), (std::vector<LearningPair>{{"hamm", "leipzig", 1, 0},
                                                                {"leipzig", "essen", 1, 0},
                                                                {"leipzig", "muenchen", 1, 1},
                                                                {"muenchen", "hamm", 1, 1},
                                                                {"muenchen", "leipzig", 0, 1}}));
    EXPECT_TRUE(learning_pairs({}).empty());
}

TEST(LearningGraph, TimelineFillsYearsBetweenAndCountsUndatedApart)
{
    const std::vector<LearningEdge> edges = {
        {"a", "b", LearningKind::Adoption, "p", "1", 2019},
        {"a", "b", LearningKind::Advice, "p", "2", 2019},
        {"a", "b", LearningKind::Adoption, "p", "3", 2022},
        {"a", "b", LearningKind::Adoption, "p", "4", 2022},
        {"a", "b", LearningKind::Advice, "p", "5", 0},
    };
    const LearningTimeline timeline = learning_timeline(edges);
    EXPECT_EQ(timeline.years, (std::vector<LearningYearCount>{
                                  {2019, 1, 1}, {2020, 0, 0}, {2021, 0, 0}, {2022, 2, 0}}));
    EXPECT_EQ(timeline.undated_adoptions, 0);
    EXPECT_EQ(timeline.undated_advice, 1);
}

TEST(LearningGraph, RecordsWithoutAnyDateHaveYearZero)
{
    const std::vector<Project> projects = {project("p", "a", PUBLIC)};
    const auto edges = learning_edges({adoption("x", "p", "b", "", "bald", "")},
                                      {advice("y", "p", "c", "a", "20x1", "")}, projects, false);
    ASSERT_EQ(edges.size(), 2u);
    EXPECT_EQ(edges[0].year, 0);
    EXPECT_EQ(edges[1].year, 0);
    const LearningTimeline timeline = learning_timeline(edges);
    EXPECT_TRUE(timeline.years.empty());
    EXPECT_EQ(timeline.undated_adoptions, 1);
    EXPECT_EQ(timeline.undated_advice, 1);
}
} // namespace
} // namespace rundum
