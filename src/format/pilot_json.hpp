// SPDX-License-Identifier: EUPL-1.2
// The JSON form of joint pilot projects with their cities and milestones, for export and
// import (documented in docs/api.md). Readers name the first missing or mistyped field
// ("pilots[0].partners[1].role"); references are checked in core, not here.
#pragma once

#include <string_view>

#include <boost/json/value.hpp>

#include "core/pilot.hpp"
#include "core/result.hpp"

namespace rundum::format {

/// Documents are described under "documents" (never their bytes, like project attachments);
/// the reader passes over them.
boost::json::object pilot_to_json(const PilotProject& pilot);
Result<PilotProject> pilot_from_json(const boost::json::value& value, std::string_view where);

} // namespace rundum::format
