// The permission rules; every handler asks here instead of deciding by itself.
#include "core/permissions.hpp"

namespace rundum {

bool is_allowed(const User* user, Action action, const City* city)
{
    if (user == nullptr) {
        return false;
    }
    if (user->role == Role::Admin) {
        return true;
    }
    switch (action) {
    case Action::EditCity:
    case Action::EditProject:
    case Action::RecordLearning:
    case Action::EditApproach:
    case Action::ProposeAgendaItem:
    case Action::RegisterForMeeting:
    case Action::CompleteActionItem:
    case Action::AttachToAgendaItem:
        return city != nullptr && !user->city_id.empty() && user->city_id == city->id;
    case Action::ViewMembersOnly:
        return true;
    case Action::ManageMembers:
    case Action::ViewAuditLog:
    case Action::ManageTopics:
    case Action::ManageChallenges:
    case Action::ManageIndicators:
    case Action::ManageMeetings:
        return false;
    }
    return false;
}

} // namespace rundum
