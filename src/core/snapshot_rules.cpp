// SPDX-License-Identifier: EUPL-1.2
// Rules for the learning records, challenges and indicator values of a snapshot; error keys are
// catalogue messages ("error.snapshot.*").
#include "core/snapshot_rules.hpp"

#include <cmath>
#include <map>
#include <set>
#include <string>

#include "core/calendar_date.hpp"
#include "core/city_rules.hpp"
#include "core/text.hpp"

namespace rundum {

namespace {

// "2024", a year the network can have records of.
bool is_year_in_range(std::string_view text)
{
    const auto year = parse_year(text);
    return year && is_year_between(*year, EARLIEST_YEAR, LATEST_YEAR);
}

// "2024" or "2024-03" of a year the network can have records of.
bool is_year_or_month_in_range(std::string_view text)
{
    return is_year_or_month(text) && is_year_in_range(text.substr(0, 4));
}

// "2024-03-31": a real day of a year the network can have records of.
bool is_day(std::string_view text)
{
    const auto date = parse_date(text);
    return date && is_year_between(date->year(), EARLIEST_YEAR, LATEST_YEAR);
}

Result<void> validate_adoptions(const NetworkSnapshot& snapshot, const std::set<std::string>& cities,
                                const std::map<std::string, std::string>& project_city)
{
    std::set<std::string> ids;
    for (const Adoption& adoption : snapshot.adoptions) {
        if (!is_valid_id(adoption.id) || !ids.insert(adoption.id).second) {
            return fail(ErrorCode::Invalid, "error.snapshot.adoption_id_invalid", {adoption.id});
        }
        const auto original = project_city.find(adoption.original_project_id);
        if (original == project_city.end()) {
            return fail(ErrorCode::Invalid, "error.snapshot.adoption_project_unknown",
                        {adoption.id, adoption.original_project_id});
        }
        if (!cities.contains(adoption.city_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.adoption_city_unknown", {adoption.id, adoption.city_id});
        }
        if (original->second == adoption.city_id) {
            return fail(ErrorCode::Invalid, "error.snapshot.adoption_of_own_project", {adoption.id});
        }
        if (!adoption.project_id.empty()) {
            const auto own = project_city.find(adoption.project_id);
            if (own == project_city.end()) {
                return fail(ErrorCode::Invalid, "error.snapshot.adoption_project_unknown",
                            {adoption.id, adoption.project_id});
            }
            if (own->second != adoption.city_id) {
                return fail(ErrorCode::Invalid, "error.snapshot.adoption_own_project_of_other_city",
                            {adoption.id, adoption.project_id});
            }
        }
        if (!adoption.started.empty() && !is_year_or_month_in_range(adoption.started)) {
            return fail(ErrorCode::Invalid, "error.snapshot.adoption_started_invalid", {adoption.id, adoption.started});
        }
        for (const AdoptionUpdate& update : adoption.updates) {
            if (!is_day(update.date) || is_blank_text(update.text)) {
                return fail(ErrorCode::Invalid, "error.snapshot.adoption_update_invalid", {adoption.id});
            }
        }
    }
    return {};
}

Result<void> validate_advice(const NetworkSnapshot& snapshot, const std::set<std::string>& cities,
                             const std::map<std::string, std::string>& project_city)
{
    std::set<std::string> ids;
    for (const Advice& advice : snapshot.advice) {
        if (!is_valid_id(advice.id) || !ids.insert(advice.id).second) {
            return fail(ErrorCode::Invalid, "error.snapshot.advice_id_invalid", {advice.id});
        }
        const auto project = project_city.find(advice.project_id);
        if (project == project_city.end()) {
            return fail(ErrorCode::Invalid, "error.snapshot.advice_project_unknown", {advice.id, advice.project_id});
        }
        for (const std::string* city : {&advice.advising_city_id, &advice.advised_city_id}) {
            if (!cities.contains(*city)) {
                return fail(ErrorCode::Invalid, "error.snapshot.advice_city_unknown", {advice.id, *city});
            }
        }
        if (project->second != advice.advised_city_id) {
            return fail(ErrorCode::Invalid, "error.snapshot.advice_city_mismatch", {advice.id, advice.project_id});
        }
        if (advice.advising_city_id == advice.advised_city_id) {
            return fail(ErrorCode::Invalid, "error.snapshot.advice_same_city", {advice.id});
        }
        if (!advice.year.empty() && !is_year_in_range(advice.year)) {
            return fail(ErrorCode::Invalid, "error.snapshot.advice_year_invalid",
                        {advice.id, std::to_string(EARLIEST_YEAR), std::to_string(LATEST_YEAR)});
        }
    }
    return {};
}

Result<void> validate_challenges(const NetworkSnapshot& snapshot, const std::set<std::string>& cities,
                                 const std::map<std::string, std::string>& project_city)
{
    std::set<std::string> slugs;
    for (const Challenge& challenge : snapshot.challenges) {
        if (!is_valid_slug(challenge.slug)) {
            return fail(ErrorCode::Invalid, "error.snapshot.challenge_slug_invalid", {challenge.slug});
        }
        if (!slugs.insert(challenge.slug).second) {
            return fail(ErrorCode::Conflict, "error.snapshot.challenge_duplicate", {challenge.slug});
        }
        if (is_blank_text(challenge.title)) {
            return fail(ErrorCode::Invalid, "error.snapshot.challenge_title_missing", {challenge.slug});
        }
        // Stored one per line: a question must be one non-blank line to come back as it was.
        for (const std::string& question : challenge.open_questions) {
            if (is_blank_text(question) || question.find_first_of("\r\n") != std::string::npos) {
                return fail(ErrorCode::Invalid, "error.snapshot.challenge_question_invalid", {challenge.title});
            }
        }
        std::set<std::string> linked;
        for (const std::string& project_id : challenge.project_ids) {
            if (!project_city.contains(project_id) || !linked.insert(project_id).second) {
                return fail(ErrorCode::Invalid, "error.snapshot.challenge_project_unknown",
                            {challenge.title, project_id});
            }
        }
    }
    std::set<std::pair<std::string, std::string>> approached;
    for (const ChallengeApproach& approach : snapshot.approaches) {
        if (!slugs.contains(approach.challenge_slug)) {
            return fail(ErrorCode::Invalid, "error.snapshot.approach_challenge_unknown", {approach.challenge_slug});
        }
        if (!cities.contains(approach.city_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.approach_city_unknown",
                        {approach.challenge_slug, approach.city_id});
        }
        if (!approached.emplace(approach.challenge_slug, approach.city_id).second) {
            return fail(ErrorCode::Conflict, "error.snapshot.approach_duplicate",
                        {approach.challenge_slug, approach.city_id});
        }
        if (is_blank_text(approach.text)) {
            return fail(ErrorCode::Invalid, "error.snapshot.approach_text_missing",
                        {approach.challenge_slug, approach.city_id});
        }
    }
    return {};
}

Result<void> validate_indicator_values(const NetworkSnapshot& snapshot, const std::set<std::string>& cities)
{
    std::set<std::pair<std::string, std::string>> known;
    for (const IndicatorValue& value : snapshot.indicator_values) {
        if (!cities.contains(value.city_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.indicator_city_unknown", {value.city_id});
        }
        if (find_indicator(value.indicator) == nullptr) {
            return fail(ErrorCode::Invalid, "error.snapshot.indicator_unknown", {value.indicator, value.city_id});
        }
        if (!known.emplace(value.city_id, value.indicator).second) {
            return fail(ErrorCode::Conflict, "error.snapshot.indicator_duplicate", {value.indicator, value.city_id});
        }
        if (!std::isfinite(value.value)) {
            return fail(ErrorCode::Invalid, "error.snapshot.indicator_value_invalid", {value.indicator, value.city_id});
        }
        if (value.year < EARLIEST_YEAR || value.year > LATEST_YEAR) {
            return fail(ErrorCode::Invalid, "error.snapshot.indicator_year_invalid",
                        {value.indicator, value.city_id, std::to_string(EARLIEST_YEAR), std::to_string(LATEST_YEAR)});
        }
        if (is_blank_text(value.source)) {
            return fail(ErrorCode::Invalid, "error.snapshot.indicator_source_missing", {value.indicator, value.city_id});
        }
    }
    return {};
}

} // namespace

Result<void> validate_snapshot_learning(const NetworkSnapshot& snapshot)
{
    std::set<std::string> cities;
    for (const City& city : snapshot.cities) {
        cities.insert(city.id);
    }
    std::map<std::string, std::string> project_city; // project id -> its city id
    for (const Project& project : snapshot.projects) {
        project_city.emplace(project.id, project.city_id);
    }
    RUNDUM_TRY(validate_adoptions(snapshot, cities, project_city));
    RUNDUM_TRY(validate_advice(snapshot, cities, project_city));
    RUNDUM_TRY(validate_challenges(snapshot, cities, project_city));
    return validate_indicator_values(snapshot, cities);
}

} // namespace rundum
