// SPDX-License-Identifier: EUPL-1.2
// When a notification digest is due: after 07:00 Berlin time, daily or on Mondays, with the
// network's one Europe/Berlin conversion (format/berlin_time).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rundum::format {

/// The latest moment at or before `now` from which a digest of `mode` is due: 07:00 Berlin
/// time of today (or yesterday, before 07:00) for "taeglich"; of this week's Monday (or last
/// week's) for "woechentlich"; nullopt for the other modes.
std::optional<std::int64_t> digest_slot(std::string_view mode, std::int64_t now_unix);

/// Whether a member of `mode` gets a digest now: the oldest notification waiting for it
/// (`oldest_waiting_at`, ISO UTC) came before the latest slot, and no digest went out since that
/// slot (`last_digest_at`, "" for never). So a notification of Tuesday 10:00 goes out in
/// Wednesday's 07:00 digest, not at once.
bool is_digest_due(std::string_view mode, std::string_view last_digest_at, std::string_view oldest_waiting_at,
                   std::int64_t now_unix);

/// "26.11.2026, 09:15" in Berlin time for an ISO UTC text; other text unchanged.
std::string berlin_time_text(std::string_view iso_utc);

} // namespace rundum::format
