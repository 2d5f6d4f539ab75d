// SPDX-License-Identifier: EUPL-1.2
// Validation rules for questions and answers; error keys are catalogue messages.
#include "core/question_rules.hpp"
#include "core/text_input.hpp"

#include <algorithm>
#include <string_view>

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace rundum {

namespace {

bool contains(const std::vector<std::string>& values, const std::string& value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

Result<void> validate_question(const Question& question, const QuestionReferences& references)
{
    if (is_blank_text(question.title)) {
        return fail(ErrorCode::Invalid, "question.error.title_missing");
    }
    RUNDUM_TRY(check_length(question.title, MAX_QUESTION_TITLE, "question.error.title_too_long"));
    RUNDUM_TRY(check_length(question.body, MAX_QUESTION_BODY, "question.error.body_too_long"));
    for (const std::string& slug : question.topics) {
        const bool known = std::any_of(references.topics.begin(), references.topics.end(),
                                       [&](const Topic& topic) { return topic.slug == slug; });
        if (!known) {
            return fail(ErrorCode::Invalid, "question.error.topic_unknown", {slug});
        }
    }
    if (question.project_ids.size() > MAX_QUESTION_PROJECTS) {
        return fail(ErrorCode::Invalid, "question.error.too_many_projects", {std::to_string(MAX_QUESTION_PROJECTS)});
    }
    for (const std::string& id : question.project_ids) {
        // An invisible project is reported like a missing one: its existence is not told.
        if (!contains(references.visible_project_ids, id)) {
            return fail(ErrorCode::Invalid, "question.error.project_unknown", {id});
        }
    }
    if (question.challenge_slugs.size() > MAX_QUESTION_CHALLENGES) {
        return fail(ErrorCode::Invalid, "question.error.too_many_challenges",
                    {std::to_string(MAX_QUESTION_CHALLENGES)});
    }
    for (const std::string& slug : question.challenge_slugs) {
        if (!contains(references.challenge_slugs, slug)) {
            return fail(ErrorCode::Invalid, "question.error.challenge_unknown", {slug});
        }
    }
    RUNDUM_TRY(check_line("title", question.title, MAX_QUESTION_TITLE));
    return check_lines("body", question.body, MAX_QUESTION_BODY);
}

Result<void> validate_answer(const Answer& answer)
{
    if (is_blank_text(answer.body)) {
        return fail(ErrorCode::Invalid, "question.error.answer_missing");
    }
    RUNDUM_TRY(check_length(answer.body, MAX_ANSWER_BODY, "question.error.answer_too_long"));
    return check_lines("body", answer.body, MAX_ANSWER_BODY);
}

} // namespace rundum
