// SPDX-License-Identifier: EUPL-1.2
// Stable keys of agenda kinds and states (forms, API, database).
#include "core/meeting.hpp"

#include <array>
#include <utility>

namespace rundum {

namespace {

constexpr std::array<std::pair<AgendaKind, std::string_view>, 3> KIND_KEYS = {{
    {AgendaKind::ProjectPresentation, "projekt"},
    {AgendaKind::ChallengeDiscussion, "herausforderung"},
    {AgendaKind::Other, "sonstiges"},
}};

constexpr std::array<std::pair<AgendaStatus, std::string_view>, 3> STATUS_KEYS = {{
    {AgendaStatus::Proposed, "vorgeschlagen"},
    {AgendaStatus::Accepted, "angenommen"},
    {AgendaStatus::Declined, "abgelehnt"},
}};

template<typename Value, std::size_t Count>
std::string_view key_of(const std::array<std::pair<Value, std::string_view>, Count>& keys, Value value)
{
    for (const auto& [known, key] : keys) {
        if (known == value) {
            return key;
        }
    }
    return keys.front().second;
}

template<typename Value, std::size_t Count>
std::optional<Value> value_of(const std::array<std::pair<Value, std::string_view>, Count>& keys,
                              std::string_view key)
{
    for (const auto& [value, known] : keys) {
        if (known == key) {
            return value;
        }
    }
    return std::nullopt;
}

} // namespace

std::string_view agenda_kind_key(AgendaKind kind)
{
    return key_of(KIND_KEYS, kind);
}

std::optional<AgendaKind> agenda_kind_from_key(std::string_view key)
{
    return value_of(KIND_KEYS, key);
}

std::string_view agenda_status_key(AgendaStatus status)
{
    return key_of(STATUS_KEYS, status);
}

std::optional<AgendaStatus> agenda_status_from_key(std::string_view key)
{
    return value_of(STATUS_KEYS, key);
}

} // namespace rundum
