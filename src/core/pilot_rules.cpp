// SPDX-License-Identifier: EUPL-1.2
// Validation rules for pilot projects; error keys are catalogue messages.
#include "core/pilot_rules.hpp"
#include "core/text_input.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "core/city_rules.hpp"
#include "core/calendar_date.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace rundum {

namespace {

Result<void> check_partners(const PilotProject& pilot, const std::map<std::string, std::string>& project_cities)
{
    std::set<std::string> seen;
    bool has_lead = false;
    for (const PilotPartner& partner : pilot.partners) {
        if (!seen.insert(partner.city_id).second) {
            return fail(ErrorCode::Invalid, "pilot.error.city_twice", {partner.city_id});
        }
        has_lead = has_lead || partner.role == PilotRole::Lead;
        RUNDUM_TRY(validate_partner_entry(partner, project_cities));
    }
    if (pilot.partners.size() < 2) {
        return fail(ErrorCode::Invalid, "pilot.error.too_few_cities");
    }
    if (!has_lead) {
        return fail(ErrorCode::Invalid, "pilot.error.no_lead");
    }
    return {};
}

} // namespace

Result<void> validate_pilot(const PilotProject& pilot, const std::vector<PilotProject>& existing, bool is_new,
                            const std::map<std::string, std::string>& project_cities)
{
    if (is_blank_text(pilot.title)) {
        return fail(ErrorCode::Invalid, "pilot.error.title_missing");
    }
    RUNDUM_TRY(check_length(pilot.title, MAX_PILOT_TITLE, "pilot.error.title_too_long"));
    if (!is_valid_slug(pilot.slug) || pilot.slug == "neu") {
        return fail(ErrorCode::Invalid, "pilot.error.slug_invalid", {pilot.slug});
    }
    if (is_new) {
        for (const PilotProject& other : existing) {
            if (other.slug == pilot.slug) {
                return fail(ErrorCode::Conflict, "pilot.error.slug_taken", {pilot.slug});
            }
        }
    }
    RUNDUM_TRY(check_length(pilot.summary, MAX_PILOT_SUMMARY, "pilot.error.summary_too_long"));
    RUNDUM_TRY(check_length(pilot.description, MAX_PILOT_DESCRIPTION, "pilot.error.description_too_long"));
    if (pilot.goals.size() > MAX_PILOT_GOALS) {
        return fail(ErrorCode::Invalid, "pilot.error.too_many_goals", {std::to_string(MAX_PILOT_GOALS)});
    }
    for (const std::string& goal : pilot.goals) {
        RUNDUM_TRY(check_length(goal, MAX_PILOT_GOAL, "pilot.error.goal_too_long"));
    }
    if (!pilot.start_date.empty() && !is_calendar_date(pilot.start_date)) {
        return fail(ErrorCode::Invalid, "pilot.error.start_invalid", {pilot.start_date});
    }
    if (!pilot.end_date.empty() && !is_calendar_date(pilot.end_date)) {
        return fail(ErrorCode::Invalid, "pilot.error.end_invalid", {pilot.end_date});
    }
    if (!pilot.start_date.empty() && !pilot.end_date.empty() && pilot.end_date < pilot.start_date) {
        return fail(ErrorCode::Invalid, "pilot.error.end_before_start");
    }
    RUNDUM_TRY(check_partners(pilot, project_cities));
    if (pilot.milestones.size() > MAX_PILOT_MILESTONES) {
        return fail(ErrorCode::Invalid, "pilot.error.too_many_milestones", {std::to_string(MAX_PILOT_MILESTONES)});
    }
    for (const PilotMilestone& milestone : pilot.milestones) {
        RUNDUM_TRY(validate_milestone(milestone));
    }
    RUNDUM_TRY(check_line("title", pilot.title, MAX_PILOT_TITLE));
    RUNDUM_TRY(check_lines("summary", pilot.summary, MAX_PILOT_SUMMARY));
    RUNDUM_TRY(check_lines("description", pilot.description, MAX_PILOT_DESCRIPTION));
    return check_line_items("goals", pilot.goals, MAX_PILOT_GOAL);
}

Result<void> validate_partner_entry(const PilotPartner& partner,
                                    const std::map<std::string, std::string>& project_cities)
{
    if (!partner.local_project_id.empty()) {
        auto owner = project_cities.find(partner.local_project_id);
        if (owner == project_cities.end() || owner->second != partner.city_id) {
            return fail(ErrorCode::Invalid, "pilot.error.project_not_of_city", {partner.local_project_id});
        }
    }
    RUNDUM_TRY(check_length(partner.note, MAX_PILOT_NOTE, "pilot.error.note_too_long"));
    return check_lines("note", partner.note, MAX_PILOT_NOTE);
}

Result<void> validate_milestone(const PilotMilestone& milestone)
{
    if (is_blank_text(milestone.title)) {
        return fail(ErrorCode::Invalid, "pilot.error.milestone_title_missing");
    }
    RUNDUM_TRY(check_length(milestone.title, MAX_MILESTONE_TITLE, "pilot.error.milestone_title_too_long"));
    if (!is_calendar_date(milestone.due_date)) {
        return fail(ErrorCode::Invalid, "pilot.error.milestone_due_invalid", {milestone.due_date});
    }
    RUNDUM_TRY(check_length(milestone.note, MAX_PILOT_NOTE, "pilot.error.milestone_note_too_long"));
    RUNDUM_TRY(check_line("title", milestone.title, MAX_MILESTONE_TITLE));
    return check_lines("note", milestone.note, MAX_PILOT_NOTE);
}

std::set<std::string> lead_cities(const PilotProject& pilot)
{
    std::set<std::string> leads;
    for (const PilotPartner& partner : pilot.partners) {
        if (partner.role == PilotRole::Lead) {
            leads.insert(partner.city_id);
        }
    }
    return leads;
}

std::vector<PilotMilestone> milestones_by_due_date(std::vector<PilotMilestone> milestones)
{
    std::stable_sort(milestones.begin(), milestones.end(), [](const PilotMilestone& a, const PilotMilestone& b) {
        return std::tie(a.due_date, a.title) < std::tie(b.due_date, b.title);
    });
    return milestones;
}

PilotProgress pilot_progress(const PilotProject& pilot, std::string_view today)
{
    PilotProgress progress;
    progress.total = pilot.milestones.size();
    for (const PilotMilestone& milestone : milestones_by_due_date(pilot.milestones)) {
        if (milestone.status == MilestoneStatus::Reached) {
            ++progress.reached;
            continue;
        }
        if (!progress.next) {
            progress.next = milestone;
        }
        // ISO days compare as text.
        if (milestone.due_date < today) {
            progress.overdue.push_back(milestone);
        }
    }
    return progress;
}

} // namespace rundum
