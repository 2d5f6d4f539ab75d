// SPDX-License-Identifier: EUPL-1.2
// JSON text for people and machines: numbers in plain decimal ("52.51767", not "5.251767E1"),
// compact for the API, indented for export files.
#pragma once

#include <string>

#include <boost/json/value.hpp>

namespace rundum::format {

/// Compact JSON, as the API sends it.
std::string compact_json(const boost::json::value& value);

/// JSON with two-space indentation and a final newline, so exports diff well.
std::string pretty_json(const boost::json::value& value);

} // namespace rundum::format
