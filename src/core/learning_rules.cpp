// Validation rules for what cities record about learning from each other; error keys are
// catalogue messages.
#include "core/learning_rules.hpp"
#include "core/text_input.hpp"

#include "core/project_rules.hpp"
#include "core/text.hpp"

namespace rundum {

namespace {

bool all_digits(std::string_view text)
{
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

int number_of(std::string_view digits)
{
    int value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

// "2025-02-28": a day that exists (29 February only in leap years).
bool is_calendar_date(std::string_view date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-' || !all_digits(date.substr(0, 4)) ||
        !all_digits(date.substr(5, 2)) || !all_digits(date.substr(8, 2))) {
        return false;
    }
    const int year = number_of(date.substr(0, 4));
    const int month = number_of(date.substr(5, 2));
    const int day = number_of(date.substr(8, 2));
    if (month < 1 || month > 12 || day < 1) {
        return false;
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    constexpr int DAYS[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return day <= DAYS[month - 1] + (month == 2 && leap ? 1 : 0);
}

} // namespace

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
    if (!advice.year.empty() && (advice.year.size() != 4 || !all_digits(advice.year))) {
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
