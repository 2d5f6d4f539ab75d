// SPDX-License-Identifier: EUPL-1.2
// The JSON form of network meetings, their agenda, registrations and action items: one shape for
// the API (GET /api/v1/meetings), export and import (documented in docs/api.md). Readers name the
// first missing or mistyped field ("meetings[1].agenda[0].kind"); references between records are
// checked in core, not here.
#pragma once

#include <string_view>

#include <boost/json/value.hpp>

#include "core/meeting.hpp"
#include "core/result.hpp"

namespace rundum::format {

/// With "time_zone" ("Europe/Berlin") so that readers know what the local times mean.
boost::json::object meeting_to_json(const Meeting& meeting);
Result<Meeting> meeting_from_json(const boost::json::value& value, std::string_view where);

/// Without the attachments' bytes; their descriptions are listed under "attachments".
boost::json::object agenda_item_to_json(const AgendaItem& item);
Result<AgendaItem> agenda_item_from_json(const boost::json::value& value, std::string_view where);

boost::json::object registration_to_json(const Registration& registration);
Result<Registration> registration_from_json(const boost::json::value& value, std::string_view where);

boost::json::object action_item_to_json(const ActionItem& item);
Result<ActionItem> action_item_from_json(const boost::json::value& value, std::string_view where);

} // namespace rundum::format
