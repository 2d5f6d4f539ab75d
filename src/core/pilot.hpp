// SPDX-License-Identifier: EUPL-1.2
// Joint pilot projects ("gemeinsame Pilotprojekte"): several member cities try something
// together, one or more of them lead, each may link its own Praxisbeispiel, and milestones say
// how far they got.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/project.hpp"

namespace rundum {

/// Where a pilot stands. The keys are stable (URLs, store); the catalogue names them.
enum class PilotStatus {
    Planned,   ///< "geplant"
    Running,   ///< "laufend"
    Completed, ///< "abgeschlossen"
};

std::string_view pilot_status_key(PilotStatus status);
std::optional<PilotStatus> pilot_status_from_key(std::string_view key);
const std::vector<PilotStatus>& all_pilot_statuses();

/// What a city does in a pilot.
enum class PilotRole {
    Lead,    ///< "federfuehrend": manages the pilot and its milestones
    Partner, ///< "partner"
};

std::string_view pilot_role_key(PilotRole role);
std::optional<PilotRole> pilot_role_from_key(std::string_view key);

/// Where a milestone stands.
enum class MilestoneStatus {
    Open,      ///< "offen"
    Reached,   ///< "erreicht"
    Postponed, ///< "verschoben"
};

std::string_view milestone_status_key(MilestoneStatus status);
std::optional<MilestoneStatus> milestone_status_from_key(std::string_view key);
const std::vector<MilestoneStatus>& all_milestone_statuses();

/// One city taking part in a pilot.
struct PilotPartner {
    std::string city_id;
    PilotRole role{PilotRole::Partner};
    std::string local_project_id; ///< that city's own Praxisbeispiel for the pilot, may be empty
    std::string note;             ///< the city's own words, plain text, may be empty
};

/// A step the pilot plans to reach.
struct PilotMilestone {
    std::string id;       ///< random id
    std::string title;    ///< plain text
    std::string due_date; ///< "YYYY-MM-DD"
    MilestoneStatus status{MilestoneStatus::Open};
    std::string note;     ///< plain text, may be empty
};

/// One joint pilot project.
struct PilotProject {
    std::string id;          ///< random id ("pl-…")
    std::string slug;        ///< URL part, e.g. "familienlotsen-digital"
    std::string title;
    std::string summary;     ///< one or two sentences, plain text
    std::string description; ///< Markdown (rendered in safe mode)
    std::vector<std::string> goals; ///< one goal per entry, plain text
    PilotStatus status{PilotStatus::Planned};
    std::string start_date;  ///< "YYYY-MM-DD", may be empty
    std::string end_date;    ///< "YYYY-MM-DD", may be empty, not before start_date
    ProjectVisibility visibility{ProjectVisibility::Members};
    std::vector<PilotPartner> partners;     ///< in the order they are shown
    std::vector<PilotMilestone> milestones; ///< by due date
    std::vector<AttachmentInfo> documents;  ///< members only; filled when read
    std::string created_at;  ///< ISO 8601 UTC
    std::string updated_at;  ///< ISO 8601 UTC
};

/// The partner entry of `city_id`, or nullptr when the city does not take part.
const PilotPartner* partner_of(const PilotProject& pilot, std::string_view city_id);

/// Whether `city_id` leads the pilot.
bool is_lead_city(const PilotProject& pilot, std::string_view city_id);

} // namespace rundum
