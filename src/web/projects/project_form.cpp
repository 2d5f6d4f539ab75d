// SPDX-License-Identifier: EUPL-1.2
// Form fields to Project and errors to fields.
#include "web/projects/project_form.hpp"

#include <string_view>
#include <utility>

#include "core/text.hpp"

namespace rundum::web {

namespace {

constexpr const char* TEXT_FIELDS[] = {
    "title", "summary", "description", "target_groups", "start_date", "end_date", "lead_organisation",
    "partners", "costs_and_funding", "staff_effort", "goals", "results", "success_factors",
    "stumbling_blocks", "transfer_requirements", "contact_name", "contact_email", "contact_phone", "links",
};

// The input each rule of validate_project concerns; the rest concern the description.
constexpr std::pair<std::string_view, std::string_view> FIELD_OF_ERROR[] = {
    {"error.project.title_missing", "title"},      {"error.project.title_too_long", "title"},
    {"error.project.summary_too_long", "summary"}, {"error.project.start_invalid", "start_date"},
    {"error.project.end_invalid", "end_date"},     {"error.project.end_before_start", "end_date"},
    {"error.project.topic_unknown", "topics"},     {"error.project.link_invalid", "links"},
    {"error.project.email_invalid", "contact_email"}, {"error.project.phone_invalid", "contact_phone"},
    {"error.project.city_missing", "city_id"},
};

std::string trimmed(const std::string& text)
{
    return std::string(trim_blanks(text));
}

} // namespace

Project project_from_form(const Project& current, const Form& form)
{
    Project project = current;
    project.title = trimmed(form.value("title"));
    project.summary = trimmed(form.value("summary"));
    project.description = form.value("description");
    project.topics = form.values("topics");
    project.target_groups = non_blank_lines(form.value("target_groups"));
    project.status = status_from_key(form.value("status")).value_or(current.status);
    project.start_date = trimmed(form.value("start_date"));
    project.end_date = trimmed(form.value("end_date"));
    project.lead_organisation = trimmed(form.value("lead_organisation"));
    project.partners = non_blank_lines(form.value("partners"));
    project.costs_and_funding = form.value("costs_and_funding");
    project.staff_effort = form.value("staff_effort");
    project.goals = form.value("goals");
    project.results = form.value("results");
    project.success_factors = non_blank_lines(form.value("success_factors"));
    project.stumbling_blocks = non_blank_lines(form.value("stumbling_blocks"));
    project.transfer_requirements = form.value("transfer_requirements");
    project.contact_name = trimmed(form.value("contact_name"));
    project.contact_email = trimmed(form.value("contact_email"));
    project.contact_phone = trimmed(form.value("contact_phone"));
    // Unticked checkboxes are not sent: no tick, no consent.
    project.publish_contact_name = form.value("publish_contact_name") == "ja";
    project.publish_contact_email = form.value("publish_contact_email") == "ja";
    project.publish_contact_phone = form.value("publish_contact_phone") == "ja";
    project.links.clear();
    for (const std::string& line : non_blank_lines(form.value("links"))) {
        const std::size_t space = line.find(' ');
        if (space == std::string::npos) {
            project.links.push_back(ProjectLink{"", line});
        } else {
            project.links.push_back(ProjectLink{trimmed(line.substr(space + 1)), line.substr(0, space)});
        }
    }
    project.visibility = form.value("visibility") == "public" ? ProjectVisibility::Public : ProjectVisibility::Members;
    return project;
}

bool is_complete_project_form(const Form& form)
{
    for (const char* field : TEXT_FIELDS) {
        if (!form.has(field)) {
            return false;
        }
    }
    return form.has("status") && form.has("visibility");
}

std::string project_field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    for (const auto& [key, field] : FIELD_OF_ERROR) {
        if (error.key == key) {
            return std::string(field);
        }
    }
    return "description";
}

} // namespace rundum::web
