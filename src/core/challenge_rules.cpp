// SPDX-License-Identifier: EUPL-1.2
// Validation rules for challenges and approaches; error keys are catalogue messages.
#include "core/challenge_rules.hpp"
#include "core/text_input.hpp"

#include <string>

#include "core/city_rules.hpp"
#include "core/text.hpp"

namespace rundum {

namespace {

// Paths below /herausforderungen/ that are pages, not challenges.
bool is_reserved_slug(std::string_view slug)
{
    return slug == "neu";
}

} // namespace

Result<void> validate_challenge(const Challenge& challenge, const std::vector<Challenge>& existing,
                                bool is_new)
{
    if (is_blank_text(challenge.title)) {
        return fail(ErrorCode::Invalid, "challenge.error.title_missing");
    }
    RUNDUM_TRY(check_length(challenge.title, MAX_CHALLENGE_TITLE, "challenge.error.title_too_long"));
    if (!is_valid_slug(challenge.slug) || is_reserved_slug(challenge.slug)) {
        return fail(ErrorCode::Invalid, "challenge.error.slug_invalid", {challenge.slug});
    }
    if (is_new) {
        for (const Challenge& other : existing) {
            if (other.slug == challenge.slug) {
                return fail(ErrorCode::Conflict, "challenge.error.slug_taken", {challenge.slug});
            }
        }
    }
    RUNDUM_TRY(check_length(challenge.description, MAX_CHALLENGE_DESCRIPTION, "challenge.error.description_too_long"));
    if (challenge.open_questions.size() > MAX_CHALLENGE_QUESTIONS) {
        return fail(ErrorCode::Invalid, "challenge.error.too_many_questions",
                    {std::to_string(MAX_CHALLENGE_QUESTIONS)});
    }
    for (const std::string& question : challenge.open_questions) {
        RUNDUM_TRY(check_length(question, MAX_CHALLENGE_QUESTION, "challenge.error.question_too_long"));
    }
    if (challenge.position < 0 || challenge.position > MAX_CHALLENGE_POSITION) {
        return fail(ErrorCode::Invalid, "challenge.error.position_invalid",
                    {std::to_string(MAX_CHALLENGE_POSITION)});
    }
    RUNDUM_TRY(check_line("title", challenge.title, MAX_CHALLENGE_TITLE));
    RUNDUM_TRY(check_lines("description", challenge.description, MAX_CHALLENGE_DESCRIPTION));
    return check_line_items("open_questions", challenge.open_questions, MAX_CHALLENGE_QUESTION);
}

Result<void> validate_approach(const ChallengeApproach& approach)
{
    RUNDUM_TRY(check_length(approach.text, MAX_APPROACH_TEXT, "challenge.error.approach_too_long"));
    return check_lines("text", approach.text, MAX_APPROACH_TEXT);
}

} // namespace rundum
