// SPDX-License-Identifier: EUPL-1.2
// Status keys, the years a project ran in, and what of its contact the public sees.
#include "core/project.hpp"

#include <array>
#include <charconv>

namespace rundum {

namespace {

constexpr std::array<std::pair<ProjectStatus, std::string_view>, 5> STATUS_KEYS = {{
    {ProjectStatus::Idea, "idee"},
    {ProjectStatus::Planned, "geplant"},
    {ProjectStatus::Running, "laeuft"},
    {ProjectStatus::Completed, "abgeschlossen"},
    {ProjectStatus::Stopped, "eingestellt"},
}};

// "2021-09" -> 2021; 0 when there is no year.
int year_of(std::string_view date)
{
    int year = 0;
    if (date.size() < 4 || std::from_chars(date.data(), date.data() + 4, year).ec != std::errc{}) {
        return 0;
    }
    return year;
}

} // namespace

std::string_view status_key(ProjectStatus status)
{
    for (const auto& [value, key] : STATUS_KEYS) {
        if (value == status) {
            return key;
        }
    }
    return "idee";
}

std::optional<ProjectStatus> status_from_key(std::string_view key)
{
    for (const auto& [value, known] : STATUS_KEYS) {
        if (known == key) {
            return value;
        }
    }
    return std::nullopt;
}

const std::vector<ProjectStatus>& all_statuses()
{
    static const std::vector<ProjectStatus> statuses = {ProjectStatus::Idea, ProjectStatus::Planned,
                                                        ProjectStatus::Running, ProjectStatus::Completed,
                                                        ProjectStatus::Stopped};
    return statuses;
}

std::vector<int> project_years(const Project& project, int current_year)
{
    const int start = year_of(project.start_date);
    if (start == 0) {
        return {};
    }
    int end = year_of(project.end_date);
    if (end == 0) {
        const bool still_active = project.status == ProjectStatus::Running;
        end = still_active ? std::max(start, current_year) : start;
    }
    std::vector<int> years;
    for (int year = start; year <= end && years.size() < 100; ++year) {
        years.push_back(year);
    }
    return years;
}

Project public_view(const Project& project)
{
    Project shown = project;
    if (!project.publish_contact_name) {
        shown.contact_name.clear();
    }
    if (!project.publish_contact_email) {
        shown.contact_email.clear();
    }
    if (!project.publish_contact_phone) {
        shown.contact_phone.clear();
    }
    return shown;
}

Project with_current_consent(Project restored, const Project& current)
{
    restored.publish_contact_name =
        current.publish_contact_name && restored.contact_name == current.contact_name;
    restored.publish_contact_email =
        current.publish_contact_email && restored.contact_email == current.contact_email;
    restored.publish_contact_phone =
        current.publish_contact_phone && restored.contact_phone == current.contact_phone;
    return restored;
}

} // namespace rundum
