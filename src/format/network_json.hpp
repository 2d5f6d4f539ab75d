// SPDX-License-Identifier: EUPL-1.2
// The JSON form of cities and of the whole network: one shape for the API, export and import.
#pragma once

#include <string>
#include <string_view>

#include <boost/json/value.hpp>

#include "core/city.hpp"
#include "core/result.hpp"

namespace rundum::format {

/// Identifies rundum's export files; import refuses other files.
inline constexpr std::string_view NETWORK_FORMAT_NAME = "rundum-network";
/// The export format's version; import reads this version and older. Version 2 added the
/// contacts' email, phone and consent to publish (a version-1 contact counts as published by name);
/// version 3 added the topics and the Praxisbeispiele; version 4 the adoptions, advice, shared
/// challenges with the cities' approaches, and the structural indicator values; version 5 the
/// network meetings (agenda items, registrations, action items), the joint pilot projects and the
/// questions to the network with their answers; version 6 a project contact's consent to publish
/// name, email and phone (`contact.publish`; older files read as not consented).
inline constexpr int NETWORK_FORMAT_VERSION = 6;

/// A city as JSON (field names documented in docs/api.md).
boost::json::object city_to_json(const City& city);

/// The whole network as the export file's JSON.
boost::json::object network_to_json(const NetworkSnapshot& snapshot);

/// Reads one city in the same JSON shape (a saved version of a profile).
Result<City> city_from_json_text(std::string_view text);

/// Reads an export file; any missing or mistyped field is an Invalid error naming it.
Result<NetworkSnapshot> network_from_json_text(std::string_view text);

} // namespace rundum::format
