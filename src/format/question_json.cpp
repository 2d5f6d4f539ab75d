// SPDX-License-Identifier: EUPL-1.2
// Conversion between questions, answers and JSON. Every field is required, as in the rest of
// the export file.
#include "format/question_json.hpp"

#include "format/json_fields.hpp"

namespace rundum::format {

boost::json::object question_to_json(const Question& question)
{
    return json::object{
        {"id", question.id},
        {"city_id", question.city_id},
        {"user_id", question.user_id},
        {"title", question.title},
        {"body", question.body},
        {"topics", to_array(question.topics)},
        {"project_ids", to_array(question.project_ids)},
        {"challenge_slugs", to_array(question.challenge_slugs)},
        {"created_at", question.created_at},
        {"updated_at", question.updated_at},
    };
}

Result<Question> question_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    Question question;
    RUNDUM_TRY(read_texts(fields, {{"id", &question.id},
                                   {"city_id", &question.city_id},
                                   {"user_id", &question.user_id},
                                   {"title", &question.title},
                                   {"body", &question.body},
                                   {"created_at", &question.created_at},
                                   {"updated_at", &question.updated_at}}));
    RUNDUM_TRY_ASSIGN(topics, texts(fields, "topics"));
    question.topics = std::move(topics);
    RUNDUM_TRY_ASSIGN(projects, texts(fields, "project_ids"));
    question.project_ids = std::move(projects);
    RUNDUM_TRY_ASSIGN(challenges, texts(fields, "challenge_slugs"));
    question.challenge_slugs = std::move(challenges);
    return question;
}

boost::json::object answer_to_json(const Answer& answer)
{
    return json::object{
        {"id", answer.id},
        {"question_id", answer.question_id},
        {"city_id", answer.city_id},
        {"user_id", answer.user_id},
        {"body", answer.body},
        {"is_helpful", answer.is_helpful},
        {"created_at", answer.created_at},
        {"updated_at", answer.updated_at},
    };
}

Result<Answer> answer_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    Answer answer;
    RUNDUM_TRY(read_texts(fields, {{"id", &answer.id},
                                   {"question_id", &answer.question_id},
                                   {"city_id", &answer.city_id},
                                   {"user_id", &answer.user_id},
                                   {"body", &answer.body},
                                   {"created_at", &answer.created_at},
                                   {"updated_at", &answer.updated_at}}));
    RUNDUM_TRY_ASSIGN(is_helpful, fields.boolean("is_helpful"));
    answer.is_helpful = is_helpful;
    return answer;
}

} // namespace rundum::format
