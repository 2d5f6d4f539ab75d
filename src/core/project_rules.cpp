// SPDX-License-Identifier: EUPL-1.2
// Validation rules for projects and topics; error keys are catalogue messages.
#include "core/project_rules.hpp"
#include "core/text_input.hpp"

#include <algorithm>
#include <set>

#include "core/calendar_date.hpp"
#include "core/city_rules.hpp"
#include "core/user.hpp"
#include "core/utf8.hpp"

namespace rundum {

namespace {

Result<void> check_list(const std::vector<std::string>& items, const char* key)
{
    if (items.size() > MAX_PROJECT_LIST_ITEMS) {
        return fail(ErrorCode::Invalid, key, {std::to_string(MAX_PROJECT_LIST_ITEMS)});
    }
    for (const std::string& item : items) {
        if (character_count(item) > MAX_PROJECT_SUMMARY) {
            return fail(ErrorCode::Invalid, key, {std::to_string(MAX_PROJECT_LIST_ITEMS)});
        }
    }
    return {};
}

// The input rule on every text of a project; the field names are the project form's.
Result<void> check_project_texts(const Project& project)
{
    RUNDUM_TRY(check_line("title", project.title, MAX_PROJECT_TITLE));
    RUNDUM_TRY(check_lines("summary", project.summary, MAX_PROJECT_SUMMARY));
    const std::pair<const char*, const std::string*> texts[] = {
        {"description", &project.description},
        {"goals", &project.goals},
        {"results", &project.results},
        {"transfer_requirements", &project.transfer_requirements},
        {"costs_and_funding", &project.costs_and_funding},
        {"staff_effort", &project.staff_effort},
    };
    for (const auto& [field, text] : texts) {
        RUNDUM_TRY(check_lines(field, *text, MAX_PROJECT_TEXT));
    }
    RUNDUM_TRY(check_line("lead_organisation", project.lead_organisation, MAX_PROJECT_SUMMARY));
    RUNDUM_TRY(check_line_items("target_groups", project.target_groups, MAX_PROJECT_SUMMARY));
    RUNDUM_TRY(check_line_items("partners", project.partners, MAX_PROJECT_SUMMARY));
    RUNDUM_TRY(check_line_items("success_factors", project.success_factors, MAX_PROJECT_SUMMARY));
    RUNDUM_TRY(check_line_items("stumbling_blocks", project.stumbling_blocks, MAX_PROJECT_SUMMARY));
    for (const ProjectLink& link : project.links) {
        RUNDUM_TRY(check_line("links", link.title));
        RUNDUM_TRY(check_line("links", link.url, MAX_WEB_ADDRESS));
    }
    RUNDUM_TRY(check_line("contact_name", project.contact_name));
    RUNDUM_TRY(check_line("contact_email", project.contact_email));
    return check_line("contact_phone", project.contact_phone);
}

} // namespace

Result<void> validate_project(const Project& project, const std::vector<Topic>& topics)
{
    if (!is_valid_id(project.id)) {
        return fail(ErrorCode::Invalid, "error.project.id_invalid", {project.id});
    }
    if (!is_valid_id(project.city_id)) {
        return fail(ErrorCode::Invalid, "error.project.city_missing");
    }
    if (project.title.find_first_not_of(" \t") == std::string::npos) {
        return fail(ErrorCode::Invalid, "error.project.title_missing");
    }
    RUNDUM_TRY(check_length(project.title, MAX_PROJECT_TITLE, "error.project.title_too_long"));
    RUNDUM_TRY(check_length(project.summary, MAX_PROJECT_SUMMARY, "error.project.summary_too_long"));
    for (const std::string* text : {&project.description, &project.goals, &project.results,
                                    &project.transfer_requirements, &project.costs_and_funding,
                                    &project.staff_effort, &project.lead_organisation}) {
        RUNDUM_TRY(check_length(*text, MAX_PROJECT_TEXT, "error.project.text_too_long"));
    }
    if (!project.start_date.empty() && !is_year_or_month(project.start_date)) {
        return fail(ErrorCode::Invalid, "error.project.start_invalid", {project.start_date});
    }
    if (!project.end_date.empty() && !is_year_or_month(project.end_date)) {
        return fail(ErrorCode::Invalid, "error.project.end_invalid", {project.end_date});
    }
    if (!project.start_date.empty() && !project.end_date.empty() && project.end_date < project.start_date) {
        return fail(ErrorCode::Invalid, "error.project.end_before_start");
    }
    std::set<std::string> known;
    for (const Topic& topic : topics) {
        known.insert(topic.slug);
    }
    for (const std::string& topic : project.topics) {
        if (!known.contains(topic)) {
            return fail(ErrorCode::Invalid, "error.project.topic_unknown", {topic});
        }
    }
    RUNDUM_TRY(check_list(project.target_groups, "error.project.list_too_long"));
    RUNDUM_TRY(check_list(project.partners, "error.project.list_too_long"));
    RUNDUM_TRY(check_list(project.success_factors, "error.project.list_too_long"));
    RUNDUM_TRY(check_list(project.stumbling_blocks, "error.project.list_too_long"));
    if (project.links.size() > MAX_PROJECT_LIST_ITEMS) {
        return fail(ErrorCode::Invalid, "error.project.list_too_long", {std::to_string(MAX_PROJECT_LIST_ITEMS)});
    }
    for (const ProjectLink& link : project.links) {
        if (!is_web_address(link.url) || character_count(link.url) > MAX_WEB_ADDRESS) {
            return fail(ErrorCode::Invalid, "error.project.link_invalid", {link.url});
        }
    }
    if (!project.contact_email.empty() && !is_plausible_email(project.contact_email)) {
        return fail(ErrorCode::Invalid, "error.project.email_invalid", {project.contact_email});
    }
    RUNDUM_TRY(check_length(project.contact_phone, MAX_PHONE, "error.project.phone_invalid"));
    return check_project_texts(project);
}

Result<void> validate_topics(const std::vector<Topic>& topics)
{
    std::set<std::string> slugs;
    std::set<std::string> names;
    for (const Topic& topic : topics) {
        if (topic.name.find_first_not_of(' ') == std::string::npos || character_count(topic.name) > 120) {
            return fail(ErrorCode::Invalid, "error.topic.name_missing");
        }
        RUNDUM_TRY(check_line("name", topic.name, 120));
        if (!is_valid_slug(topic.slug)) {
            return fail(ErrorCode::Invalid, "error.topic.slug_invalid", {topic.name});
        }
        if (!slugs.insert(topic.slug).second || !names.insert(topic.name).second) {
            return fail(ErrorCode::Conflict, "error.topic.duplicate", {topic.name});
        }
    }
    return {};
}

std::string slug_from_name(std::string_view name)
{
    std::string slug;
    auto add = [&](std::string_view part) {
        slug += part;
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        if (c >= 'A' && c <= 'Z') {
            slug += static_cast<char>(c - 'A' + 'a');
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            slug += static_cast<char>(c);
        } else if (c == 0xC3 && i + 1 < name.size()) {
            const unsigned char next = static_cast<unsigned char>(name[++i]);
            switch (next) {
            case 0xA4: case 0x84: add("ae"); break; // ä Ä
            case 0xB6: case 0x96: add("oe"); break; // ö Ö
            case 0xBC: case 0x9C: add("ue"); break; // ü Ü
            case 0x9F: add("ss"); break;            // ß
            default: add("-"); break;
            }
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
    }
    while (!slug.empty() && slug.back() == '-') {
        slug.pop_back();
    }
    std::string collapsed;
    for (char c : slug) {
        if (c != '-' || collapsed.empty() || collapsed.back() != '-') {
            collapsed += c;
        }
    }
    collapsed.resize(std::min<std::size_t>(collapsed.size(), 64));
    while (!collapsed.empty() && collapsed.back() == '-') {
        collapsed.pop_back();
    }
    return collapsed;
}

} // namespace rundum
