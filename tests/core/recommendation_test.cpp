// SPDX-License-Identifier: EUPL-1.2
// Recommended projects on a hand-made network: what worked in similar cities first, the reasons
// given, ties, and what is never recommended.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/recommendation.hpp"

namespace rundum {
namespace {

Project project(const std::string& id, const std::string& city_id, const std::string& title,
                ProjectStatus status)
{
    Project result;
    result.id = id;
    result.city_id = city_id;
    result.title = title;
    result.status = status;
    return result;
}

Adoption adoption(const std::string& id, const std::string& original, const std::string& city_id,
                  const std::string& own, AdoptionOutcome outcome)
{
    Adoption result;
    result.id = id;
    result.original_project_id = original;
    result.city_id = city_id;
    result.project_id = own;
    result.outcome = outcome;
    return result;
}

using S = ProjectStatus;
using O = AdoptionOutcome;

// Seen from Hamm: Leipzig is very similar, Essen similar, München not (distance 2), Berlin has
// no comparable figures and is not ranked at all.
std::vector<SimilarCity> similar_to_hamm()
{
    return {
        SimilarCity{"leipzig", "Leipzig", 0.2,
                    {{"child_poverty", 0.1}, {"rent", 0.3}, {"population", 0.4}}, {}},
        SimilarCity{"essen", "Essen", 0.8, {{"daycare", 0.2}, {"rent", 0.9}, {"population", 1.1}}, {}},
        SimilarCity{"muenchen", "München", 2.0, {{"population", 0.6}, {"rent", 2.8}}, {}},
    };
}

struct Fixture {
    std::vector<Project> projects = {
        project("p-leipzig-run", "leipzig", "Babybegrüßung", S::Running),
        project("p-leipzig-plan", "leipzig", "Familienlotsen", S::Planned),
        project("p-leipzig-idea", "leipzig", "Idee", S::Idea),
        project("p-essen-done", "essen", "Kita-Einstieg", S::Completed),
        project("p-essen-cafe-2", "essen", "Elterncafé", S::Completed),
        project("p-essen-cafe-1", "essen", "Elterncafé", S::Completed),
        project("p-muenchen-run", "muenchen", "Mietberatung", S::Running),
        project("p-muenchen-plan", "muenchen", "Geplant in München", S::Planned),
        project("p-berlin-run", "berlin", "Ferienpass", S::Running),
        project("p-berlin-stop", "berlin", "Eingestellt", S::Stopped),
        project("p-hamm-own", "hamm", "Hamms Projekt", S::Running),
        project("p-essen-adopted", "essen", "Schon übernommen", S::Running),
        project("p-leipzig-copy", "leipzig", "Kopie von Hamm", S::Running),
        project("p-essen-copy-of-copy", "essen", "Kopie der Kopie", S::Running),
    };
    std::vector<Adoption> adoptions = {
        adoption("a1", "p-muenchen-run", "berlin", "", O::Good),
        adoption("a2", "p-muenchen-run", "essen", "", O::Good),
        adoption("a3", "p-muenchen-run", "leipzig", "", O::Mixed),
        adoption("a4", "p-muenchen-run", "muenchen", "", O::Good), // within München: not counted
        adoption("a5", "p-essen-adopted", "hamm", "", O::Open),     // Hamm has it already
        adoption("a6", "p-hamm-own", "leipzig", "p-leipzig-copy", O::Good),
        adoption("a7", "p-leipzig-copy", "essen", "p-essen-copy-of-copy", O::Poor),
    };
};

std::vector<std::string> ids_of(const std::vector<Recommendation>& recommendations)
{
    std::vector<std::string> ids;
    for (const Recommendation& recommendation : recommendations) {
        ids.push_back(recommendation.project_id);
    }
    return ids;
}

TEST(Recommendation, WhatWorkedInSimilarCitiesComesFirst)
{
    const Fixture fixture;
    const auto recommended =
        recommend_projects("hamm", similar_to_hamm(), fixture.projects, fixture.adoptions, 20);
    EXPECT_EQ(ids_of(recommended), (std::vector<std::string>{
                                       "p-leipzig-run",  // runs in the most similar city
                                       "p-muenchen-run", // adopted well in Essen; 2 good adoptions
                                       "p-essen-cafe-1", // completed in Essen, same score, no
                                       "p-essen-cafe-2", //   adoptions: by title, then id
                                       "p-essen-done",
                                       "p-berlin-run",   // runs, but Berlin is not comparable
                                       "p-leipzig-plan", // only planned, in a similar city
                                   }));
    ASSERT_EQ(recommended.size(), 7u);
    EXPECT_NEAR(recommended[0].score, 1 + 0.5 / 1.2, 1e-12);
    EXPECT_NEAR(recommended[1].score, 1 + 0.5 / 1.8, 1e-12);
    EXPECT_DOUBLE_EQ(recommended[1].score, recommended[4].score);
    EXPECT_DOUBLE_EQ(recommended[5].score, 1.0);
    EXPECT_NEAR(recommended[6].score, 0.5 / 1.2, 1e-12);
    EXPECT_EQ(recommended[1].city_id, "muenchen");
}

TEST(Recommendation, ReasonsNameStatusSimilarCityAndAdoptions)
{
    const Fixture fixture;
    const auto recommended =
        recommend_projects("hamm", similar_to_hamm(), fixture.projects, fixture.adoptions, 20);
    ASSERT_EQ(recommended.size(), 7u);
    using R = RecommendationReason;
    using K = ReasonKind;
    EXPECT_EQ(recommended[0].reasons,
              (std::vector<R>{{K::Running, "", {}, 0},
                              {K::SimilarCity, "leipzig", {"child_poverty", "rent"}, 0}}));
    EXPECT_EQ(recommended[1].reasons,
              (std::vector<R>{{K::Running, "", {}, 0},
                              {K::AdoptedWellInSimilarCity, "essen", {"daycare"}, 0},
                              {K::AdoptedWell, "", {}, 2},
                              {K::AdoptedMixed, "", {}, 1}}))
        << "München itself is not called similar; its own adoption does not count";
    EXPECT_EQ(recommended[4].reasons,
              (std::vector<R>{{K::Completed, "", {}, 0}, {K::SimilarCity, "essen", {"daycare"}, 0}}));
    EXPECT_EQ(recommended[5].reasons, (std::vector<R>{{K::Running, "", {}, 0}}));
    EXPECT_EQ(recommended[6].reasons,
              (std::vector<R>{{K::SimilarCity, "leipzig", {"child_poverty", "rent"}, 0}}));
}

TEST(Recommendation, NeverOwnAdoptedRelatedIdeaStoppedOrReasonlessProjects)
{
    const Fixture fixture;
    const auto ids = ids_of(
        recommend_projects("hamm", similar_to_hamm(), fixture.projects, fixture.adoptions, 20));
    for (const char* excluded : {"p-hamm-own", "p-essen-adopted", "p-leipzig-copy",
                                 "p-essen-copy-of-copy", "p-leipzig-idea", "p-berlin-stop",
                                 "p-muenchen-plan"}) {
        EXPECT_EQ(std::count(ids.begin(), ids.end(), excluded), 0) << excluded;
    }
}

TEST(Recommendation, TheLimitCutsTheOrderedList)
{
    const Fixture fixture;
    EXPECT_EQ(ids_of(recommend_projects("hamm", similar_to_hamm(), fixture.projects,
                                        fixture.adoptions, 2)),
              (std::vector<std::string>{"p-leipzig-run", "p-muenchen-run"}));
    EXPECT_TRUE(
        recommend_projects("hamm", similar_to_hamm(), fixture.projects, fixture.adoptions, 0).empty());
}

TEST(Recommendation, TheOrderDoesNotDependOnTheInputOrder)
{
    Fixture fixture;
    const auto forwards =
        recommend_projects("hamm", similar_to_hamm(), fixture.projects, fixture.adoptions, 20);
    std::reverse(fixture.projects.begin(), fixture.projects.end());
    std::reverse(fixture.adoptions.begin(), fixture.adoptions.end());
    EXPECT_EQ(ids_of(recommend_projects("hamm", similar_to_hamm(), fixture.projects,
                                        fixture.adoptions, 20)),
              ids_of(forwards));
}

TEST(Recommendation, WithoutSimilarityWhatWorkedStillComesFirstMostAdoptedFirst)
{
    const std::vector<Project> projects = {project("p1", "a", "Alpha", S::Running),
                                           project("p2", "b", "Beta", S::Completed),
                                           project("p3", "c", "Gamma", S::Planned),
                                           project("p4", "d", "Delta", S::Planned)};
    const std::vector<Adoption> adoptions = {adoption("1", "p2", "x", "", O::Good),
                                             adoption("2", "p4", "y", "", O::Good)};
    const auto recommended = recommend_projects("z", {}, projects, adoptions, 10);
    // p4 only planned, but adopted well elsewhere: it worked there. p3 has no reason at all.
    EXPECT_EQ(ids_of(recommended), (std::vector<std::string>{"p2", "p4", "p1"}));
}


} // namespace
} // namespace rundum
