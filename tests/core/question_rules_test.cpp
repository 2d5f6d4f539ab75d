// SPDX-License-Identifier: EUPL-1.2
// Validation of questions to the network and their answers.
#include <gtest/gtest.h>

#include "core/question_rules.hpp"

namespace rundum {
namespace {

QuestionReferences references()
{
    return QuestionReferences{{Topic{"bildung", "Bildung", 1}, Topic{"wohnen", "Wohnen", 2}},
                              {"p-jena-familienpass", "p-leipzig-elterncafe"},
                              {"kitaausbau"}};
}

Question valid_question()
{
    Question question;
    question.id = "q-1";
    question.user_id = "u-jena";
    question.title = "Hat jemand Erfahrung mit Familienpässen?";
    question.body = "Wir planen einen **Familienpass**.";
    question.topics = {"bildung"};
    question.project_ids = {"p-jena-familienpass"};
    question.challenge_slugs = {"kitaausbau"};
    return question;
}

std::string error_key(const Result<void>& result)
{
    return result ? std::string("ok") : result.error().key;
}

TEST(QuestionRules, AValidQuestionPasses)
{
    EXPECT_EQ(error_key(validate_question(valid_question(), references())), "ok");
    Question bare;
    bare.title = "Nur ein Titel?";
    EXPECT_EQ(error_key(validate_question(bare, references())), "ok") << "text and links are optional";
}

TEST(QuestionRules, TheTitleIsRequiredAndLimitedInCharacters)
{
    Question question = valid_question();
    question.title = " \n\t";
    EXPECT_EQ(error_key(validate_question(question, references())), "question.error.title_missing");
    question.title = std::string(MAX_QUESTION_TITLE, 'a');
    EXPECT_EQ(error_key(validate_question(question, references())), "ok");
    question.title = "";
    for (std::size_t i = 0; i < MAX_QUESTION_TITLE; ++i) {
        question.title += "ü"; // two bytes, one character
    }
    EXPECT_EQ(error_key(validate_question(question, references())), "ok");
    question.title += "x";
    EXPECT_EQ(error_key(validate_question(question, references())), "question.error.title_too_long");
}

TEST(QuestionRules, TheTextIsLimited)
{
    Question question = valid_question();
    question.body = std::string(MAX_QUESTION_BODY + 1, 'a');
    EXPECT_EQ(error_key(validate_question(question, references())), "question.error.body_too_long");
}

TEST(QuestionRules, TopicsProjectsAndChallengesMustBeKnown)
{
    Question question = valid_question();
    question.topics = {"bildung", "gibt-es-nicht"};
    const auto topic = validate_question(question, references());
    ASSERT_FALSE(topic);
    EXPECT_EQ(topic.error().key, "question.error.topic_unknown");
    EXPECT_EQ(topic.error().args, std::vector<std::string>{"gibt-es-nicht"});

    question = valid_question();
    question.project_ids = {"p-hannover-nur-fuer-mitglieder"};
    EXPECT_EQ(error_key(validate_question(question, references())), "question.error.project_unknown")
        << "a project the asker may not see is treated as unknown";

    question = valid_question();
    question.challenge_slugs = {"wohnungsmarkt"};
    EXPECT_EQ(error_key(validate_question(question, references())), "question.error.challenge_unknown");
}

TEST(QuestionRules, TheNumberOfLinksIsLimited)
{
    QuestionReferences many = references();
    Question question = valid_question();
    question.project_ids.clear();
    for (std::size_t i = 0; i <= MAX_QUESTION_PROJECTS; ++i) {
        many.visible_project_ids.push_back("p-" + std::to_string(i));
        question.project_ids.push_back("p-" + std::to_string(i));
    }
    EXPECT_EQ(error_key(validate_question(question, many)), "question.error.too_many_projects");
    question.project_ids.pop_back();
    EXPECT_EQ(error_key(validate_question(question, many)), "ok");

    question.challenge_slugs.clear();
    for (std::size_t i = 0; i <= MAX_QUESTION_CHALLENGES; ++i) {
        many.challenge_slugs.push_back("c-" + std::to_string(i));
        question.challenge_slugs.push_back("c-" + std::to_string(i));
    }
    EXPECT_EQ(error_key(validate_question(question, many)), "question.error.too_many_challenges");
}

TEST(QuestionRules, AnAnswerNeedsTextWithinItsLimit)
{
    Answer answer;
    answer.body = "Ja, in Leipzig seit 2021.";
    EXPECT_EQ(error_key(validate_answer(answer)), "ok");
    answer.body = "  \r\n ";
    EXPECT_EQ(error_key(validate_answer(answer)), "question.error.answer_missing");
    answer.body = std::string(MAX_ANSWER_BODY + 1, 'a');
    EXPECT_EQ(error_key(validate_answer(answer)), "question.error.answer_too_long");
}

} // namespace
} // namespace rundum
