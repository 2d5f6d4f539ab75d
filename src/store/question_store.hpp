// SPDX-License-Identifier: EUPL-1.2
// Questions to the network in the store, with their answers.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/question.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// Questions to the network and their answers.
class QuestionStore {
public:
    virtual ~QuestionStore() = default;

    /// Every question, newest first, with its topics and links, answer_count and
    /// has_helpful_answer.
    virtual Result<std::vector<Question>> list_questions() = 0;
    /// One question with its topics, links and answer counts, or nullopt.
    virtual Result<std::optional<Question>> find_question(std::string_view id) = 0;
    /// Stores a question's new state (inserted or replaced) with its topics and links, in one
    /// transaction.
    virtual Result<void> save_question(const Question& question) = 0;
    /// Removes a question with its answers and links. NotFound if there is none.
    virtual Result<void> delete_question(std::string_view id) = 0;
    /// A question's answers: helpful ones first, then oldest first.
    virtual Result<std::vector<Answer>> answers(std::string_view question_id) = 0;
    virtual Result<std::optional<Answer>> find_answer(std::string_view id) = 0;
    /// Stores an answer's new state (inserted or replaced). NotFound if its question is gone.
    virtual Result<void> save_answer(const Answer& answer) = 0;
    /// NotFound if there is none.
    virtual Result<void> delete_answer(std::string_view id) = 0;
};

} // namespace rundum::store
