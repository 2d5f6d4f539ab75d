// SPDX-License-Identifier: EUPL-1.2
// Questions to the network and their answers in storage, on every backend: links kept in order,
// newest first, helpful answers first, counts, cascades and the change log.
#include <gtest/gtest.h>

#include "store_fixture.hpp"

namespace rundum::store {
namespace {

Question question(const std::string& id, const std::string& title, const std::string& created_at)
{
    Question question;
    question.id = id;
    question.city_id = "city-jena";
    question.user_id = "u-jena";
    question.title = title;
    question.body = "Wir planen **etwas** – „Erfahrungen“?";
    question.created_at = created_at;
    question.updated_at = created_at;
    return question;
}

Answer answer(const std::string& id, const std::string& question_id, const std::string& created_at)
{
    return Answer{id, question_id, "city-leipzig", "u-leipzig", "Ja: bei uns seit 2021.", false, created_at,
                  created_at};
}

class QuestionStoreTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("jena", "Jena"), sample_city("leipzig", "Leipzig")},
                   {sample_project("p-jena-pass", "jena", "Familienpass"),
                    sample_project("p-leipzig-cafe", "leipzig", "Elterncafé")});
        ASSERT_FALSE(HasFatalFailure());
        ASSERT_TRUE(m_store->save_topics({Topic{"bildung", "Bildung", 1}, Topic{"wohnen", "Wohnen", 2}}).has_value());
        Challenge kita;
        kita.slug = "kitaausbau";
        kita.title = "Kitaausbau";
        ASSERT_TRUE(m_store->save_challenge(kita).has_value());
    }
};

TEST_F(QuestionStoreTest, AQuestionKeepsItsTextTopicsAndLinksInOrder)
{
    Question asked = question("q-1", "Hat jemand Erfahrung mit Familienpässen?", "2026-03-01T10:00:00Z");
    asked.topics = {"wohnen", "bildung"};
    asked.project_ids = {"p-leipzig-cafe", "p-jena-pass"};
    asked.challenge_slugs = {"kitaausbau"};
    ASSERT_TRUE(m_store->save_question(asked).has_value());

    auto found = m_store->find_question("q-1");
    ASSERT_TRUE(found.has_value() && found->has_value());
    const Question& stored = **found;
    EXPECT_EQ(stored.title, asked.title);
    EXPECT_EQ(stored.body, asked.body);
    EXPECT_EQ(stored.city_id, "city-jena");
    EXPECT_EQ(stored.user_id, "u-jena");
    EXPECT_EQ(stored.topics, asked.topics);
    EXPECT_EQ(stored.project_ids, asked.project_ids);
    EXPECT_EQ(stored.challenge_slugs, asked.challenge_slugs);
    EXPECT_EQ(stored.created_at, "2026-03-01T10:00:00Z");
    EXPECT_EQ(stored.answer_count, 0);
    EXPECT_FALSE(stored.has_helpful_answer);

    asked.title = "Geändert?";
    asked.topics = {"bildung"};
    asked.project_ids = {};
    asked.updated_at = "2026-03-02T10:00:00Z";
    ASSERT_TRUE(m_store->save_question(asked).has_value());
    const Question changed = m_store->find_question("q-1").value().value();
    EXPECT_EQ(changed.title, "Geändert?");
    EXPECT_EQ(changed.topics, std::vector<std::string>{"bildung"});
    EXPECT_TRUE(changed.project_ids.empty()) << "links are replaced as a whole";
    EXPECT_EQ(changed.updated_at, "2026-03-02T10:00:00Z");
    EXPECT_FALSE(m_store->find_question("q-unknown").value().has_value());
}

TEST_F(QuestionStoreTest, QuestionsAreListedNewestFirstWithTheirAnswerCounts)
{
    ASSERT_TRUE(m_store->save_question(question("q-old", "Alt?", "2026-01-01T00:00:00Z")).has_value());
    ASSERT_TRUE(m_store->save_question(question("q-new", "Neu?", "2026-05-01T00:00:00Z")).has_value());
    ASSERT_TRUE(m_store->save_question(question("q-mid", "Mitte?", "2026-03-01T00:00:00Z")).has_value());
    ASSERT_TRUE(m_store->save_answer(answer("a-1", "q-mid", "2026-03-02T00:00:00Z")).has_value());
    Answer helpful = answer("a-2", "q-mid", "2026-03-03T00:00:00Z");
    helpful.is_helpful = true;
    ASSERT_TRUE(m_store->save_answer(helpful).has_value());
    ASSERT_TRUE(m_store->save_answer(answer("a-3", "q-old", "2026-01-02T00:00:00Z")).has_value());

    auto listed = m_store->list_questions();
    ASSERT_TRUE(listed.has_value());
    ASSERT_EQ(listed->size(), 3u);
    EXPECT_EQ((*listed)[0].id, "q-new");
    EXPECT_EQ((*listed)[1].id, "q-mid");
    EXPECT_EQ((*listed)[2].id, "q-old");
    EXPECT_EQ((*listed)[0].answer_count, 0);
    EXPECT_EQ((*listed)[1].answer_count, 2);
    EXPECT_TRUE((*listed)[1].has_helpful_answer);
    EXPECT_EQ((*listed)[2].answer_count, 1);
    EXPECT_FALSE((*listed)[2].has_helpful_answer);
}

TEST_F(QuestionStoreTest, HelpfulAnswersComeFirstThenTheOldest)
{
    ASSERT_TRUE(m_store->save_question(question("q-1", "Frage?", "2026-03-01T00:00:00Z")).has_value());
    ASSERT_TRUE(m_store->save_answer(answer("a-first", "q-1", "2026-03-02T00:00:00Z")).has_value());
    ASSERT_TRUE(m_store->save_answer(answer("a-second", "q-1", "2026-03-03T00:00:00Z")).has_value());
    ASSERT_TRUE(m_store->save_answer(answer("a-third", "q-1", "2026-03-04T00:00:00Z")).has_value());
    Answer marked = m_store->find_answer("a-third").value().value();
    marked.is_helpful = true;
    ASSERT_TRUE(m_store->save_answer(marked).has_value());

    auto answers = m_store->answers("q-1");
    ASSERT_TRUE(answers.has_value());
    ASSERT_EQ(answers->size(), 3u);
    EXPECT_EQ((*answers)[0].id, "a-third");
    EXPECT_TRUE((*answers)[0].is_helpful);
    EXPECT_EQ((*answers)[1].id, "a-first");
    EXPECT_EQ((*answers)[2].id, "a-second");
    EXPECT_EQ((*answers)[1].body, "Ja: bei uns seit 2021.");
    EXPECT_EQ((*answers)[1].user_id, "u-leipzig");
    EXPECT_EQ((*answers)[1].city_id, "city-leipzig");
}

TEST_F(QuestionStoreTest, AnAnswerNeedsItsQuestionAndDeletingSaysWhenNothingIsThere)
{
    auto orphan = m_store->save_answer(answer("a-1", "q-missing", "2026-03-02T00:00:00Z"));
    ASSERT_FALSE(orphan.has_value());
    EXPECT_EQ(orphan.error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_store->delete_answer("a-missing").error().code, ErrorCode::NotFound);
    EXPECT_EQ(m_store->delete_question("q-missing").error().code, ErrorCode::NotFound);
}

TEST_F(QuestionStoreTest, DeletingAQuestionRemovesItsAnswersAndLinks)
{
    Question asked = question("q-1", "Frage?", "2026-03-01T00:00:00Z");
    asked.topics = {"bildung"};
    asked.project_ids = {"p-jena-pass"};
    asked.challenge_slugs = {"kitaausbau"};
    ASSERT_TRUE(m_store->save_question(asked).has_value());
    ASSERT_TRUE(m_store->save_answer(answer("a-1", "q-1", "2026-03-02T00:00:00Z")).has_value());
    ASSERT_TRUE(m_store->delete_question("q-1").has_value());
    EXPECT_FALSE(m_store->find_question("q-1").value().has_value());
    EXPECT_FALSE(m_store->find_answer("a-1").value().has_value()) << "answers go with their question";
    EXPECT_TRUE(m_store->answers("q-1").value().empty());
    // The same id can be asked again without left-over links.
    ASSERT_TRUE(m_store->save_question(question("q-1", "Wieder?", "2026-04-01T00:00:00Z")).has_value());
    const Question again = m_store->find_question("q-1").value().value();
    EXPECT_TRUE(again.topics.empty());
    EXPECT_TRUE(again.project_ids.empty());
    EXPECT_TRUE(again.challenge_slugs.empty());
    EXPECT_EQ(again.answer_count, 0);
}

TEST_F(QuestionStoreTest, DeletingALinkedProjectTopicOrChallengeDropsOnlyTheLink)
{
    Question asked = question("q-1", "Frage?", "2026-03-01T00:00:00Z");
    asked.topics = {"bildung", "wohnen"};
    asked.project_ids = {"p-jena-pass", "p-leipzig-cafe"};
    asked.challenge_slugs = {"kitaausbau"};
    ASSERT_TRUE(m_store->save_question(asked).has_value());
    ASSERT_TRUE(m_store->delete_project("p-jena-pass").has_value());
    ASSERT_TRUE(m_store->delete_challenge("kitaausbau").has_value());
    ASSERT_TRUE(m_store->save_topics({Topic{"wohnen", "Wohnen", 1}}).has_value());
    const Question left = m_store->find_question("q-1").value().value();
    EXPECT_EQ(left.project_ids, std::vector<std::string>{"p-leipzig-cafe"});
    EXPECT_TRUE(left.challenge_slugs.empty());
    EXPECT_EQ(left.topics, std::vector<std::string>{"wohnen"});
}

TEST_F(QuestionStoreTest, EveryWriteIsLoggedAsAChangeOfItsQuestion)
{
    const auto last_change = [&] {
        const auto changes = m_store->changes_since(0, 10'000).value();
        return changes.empty() ? std::string() : changes.back().what;
    };
    ASSERT_TRUE(m_store->save_question(question("q-1", "Frage?", "2026-03-01T00:00:00Z")).has_value());
    EXPECT_EQ(last_change(), "question q-1");
    ASSERT_TRUE(m_store->save_topics({Topic{"bildung", "Bildung", 1}}).has_value());
    ASSERT_TRUE(m_store->save_answer(answer("a-1", "q-1", "2026-03-02T00:00:00Z")).has_value());
    EXPECT_EQ(last_change(), "question q-1") << "an answer changes its question's search document";
    ASSERT_TRUE(m_store->save_topics({Topic{"bildung", "Bildung", 1}}).has_value());
    ASSERT_TRUE(m_store->delete_answer("a-1").has_value());
    EXPECT_EQ(last_change(), "question q-1");
    ASSERT_TRUE(m_store->save_topics({Topic{"bildung", "Bildung", 1}}).has_value());
    ASSERT_TRUE(m_store->delete_question("q-1").has_value());
    EXPECT_EQ(last_change(), "question q-1");
}

} // namespace
} // namespace rundum::store
