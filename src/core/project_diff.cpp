// SPDX-License-Identifier: EUPL-1.2
// Field-by-field comparison of two project states.
#include "core/project_diff.hpp"

#include "core/text.hpp"

namespace rundum {

namespace {

std::string links_text(const std::vector<ProjectLink>& links)
{
    std::vector<std::string> items;
    for (const ProjectLink& link : links) {
        items.push_back(link.title.empty() ? link.url : link.title + " " + link.url);
    }
    return joined_lines(items);
}

std::string visibility_text(ProjectVisibility visibility)
{
    return visibility == ProjectVisibility::Public ? "public" : "members";
}

// Consent is shown as a key the version page names ("yes"/"no"), like status and visibility.
std::string consent_text(bool published)
{
    return published ? "yes" : "no";
}

} // namespace

std::vector<FieldChange> diff_projects(const Project& before, const Project& after)
{
    const std::vector<FieldChange> all = {
        {"title", before.title, after.title},
        {"summary", before.summary, after.summary},
        {"description", before.description, after.description},
        {"topics", joined_lines(before.topics), joined_lines(after.topics)},
        {"target_groups", joined_lines(before.target_groups), joined_lines(after.target_groups)},
        {"status", std::string(status_key(before.status)), std::string(status_key(after.status))},
        {"start_date", before.start_date, after.start_date},
        {"end_date", before.end_date, after.end_date},
        {"lead_organisation", before.lead_organisation, after.lead_organisation},
        {"partners", joined_lines(before.partners), joined_lines(after.partners)},
        {"costs_and_funding", before.costs_and_funding, after.costs_and_funding},
        {"staff_effort", before.staff_effort, after.staff_effort},
        {"goals", before.goals, after.goals},
        {"results", before.results, after.results},
        {"success_factors", joined_lines(before.success_factors), joined_lines(after.success_factors)},
        {"stumbling_blocks", joined_lines(before.stumbling_blocks), joined_lines(after.stumbling_blocks)},
        {"transfer_requirements", before.transfer_requirements, after.transfer_requirements},
        {"contact_name", before.contact_name, after.contact_name},
        {"contact_email", before.contact_email, after.contact_email},
        {"contact_phone", before.contact_phone, after.contact_phone},
        {"publish_contact_name", consent_text(before.publish_contact_name), consent_text(after.publish_contact_name)},
        {"publish_contact_email", consent_text(before.publish_contact_email),
         consent_text(after.publish_contact_email)},
        {"publish_contact_phone", consent_text(before.publish_contact_phone),
         consent_text(after.publish_contact_phone)},
        {"links", links_text(before.links), links_text(after.links)},
        {"visibility", visibility_text(before.visibility), visibility_text(after.visibility)},
    };
    std::vector<FieldChange> changed;
    for (const FieldChange& change : all) {
        if (change.before != change.after) {
            changed.push_back(change);
        }
    }
    return changed;
}

} // namespace rundum
