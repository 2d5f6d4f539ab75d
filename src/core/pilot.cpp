// SPDX-License-Identifier: EUPL-1.2
// Stable keys of pilot statuses, roles and milestone statuses.
#include "core/pilot.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace rundum {

namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> from_key(const std::array<std::pair<Enum, std::string_view>, N>& keys, std::string_view key)
{
    for (const auto& [value, name] : keys) {
        if (name == key) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view to_key(const std::array<std::pair<Enum, std::string_view>, N>& keys, Enum value)
{
    for (const auto& [candidate, name] : keys) {
        if (candidate == value) {
            return name;
        }
    }
    return keys.front().second;
}

constexpr std::array<std::pair<PilotStatus, std::string_view>, 3> PILOT_STATUS_KEYS = {{
    {PilotStatus::Planned, "geplant"},
    {PilotStatus::Running, "laufend"},
    {PilotStatus::Completed, "abgeschlossen"},
}};

constexpr std::array<std::pair<PilotRole, std::string_view>, 2> ROLE_KEYS = {{
    {PilotRole::Lead, "federfuehrend"},
    {PilotRole::Partner, "partner"},
}};

constexpr std::array<std::pair<MilestoneStatus, std::string_view>, 3> MILESTONE_STATUS_KEYS = {{
    {MilestoneStatus::Open, "offen"},
    {MilestoneStatus::Reached, "erreicht"},
    {MilestoneStatus::Postponed, "verschoben"},
}};

} // namespace

std::string_view pilot_status_key(PilotStatus status)
{
    return to_key(PILOT_STATUS_KEYS, status);
}

std::optional<PilotStatus> pilot_status_from_key(std::string_view key)
{
    return from_key(PILOT_STATUS_KEYS, key);
}

const std::vector<PilotStatus>& all_pilot_statuses()
{
    static const std::vector<PilotStatus> statuses = {PilotStatus::Planned, PilotStatus::Running,
                                                      PilotStatus::Completed};
    return statuses;
}

std::string_view pilot_role_key(PilotRole role)
{
    return to_key(ROLE_KEYS, role);
}

std::optional<PilotRole> pilot_role_from_key(std::string_view key)
{
    return from_key(ROLE_KEYS, key);
}

std::string_view milestone_status_key(MilestoneStatus status)
{
    return to_key(MILESTONE_STATUS_KEYS, status);
}

std::optional<MilestoneStatus> milestone_status_from_key(std::string_view key)
{
    return from_key(MILESTONE_STATUS_KEYS, key);
}

const std::vector<MilestoneStatus>& all_milestone_statuses()
{
    static const std::vector<MilestoneStatus> statuses = {MilestoneStatus::Open, MilestoneStatus::Reached,
                                                          MilestoneStatus::Postponed};
    return statuses;
}

const PilotPartner* partner_of(const PilotProject& pilot, std::string_view city_id)
{
    auto found = std::find_if(pilot.partners.begin(), pilot.partners.end(),
                              [&](const PilotPartner& partner) { return partner.city_id == city_id; });
    return found == pilot.partners.end() ? nullptr : &*found;
}

bool is_lead_city(const PilotProject& pilot, std::string_view city_id)
{
    const PilotPartner* partner = partner_of(pilot, city_id);
    return partner != nullptr && partner->role == PilotRole::Lead;
}

} // namespace rundum
