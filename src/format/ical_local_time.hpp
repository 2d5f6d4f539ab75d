// SPDX-License-Identifier: EUPL-1.2
// Inside the format library only: "YYYY-MM-DDTHH:MM" as a libical time without a zone.
#pragma once

#include <libical/ical.h>

#include <optional>
#include <string>

namespace rundum::format {

/// The wall-clock time of the text (zone to be named by the caller); nullopt when the text is
/// not in that form or names no real day and time.
std::optional<icaltimetype> ical_local_time(const std::string& text);

} // namespace rundum::format
