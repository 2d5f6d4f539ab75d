// SPDX-License-Identifier: EUPL-1.2
// Conversion between the learning records, challenges and indicator values and JSON. Every field
// is required, as in the rest of the export file: the file is written by rundum.
#include "format/learning_json.hpp"

#include "format/json_fields.hpp"

namespace rundum::format {

boost::json::object adoption_to_json(const Adoption& adoption)
{
    json::array updates;
    for (const AdoptionUpdate& update : adoption.updates) {
        updates.emplace_back(json::object{{"date", update.date}, {"text", update.text}});
    }
    return json::object{
        {"id", adoption.id},
        {"original_project_id", adoption.original_project_id},
        {"city_id", adoption.city_id},
        {"project_id", adoption.project_id},
        {"adaptations", adoption.adaptations},
        {"experience", adoption.experience},
        {"outcome", outcome_key(adoption.outcome)},
        {"started", adoption.started},
        {"updates", std::move(updates)},
        {"created_at", adoption.created_at},
        {"updated_at", adoption.updated_at},
    };
}

Result<Adoption> adoption_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    Adoption adoption;
    std::string outcome;
    RUNDUM_TRY(read_texts(fields, {{"id", &adoption.id},
                                   {"original_project_id", &adoption.original_project_id},
                                   {"city_id", &adoption.city_id},
                                   {"project_id", &adoption.project_id},
                                   {"adaptations", &adoption.adaptations},
                                   {"experience", &adoption.experience},
                                   {"outcome", &outcome},
                                   {"started", &adoption.started},
                                   {"created_at", &adoption.created_at},
                                   {"updated_at", &adoption.updated_at}}));
    auto known = outcome_from_key(outcome);
    if (!known) {
        return fail(ErrorCode::Invalid, "error.import.outcome_unknown", {fields.where() + ".outcome", outcome});
    }
    adoption.outcome = *known;
    RUNDUM_TRY_ASSIGN(updates, fields.array("updates"));
    for (std::size_t i = 0; i < updates->size(); ++i) {
        std::string update_where = fields.where();
        update_where += ".updates[";
        update_where += std::to_string(i);
        update_where += ']';
        RUNDUM_TRY_ASSIGN(update_fields, object_fields((*updates)[i], update_where));
        AdoptionUpdate update;
        RUNDUM_TRY(read_texts(update_fields, {{"date", &update.date}, {"text", &update.text}}));
        adoption.updates.push_back(std::move(update));
    }
    return adoption;
}

boost::json::object advice_to_json(const Advice& advice)
{
    return json::object{
        {"id", advice.id},
        {"project_id", advice.project_id},
        {"advising_city_id", advice.advising_city_id},
        {"advised_city_id", advice.advised_city_id},
        {"note", advice.note},
        {"year", advice.year},
        {"created_at", advice.created_at},
    };
}

Result<Advice> advice_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    Advice advice;
    RUNDUM_TRY(read_texts(fields, {{"id", &advice.id},
                                   {"project_id", &advice.project_id},
                                   {"advising_city_id", &advice.advising_city_id},
                                   {"advised_city_id", &advice.advised_city_id},
                                   {"note", &advice.note},
                                   {"year", &advice.year},
                                   {"created_at", &advice.created_at}}));
    return advice;
}

boost::json::object challenge_to_json(const Challenge& challenge)
{
    return json::object{
        {"slug", challenge.slug},
        {"title", challenge.title},
        {"description", challenge.description},
        {"open_questions", to_array(challenge.open_questions)},
        {"position", challenge.position},
        {"projects", to_array(challenge.project_ids)},
    };
}

Result<Challenge> challenge_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    Challenge challenge;
    RUNDUM_TRY(read_texts(fields, {{"slug", &challenge.slug},
                                   {"title", &challenge.title},
                                   {"description", &challenge.description}}));
    RUNDUM_TRY_ASSIGN(questions, texts(fields, "open_questions"));
    challenge.open_questions = std::move(questions);
    RUNDUM_TRY_ASSIGN(position, whole_number(fields, "position"));
    challenge.position = position;
    RUNDUM_TRY_ASSIGN(projects, texts(fields, "projects"));
    challenge.project_ids = std::move(projects);
    return challenge;
}

boost::json::object approach_to_json(const ChallengeApproach& approach)
{
    return json::object{
        {"challenge", approach.challenge_slug},
        {"city_id", approach.city_id},
        {"text", approach.text},
        {"updated_at", approach.updated_at},
        {"updated_by", approach.updated_by},
    };
}

Result<ChallengeApproach> approach_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    ChallengeApproach approach;
    RUNDUM_TRY(read_texts(fields, {{"challenge", &approach.challenge_slug},
                                   {"city_id", &approach.city_id},
                                   {"text", &approach.text},
                                   {"updated_at", &approach.updated_at},
                                   {"updated_by", &approach.updated_by}}));
    return approach;
}

boost::json::object indicator_value_to_json(const IndicatorValue& value)
{
    return json::object{
        {"city_id", value.city_id},
        {"indicator", value.indicator},
        {"value", value.value},
        {"year", value.year},
        {"source", value.source},
        {"note", value.note},
        {"updated_at", value.updated_at},
        {"updated_by", value.updated_by},
    };
}

Result<IndicatorValue> indicator_value_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    IndicatorValue figure;
    RUNDUM_TRY(read_texts(fields, {{"city_id", &figure.city_id},
                                   {"indicator", &figure.indicator},
                                   {"source", &figure.source},
                                   {"note", &figure.note},
                                   {"updated_at", &figure.updated_at},
                                   {"updated_by", &figure.updated_by}}));
    RUNDUM_TRY_ASSIGN(number, fields.number("value"));
    figure.value = number;
    RUNDUM_TRY_ASSIGN(year, whole_number(fields, "year"));
    figure.year = year;
    return figure;
}

} // namespace rundum::format
