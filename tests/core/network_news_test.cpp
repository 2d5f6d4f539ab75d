// SPDX-License-Identifier: EUPL-1.2
// "Neu seit dem letzten Treffen": which meeting counts as the last one, and what is new since.
#include "core/network_news.hpp"

#include <gtest/gtest.h>

namespace rundum {
namespace {

Meeting meeting(std::string id, std::string starts_at, bool cancelled = false)
{
    Meeting out;
    out.id = std::move(id);
    out.starts_at = std::move(starts_at);
    out.is_cancelled = cancelled;
    return out;
}

Project project(std::string id, std::string created_at, std::string updated_at)
{
    Project out;
    out.id = std::move(id);
    out.created_at = std::move(created_at);
    out.updated_at = std::move(updated_at);
    return out;
}

template <typename Record>
std::vector<std::string> ids(const std::vector<Record>& records)
{
    std::vector<std::string> out;
    for (const Record& record : records) {
        out.push_back(record.id);
    }
    return out;
}

TEST(NetworkNews, TheLastMeetingIsTheLatestThatTookPlaceAndWasNotCancelled)
{
    const std::vector<Meeting> meetings = {
        meeting("spring", "2027-03-18T10:00"),
        meeting("autumn", "2027-10-07T10:00"),
        meeting("summer-cancelled", "2027-06-10T10:00", true),
        meeting("winter", "2028-01-20T10:00"),
    };
    ASSERT_NE(last_meeting(meetings, "2027-08-01T09:00"), nullptr);
    EXPECT_EQ(last_meeting(meetings, "2027-08-01T09:00")->id, "spring") << "the cancelled one in between is skipped";
    EXPECT_EQ(last_meeting(meetings, "2027-10-07T10:00")->id, "autumn") << "a meeting counts once it started";
    EXPECT_EQ(last_meeting(meetings, "2027-03-18T09:59"), nullptr) << "none took place yet";

    ASSERT_NE(next_meeting(meetings, "2027-03-18T10:00"), nullptr);
    EXPECT_EQ(next_meeting(meetings, "2027-03-18T10:00")->id, "autumn") << "the cancelled one is no next meeting";
    EXPECT_EQ(next_meeting(meetings, "2028-01-20T10:00"), nullptr) << "none after the last";
}

TEST(NetworkNews, NewAndChangedProjectsAreApartAndNewestFirst)
{
    NewsSources sources;
    sources.projects = {
        project("old-untouched", "2026-01-01T09:00:00Z", "2026-02-01T09:00:00Z"),
        project("old-changed", "2026-01-01T09:00:00Z", "2027-04-02T09:00:00Z"),
        project("new-early", "2027-03-20T09:00:00Z", "2027-03-20T09:00:00Z"),
        project("new-late", "2027-05-01T09:00:00Z", "2027-05-01T09:00:00Z"),
        project("at-the-start", "2027-03-18T09:00:00Z", "2027-03-18T09:00:00Z"),
    };
    const NetworkNews news = news_since(sources, "2027-03-18T09:00:00Z");
    EXPECT_EQ(ids(news.new_projects), (std::vector<std::string>{"new-late", "new-early", "at-the-start"}))
        << "the window includes its first second";
    EXPECT_EQ(ids(news.changed_projects), (std::vector<std::string>{"old-changed"}));
    EXPECT_FALSE(news.is_empty());
}

TEST(NetworkNews, QuestionsAskedSinceAndOlderQuestionsWithNewAnswers)
{
    NewsSources sources;
    sources.questions = {
        Question{"q-new", "jena", "u1", "Neu?", "", {}, {}, {}, "2027-04-01T08:00:00Z", "2027-04-01T08:00:00Z"},
        Question{"q-old-answered", "hamm", "u2", "Alt?", "", {}, {}, {}, "2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z"},
        Question{"q-old-quiet", "essen", "u3", "Still?", "", {}, {}, {}, "2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z"},
        Question{"q-old-recent", "essen", "u3", "Auch?", "", {}, {}, {}, "2026-11-01T08:00:00Z", "2026-11-01T08:00:00Z"},
    };
    sources.answers = {
        Answer{"a1", "q-old-answered", "jena", "u1", "Ja.", false, "2027-04-02T08:00:00Z", ""},
        Answer{"a2", "q-old-answered", "essen", "u3", "Auch.", false, "2027-04-03T08:00:00Z", ""},
        Answer{"a3", "q-old-quiet", "jena", "u1", "Früher.", false, "2027-01-03T08:00:00Z", ""},
        Answer{"a4", "q-new", "hamm", "u2", "Zum Neuen.", false, "2027-04-05T08:00:00Z", ""},
        Answer{"a5", "q-old-recent", "hamm", "u2", "Zuletzt.", false, "2027-04-09T08:00:00Z", ""},
    };
    const NetworkNews news = news_since(sources, "2027-03-18T09:00:00Z");
    EXPECT_EQ(ids(news.new_questions), (std::vector<std::string>{"q-new"}));
    ASSERT_EQ(news.answered_questions.size(), 2U) << "a new question's answers do not list it twice";
    EXPECT_EQ(news.answered_questions[0].question.id, "q-old-recent") << "the latest answer first";
    EXPECT_EQ(news.answered_questions[0].new_answers, 1);
    EXPECT_EQ(news.answered_questions[1].question.id, "q-old-answered");
    EXPECT_EQ(news.answered_questions[1].new_answers, 2);
}

TEST(NetworkNews, AdoptionsAdviceApproachesAndPilotsInTheWindow)
{
    NewsSources sources;
    Adoption adoption_before;
    adoption_before.id = "ad-before";
    adoption_before.created_at = "2027-01-01T08:00:00Z";
    Adoption adoption_after = adoption_before;
    adoption_after.id = "ad-after";
    adoption_after.created_at = "2027-03-19T08:00:00Z";
    sources.adoptions = {adoption_before, adoption_after};
    sources.advice = {Advice{"adv-after", "p", "leipzig", "muenchen", "", "", "2027-03-30T08:00:00Z"},
                      Advice{"adv-before", "p", "leipzig", "muenchen", "", "", "2027-03-01T08:00:00Z"}};
    sources.approaches = {ChallengeApproach{"wohnen", "jena", "Text", "2027-03-25T08:00:00Z", "Anna"},
                          ChallengeApproach{"kita", "jena", "Text", "2027-02-25T08:00:00Z", "Anna"}};
    PilotProject pilot;
    pilot.id = "pl-1";
    pilot.updated_at = "2027-04-01T08:00:00Z";
    PilotProject quiet_pilot = pilot;
    quiet_pilot.id = "pl-2";
    quiet_pilot.updated_at = "2027-01-01T08:00:00Z";
    sources.pilots = {quiet_pilot, pilot};

    const NetworkNews news = news_since(sources, "2027-03-18T09:00:00Z");
    EXPECT_EQ(ids(news.adoptions), (std::vector<std::string>{"ad-after"}));
    EXPECT_EQ(ids(news.advice), (std::vector<std::string>{"adv-after"}));
    ASSERT_EQ(news.approaches.size(), 1U);
    EXPECT_EQ(news.approaches[0].challenge_slug, "wohnen");
    EXPECT_EQ(ids(news.pilots), (std::vector<std::string>{"pl-1"}));
}

TEST(NetworkNews, NothingNewIsEmpty)
{
    NewsSources sources;
    sources.projects = {project("old", "2026-01-01T09:00:00Z", "2026-01-01T09:00:00Z")};
    const NetworkNews news = news_since(sources, "2027-03-18T09:00:00Z");
    EXPECT_TRUE(news.is_empty());
    EXPECT_TRUE(news.new_projects.empty());
}

} // namespace
} // namespace rundum
