// SPDX-License-Identifier: EUPL-1.2
// vCard 3.0 of a city's contact, the version Outlook and older address books read.
#pragma once

#include <string>

#include "core/city.hpp"

namespace rundum::format {

/// A vCard (RFC 2426, CRLF lines folded at 75 octets) for the city's alliance: its first
/// contact as the person, the alliance as organisation, the postal address and website.
std::string city_vcard(const City& city);

/// Escapes a vCard text value: backslash, comma, semicolon and line breaks.
std::string vcard_escape(const std::string& text);

} // namespace rundum::format
