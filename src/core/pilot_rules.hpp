// SPDX-License-Identifier: EUPL-1.2
// Validation of joint pilot projects before anything is stored, and the status overview of
// their milestones.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/pilot.hpp"
#include "core/result.hpp"

namespace rundum {

/// Limits in characters (not bytes).
inline constexpr std::size_t MAX_PILOT_TITLE = 200;
inline constexpr std::size_t MAX_PILOT_SUMMARY = 600;
inline constexpr std::size_t MAX_PILOT_DESCRIPTION = 20'000;
inline constexpr std::size_t MAX_PILOT_GOALS = 20;
inline constexpr std::size_t MAX_PILOT_GOAL = 500;
inline constexpr std::size_t MAX_PILOT_NOTE = 2000;
inline constexpr std::size_t MAX_PILOT_MILESTONES = 50;
inline constexpr std::size_t MAX_MILESTONE_TITLE = 200;

/// Checks a pilot: title, slug (not "neu", not taken by another pilot of `existing` when
/// `is_new`), texts within their limits, start and end real days (either may be empty; the end
/// not before the start), at least two cities, each once, at least one of them leading, each
/// linked local project one of that city's (`project_cities`: project id to city id), and every
/// milestone (validate_milestone). Errors name the field in their key ("pilot.error.…").
Result<void> validate_pilot(const PilotProject& pilot, const std::vector<PilotProject>& existing, bool is_new,
                            const std::map<std::string, std::string>& project_cities);

/// Checks a city's own entry: its local project one of its own (or none), its note within
/// MAX_PILOT_NOTE.
Result<void> validate_partner_entry(const PilotPartner& partner,
                                    const std::map<std::string, std::string>& project_cities);

/// Checks one milestone: a title (within MAX_MILESTONE_TITLE), a real due day, a note within
/// MAX_PILOT_NOTE.
Result<void> validate_milestone(const PilotMilestone& milestone);

/// How far a pilot got, on a given day.
struct PilotProgress {
    std::size_t reached{0}; ///< milestones reached
    std::size_t total{0};   ///< all milestones
    std::optional<PilotMilestone> next;  ///< the open (or postponed) milestone due first
    std::vector<PilotMilestone> overdue; ///< due before `today` and not reached, earliest first
};

/// The progress of `pilot` on `today` ("YYYY-MM-DD").
PilotProgress pilot_progress(const PilotProject& pilot, std::string_view today);

/// The ids of the cities that lead `pilot`.
std::set<std::string> lead_cities(const PilotProject& pilot);

/// The milestones ordered by due date (then title), for showing and storing.
std::vector<PilotMilestone> milestones_by_due_date(std::vector<PilotMilestone> milestones);

} // namespace rundum
