// Validation rules for what cities record about learning from each other; error keys are
// catalogue messages.
#include "core/learning_rules.hpp"
#include "core/text_input.hpp"

#include "core/calendar_date.hpp"

#include "core/project_rules.hpp"
#include "core/text.hpp"

namespace rundum {


Result<void> validate_adoption(const Adoption& adoption, std::string_view original_city_id)
{
    if (adoption.city_id.empty()) {
        return fail(ErrorCode::Invalid, "adoption.error.city_missing");
    }
    if (adoption.city_id == original_city_id) {
        return fail(ErrorCode::Invalid, "adoption.error.own_project");
    }
    if (character_count(adoption.adaptations) > MAX_LEARNING_TEXT) {
        return fail(ErrorCode::Invalid, "adoption.error.adaptations_too_long", {std::to_string(MAX_LEARNING_TEXT)});
    }
    if (character_count(adoption.experience) > MAX_LEARNING_TEXT) {
        return fail(ErrorCode::Invalid, "adoption.error.experience_too_long", {std::to_string(MAX_LEARNING_TEXT)});
    }
    if (!adoption.started.empty() && !is_year_or_month(adoption.started)) {
        return fail(ErrorCode::Invalid, "adoption.error.started_invalid", {adoption.started});
    }
    RUNDUM_TRY(check_lines("adaptations", adoption.adaptations, MAX_LEARNING_TEXT));
    RUNDUM_TRY(check_lines("experience", adoption.experience, MAX_LEARNING_TEXT));
    for (const AdoptionUpdate& update : adoption.updates) {
        RUNDUM_TRY(validate_adoption_update(update));
    }
    return {};
}

Result<void> validate_adoption_update(const AdoptionUpdate& update)
{
    if (!is_calendar_date(update.date)) {
        return fail(ErrorCode::Invalid, "adoption.error.update_date_invalid", {update.date});
    }
    if (is_blank_text(update.text)) {
        return fail(ErrorCode::Invalid, "adoption.error.update_missing");
    }
    if (character_count(update.text) > MAX_ADOPTION_UPDATE) {
        return fail(ErrorCode::Invalid, "adoption.error.update_too_long", {std::to_string(MAX_ADOPTION_UPDATE)});
    }
    return check_lines("update_text", update.text, MAX_ADOPTION_UPDATE);
}

Result<void> validate_advice(const Advice& advice)
{
    if (advice.advising_city_id.empty()) {
        return fail(ErrorCode::Invalid, "advice.error.city_missing");
    }
    if (advice.advising_city_id == advice.advised_city_id) {
        return fail(ErrorCode::Invalid, "advice.error.same_city");
    }
    if (character_count(advice.note) > MAX_LEARNING_TEXT) {
        return fail(ErrorCode::Invalid, "advice.error.note_too_long", {std::to_string(MAX_LEARNING_TEXT)});
    }
    if (!advice.year.empty() && !parse_year(advice.year)) {
        return fail(ErrorCode::Invalid, "advice.error.year_invalid", {advice.year});
    }
    return check_lines("note", advice.note, MAX_LEARNING_TEXT);
}

Result<void> validate_interest(const Interest& interest)
{
    if (character_count(interest.note) > MAX_INTEREST_NOTE) {
        return fail(ErrorCode::Invalid, "interest.error.note_too_long", {std::to_string(MAX_INTEREST_NOTE)});
    }
    return check_lines("note", interest.note, MAX_INTEREST_NOTE);
}

} // namespace rundum
