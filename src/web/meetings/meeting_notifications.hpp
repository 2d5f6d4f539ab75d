// SPDX-License-Identifier: EUPL-1.2
// The in-app notifications of meetings: a new meeting for every member, a decided proposal for
// its proposer, a new action item for the members of the responsible city. A failure is
// logged, never shown: the action itself happened.
#pragma once

#include "core/meeting.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Tells every member but `author_id` that `meeting` was planned.
void notify_new_meeting(Services& services, const Meeting& meeting, std::string_view author_id);

/// Tells the proposer that the admins accepted or declined their proposal.
void notify_proposal_decided(Services& services, const Meeting& meeting, const AgendaItem& item);

/// Tells the members of the responsible city of a new action item.
void notify_action_item(Services& services, const Meeting& meeting, const ActionItem& action);

} // namespace rundum::web
