// SPDX-License-Identifier: EUPL-1.2
// Form fields to pilots, milestones and partner entries, and errors to fields.
#include "web/pilots/pilot_form.hpp"

#include <algorithm>
#include <charconv>

#include "core/project_rules.hpp"
#include "core/text.hpp"

namespace rundum::web {

namespace {

// Pilots are at most a few years long; more rows than this are not read.
constexpr std::size_t MAX_MILESTONE_ROWS = 60;

std::size_t row_count(const Form& form)
{
    const std::string text = form.value("count");
    std::size_t count = 0;
    auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), count);
    if (error != std::errc() || stop != text.data() + text.size()) {
        return 0;
    }
    return std::min(count, MAX_MILESTONE_ROWS);
}

} // namespace

PilotForm pilot_form_of(const PilotProject& pilot)
{
    PilotForm form{pilot, pilot.slug, joined_lines(pilot.goals), {}};
    for (const PilotPartner& partner : pilot.partners) {
        form.roles[partner.city_id] = std::string(pilot_role_key(partner.role));
    }
    return form;
}

Result<void> read_pilot_form(const Form& form, bool is_new, const PilotProject& current,
                             const std::vector<City>& cities, PilotForm& out)
{
    out.pilot = current;
    PilotProject& pilot = out.pilot;
    pilot.title = std::string(trim_blanks(form.value("title")));
    pilot.summary = std::string(trim_blanks(form.value("summary")));
    pilot.description = form.value("description");
    out.goals_text = form.value("goals");
    pilot.goals = non_blank_lines(out.goals_text);
    pilot.start_date = std::string(trim_blanks(form.value("start_date")));
    pilot.end_date = std::string(trim_blanks(form.value("end_date")));
    pilot.visibility = form.value("visibility") == "public" ? ProjectVisibility::Public : ProjectVisibility::Members;
    if (is_new) {
        out.slug_text = std::string(trim_blanks(form.value("slug")));
        pilot.slug = out.slug_text.empty() ? slug_from_name(pilot.title) : out.slug_text;
    } else {
        out.slug_text = current.slug;
    }
    out.roles.clear();
    std::vector<PilotPartner> partners;
    for (const City& city : cities) {
        const std::string role_text = form.value("role-" + city.slug);
        if (role_text.empty()) {
            continue;
        }
        out.roles[city.id] = role_text;
        auto role = pilot_role_from_key(role_text);
        if (!role) {
            return fail(ErrorCode::Invalid, "pilot.error.role_invalid", {city.name});
        }
        const PilotPartner* before = partner_of(current, city.id);
        PilotPartner partner = before != nullptr ? *before : PilotPartner{city.id, *role, "", ""};
        partner.role = *role;
        partners.push_back(std::move(partner));
    }
    // Cities that stay keep their place; new ones follow.
    std::stable_sort(partners.begin(), partners.end(), [&](const PilotPartner& a, const PilotPartner& b) {
        auto place = [&](const PilotPartner& partner) {
            auto found = std::find_if(current.partners.begin(), current.partners.end(),
                                      [&](const PilotPartner& p) { return p.city_id == partner.city_id; });
            return found - current.partners.begin();
        };
        return place(a) < place(b);
    });
    pilot.partners = std::move(partners);
    const std::string status_text = form.value("status");
    auto status = pilot_status_from_key(status_text);
    if (!status) {
        return fail(ErrorCode::Invalid, "pilot.error.status_invalid", {status_text});
    }
    pilot.status = *status;
    return {};
}

bool is_complete_pilot_form(const Form& form, bool is_new)
{
    for (const char* field : {"title", "summary", "description", "goals", "status", "start_date", "end_date",
                              "visibility"}) {
        if (!form.has(field)) {
            return false;
        }
    }
    return !is_new || form.has("slug");
}

std::string pilot_field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    // The keys are "pilot.error.<what>_<why>"; <what> names the field.
    constexpr std::string_view PREFIX = "pilot.error.";
    if (!error.key.starts_with(PREFIX)) {
        return "description";
    }
    const std::string_view what = std::string_view(error.key).substr(PREFIX.size());
    const std::vector<std::pair<std::string_view, std::string>> fields = {
        {"title", "title"},        {"slug", "slug"},           {"summary", "summary"},
        {"goal", "goals"},         {"too_many_goals", "goals"}, {"start", "start_date"},
        {"end", "end_date"},       {"status", "status"},       {"too_few_cities", "cities"},
        {"city_twice", "cities"},  {"no_lead", "cities"},      {"own_city_must_lead", "cities"},
        {"role", "cities"},        {"project_not_of_city", "cities"},
    };
    for (const auto& [start, field] : fields) {
        if (what.starts_with(start)) {
            return field;
        }
    }
    return "description";
}

std::vector<MilestoneRow> read_milestone_rows(const Form& form)
{
    std::vector<MilestoneRow> rows;
    const std::size_t count = row_count(form);
    for (std::size_t row = 0; row < count; ++row) {
        std::string suffix = "-"; // appended, not "-" + …: g++ 12 warns falsely (-Wrestrict) at -O3
        suffix += std::to_string(row);
        MilestoneRow typed;
        typed.milestone.id = form.value("id" + suffix);
        typed.milestone.title = std::string(trim_blanks(form.value("title" + suffix)));
        typed.milestone.due_date = std::string(trim_blanks(form.value("due" + suffix)));
        typed.milestone.note = std::string(trim_blanks(form.value("note" + suffix)));
        typed.status_text = form.value("status" + suffix);
        typed.milestone.status = milestone_status_from_key(typed.status_text).value_or(MilestoneStatus::Open);
        typed.remove = form.value("remove" + suffix) == "ja";
        const bool blank = typed.milestone.title.empty() && typed.milestone.due_date.empty() &&
                           typed.milestone.note.empty();
        if (typed.milestone.id.empty() && blank) {
            continue; // the empty row for a new milestone, left empty
        }
        rows.push_back(std::move(typed));
    }
    return rows;
}

std::string milestone_field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    // The keys are "pilot.error.milestone_<field>_<why>".
    for (const char* field : {"due", "note", "status"}) {
        if (error.key.find(std::string("milestone_") + field + "_") != std::string::npos) {
            return field;
        }
    }
    return "title";
}

std::string partner_field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    return error.key == "pilot.error.note_too_long" ? "note" : "local_project";
}

} // namespace rundum::web
