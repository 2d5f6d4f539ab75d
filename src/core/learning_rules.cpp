// SPDX-License-Identifier: EUPL-1.2
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
    RUNDUM_TRY(check_length(adoption.adaptations, MAX_LEARNING_TEXT, "adoption.error.adaptations_too_long"));
    RUNDUM_TRY(check_length(adoption.experience, MAX_LEARNING_TEXT, "adoption.error.experience_too_long"));
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
    RUNDUM_TRY(check_length(update.text, MAX_ADOPTION_UPDATE, "adoption.error.update_too_long"));
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
    RUNDUM_TRY(check_length(advice.note, MAX_LEARNING_TEXT, "advice.error.note_too_long"));
    if (!advice.year.empty() && !parse_year(advice.year)) {
        return fail(ErrorCode::Invalid, "advice.error.year_invalid", {advice.year});
    }
    return check_lines("note", advice.note, MAX_LEARNING_TEXT);
}

Result<void> validate_interest(const Interest& interest)
{
    RUNDUM_TRY(check_length(interest.note, MAX_INTEREST_NOTE, "interest.error.note_too_long"));
    return check_lines("note", interest.note, MAX_INTEREST_NOTE);
}

} // namespace rundum
