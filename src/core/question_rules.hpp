// SPDX-License-Identifier: EUPL-1.2
// Validation of questions to the network and their answers before anything is stored.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/project.hpp"
#include "core/question.hpp"
#include "core/result.hpp"

namespace rundum {

/// Limits in characters (not bytes), so a text full of umlauts gets the same room.
inline constexpr std::size_t MAX_QUESTION_TITLE = 200;
inline constexpr std::size_t MAX_QUESTION_BODY = 10'000;
inline constexpr std::size_t MAX_ANSWER_BODY = 10'000;
/// Few links keep a question's notifications modest (one per member of a linked city).
inline constexpr std::size_t MAX_QUESTION_PROJECTS = 10;
inline constexpr std::size_t MAX_QUESTION_CHALLENGES = 10;

/// What a question may refer to: the taxonomy, the projects the asker may see, the challenges.
struct QuestionReferences {
    std::vector<Topic> topics;
    std::vector<std::string> visible_project_ids;
    std::vector<std::string> challenge_slugs;
};

/// Checks a question: title present and within its limit, body within its limit, every topic,
/// project (visible to the asker) and challenge known, not too many links. Errors name the
/// field in their key ("question.error.title_missing" ...).
Result<void> validate_question(const Question& question, const QuestionReferences& references);

/// Checks an answer: text present and within MAX_ANSWER_BODY.
Result<void> validate_answer(const Answer& answer);

} // namespace rundum
