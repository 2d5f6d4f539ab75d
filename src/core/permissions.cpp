// SPDX-License-Identifier: EUPL-1.2
// The permission rules; every handler asks here instead of deciding by itself.
#include "core/permissions.hpp"

#include <algorithm>

#include "core/pilot_rules.hpp"

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
    case Action::ViewRegistrationNote:
        return city != nullptr && !user->city_id.empty() && user->city_id == city->id;
    case Action::ViewMembersOnly:
    case Action::AskQuestion:
    case Action::AnswerQuestion:
        return true;
    case Action::EditQuestion:
    case Action::MarkHelpful:
    case Action::EditAnswer:
        return false; // only as the author: is_allowed_as_author
    case Action::ManageMembers:
    case Action::ViewAuditLog:
    case Action::ManageTopics:
    case Action::ManageChallenges:
    case Action::ManageIndicators:
    case Action::ManageMeetings:
    case Action::EditPrivacyNotice:
        return false;
    case Action::CreatePilot:
        return !user->city_id.empty();
    }
    return false;
}

bool is_allowed(const User* user, PilotAction action, const PilotProject& pilot, std::string_view city_id)
{
    if (action == PilotAction::View && pilot.visibility == ProjectVisibility::Public) {
        return true;
    }
    if (user == nullptr) {
        return false;
    }
    if (user->role == Role::Admin) {
        return action != PilotAction::EditOwnEntry || partner_of(pilot, city_id) != nullptr;
    }
    switch (action) {
    case PilotAction::View:
    case PilotAction::ViewDocuments:
        return true;
    case PilotAction::Manage:
        return !user->city_id.empty() && is_lead_city(pilot, user->city_id);
    case PilotAction::Delete:
        return !user->city_id.empty() && lead_cities(pilot) == std::set<std::string>{user->city_id};
    case PilotAction::EditOwnEntry:
        return !user->city_id.empty() && user->city_id == city_id && partner_of(pilot, city_id) != nullptr;
    case PilotAction::UploadDocuments:
        return !user->city_id.empty() && partner_of(pilot, user->city_id) != nullptr;
    }
    return false;
}

bool may_save_pilot_cities(const User* user, const PilotProject& before, const PilotProject& after)
{
    if (user == nullptr) {
        return false;
    }
    if (user->role == Role::Admin) {
        return true;
    }
    if (user->city_id.empty()) {
        return false;
    }
    if (before.partners.empty()) {
        return is_lead_city(after, user->city_id);
    }
    return is_lead_city(before, user->city_id) && lead_cities(after) == lead_cities(before);
}

bool may_remove_pilot_document(const User* user, const PilotProject& pilot, std::string_view uploader_city_id)
{
    if (!is_allowed(user, PilotAction::UploadDocuments, pilot)) {
        return false;
    }
    return user->role == Role::Admin || is_lead_city(pilot, user->city_id) ||
           (!uploader_city_id.empty() && user->city_id == uploader_city_id);
}

bool is_allowed_as_author(const User* user, Action action, std::string_view author_id)
{
    if (user == nullptr) {
        return false;
    }
    switch (action) {
    case Action::EditQuestion:
    case Action::MarkHelpful:
    case Action::EditAnswer:
        return user->role == Role::Admin || (!author_id.empty() && user->id == author_id);
    default:
        return is_allowed(user, action);
    }
}

bool may_remove_agenda_item(const User* user, const AgendaItem& item, const City* proposing_city)
{
    return is_allowed(user, Action::ManageMeetings) ||
           (item.status == AgendaStatus::Proposed && is_allowed(user, Action::ProposeAgendaItem, proposing_city));
}

bool is_public_agenda_item(const AgendaItem& item, const std::vector<std::string>& public_project_ids)
{
    if (item.status != AgendaStatus::Accepted) {
        return false;
    }
    if (item.kind == AgendaKind::ChallengeDiscussion) {
        return true;
    }
    return item.kind == AgendaKind::ProjectPresentation &&
           std::find(public_project_ids.begin(), public_project_ids.end(), item.project_id) !=
               public_project_ids.end();
}

} // namespace rundum
