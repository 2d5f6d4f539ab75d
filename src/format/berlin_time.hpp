// SPDX-License-Identifier: EUPL-1.2
// Wall-clock time in Europe/Berlin, where the network meets, from and to Unix seconds, with the
// system's time-zone data (through libical).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace rundum::format {

/// "YYYY-MM-DDTHH:MM" in Europe/Berlin at the given moment.
std::string berlin_local_time(std::int64_t unix_seconds);

/// The moment of a Europe/Berlin wall-clock time "YYYY-MM-DDTHH:MM"; nullopt for other text.
std::optional<std::int64_t> berlin_to_unix(const std::string& local);

} // namespace rundum::format
