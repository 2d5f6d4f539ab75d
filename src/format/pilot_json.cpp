// SPDX-License-Identifier: EUPL-1.2
// Conversion between joint pilot projects and JSON. Every field is required, as in the rest of
// the export file; documents are described, never carried.
#include "format/pilot_json.hpp"

#include "format/json_fields.hpp"
#include "format/project_json.hpp"

namespace rundum::format {

namespace {

std::string_view visibility_key(ProjectVisibility visibility)
{
    return visibility == ProjectVisibility::Public ? "public" : "members";
}

// The item `index` of the list `name` of `fields`, as "pilots[0].partners[1]".
std::string item_where(const FieldReader& fields, std::string_view name, std::size_t index)
{
    std::string where = fields.where();
    where += '.';
    where += name;
    where += '[';
    where += std::to_string(index);
    where += ']';
    return where;
}

Result<PilotPartner> partner_from_json(const json::value& value, const std::string& where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    PilotPartner partner;
    std::string role;
    RUNDUM_TRY(read_texts(fields, {{"city_id", &partner.city_id},
                                   {"role", &role},
                                   {"local_project_id", &partner.local_project_id},
                                   {"note", &partner.note}}));
    auto known = pilot_role_from_key(role);
    if (!known) {
        return fields.missing("role", "error.import.pilot_role");
    }
    partner.role = *known;
    return partner;
}

Result<PilotMilestone> milestone_from_json(const json::value& value, const std::string& where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    PilotMilestone milestone;
    std::string status;
    RUNDUM_TRY(read_texts(fields, {{"id", &milestone.id},
                                   {"title", &milestone.title},
                                   {"due_date", &milestone.due_date},
                                   {"status", &status},
                                   {"note", &milestone.note}}));
    auto known = milestone_status_from_key(status);
    if (!known) {
        return fields.missing("status", "error.import.milestone_status");
    }
    milestone.status = *known;
    return milestone;
}

} // namespace

boost::json::object pilot_to_json(const PilotProject& pilot)
{
    json::array partners;
    for (const PilotPartner& partner : pilot.partners) {
        partners.emplace_back(json::object{{"city_id", partner.city_id},
                                           {"role", pilot_role_key(partner.role)},
                                           {"local_project_id", partner.local_project_id},
                                           {"note", partner.note}});
    }
    json::array milestones;
    for (const PilotMilestone& milestone : pilot.milestones) {
        milestones.emplace_back(json::object{{"id", milestone.id},
                                             {"title", milestone.title},
                                             {"due_date", milestone.due_date},
                                             {"status", milestone_status_key(milestone.status)},
                                             {"note", milestone.note}});
    }
    json::array documents;
    for (const AttachmentInfo& document : pilot.documents) {
        documents.emplace_back(attachment_to_json(document));
    }
    return json::object{
        {"id", pilot.id},
        {"slug", pilot.slug},
        {"title", pilot.title},
        {"summary", pilot.summary},
        {"description", pilot.description},
        {"goals", to_array(pilot.goals)},
        {"status", pilot_status_key(pilot.status)},
        {"start_date", pilot.start_date},
        {"end_date", pilot.end_date},
        {"visibility", visibility_key(pilot.visibility)},
        {"partners", std::move(partners)},
        {"milestones", std::move(milestones)},
        {"documents", std::move(documents)},
        {"created_at", pilot.created_at},
        {"updated_at", pilot.updated_at},
    };
}

Result<PilotProject> pilot_from_json(const boost::json::value& value, std::string_view where)
{
    RUNDUM_TRY_ASSIGN(fields, object_fields(value, where));
    PilotProject pilot;
    std::string status;
    std::string visibility;
    RUNDUM_TRY(read_texts(fields, {{"id", &pilot.id},
                                   {"slug", &pilot.slug},
                                   {"title", &pilot.title},
                                   {"summary", &pilot.summary},
                                   {"description", &pilot.description},
                                   {"status", &status},
                                   {"start_date", &pilot.start_date},
                                   {"end_date", &pilot.end_date},
                                   {"visibility", &visibility},
                                   {"created_at", &pilot.created_at},
                                   {"updated_at", &pilot.updated_at}}));
    auto known_status = pilot_status_from_key(status);
    if (!known_status) {
        return fields.missing("status", "error.import.pilot_status");
    }
    pilot.status = *known_status;
    if (visibility != "public" && visibility != "members") {
        return fail(ErrorCode::Invalid, "error.project.visibility_unknown", {visibility});
    }
    pilot.visibility = visibility == "public" ? ProjectVisibility::Public : ProjectVisibility::Members;
    RUNDUM_TRY_ASSIGN(goals, texts(fields, "goals"));
    pilot.goals = std::move(goals);
    RUNDUM_TRY_ASSIGN(partners, fields.array("partners"));
    for (std::size_t i = 0; i < partners->size(); ++i) {
        RUNDUM_TRY_ASSIGN(partner, partner_from_json((*partners)[i], item_where(fields, "partners", i)));
        pilot.partners.push_back(std::move(partner));
    }
    RUNDUM_TRY_ASSIGN(milestones, fields.array("milestones"));
    for (std::size_t i = 0; i < milestones->size(); ++i) {
        RUNDUM_TRY_ASSIGN(milestone, milestone_from_json((*milestones)[i], item_where(fields, "milestones", i)));
        pilot.milestones.push_back(std::move(milestone));
    }
    return pilot;
}

} // namespace rundum::format
