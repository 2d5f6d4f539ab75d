// SPDX-License-Identifier: EUPL-1.2
// The member directory with its map, each city's page, and the city's vCard.
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /staedte: all member cities as a list beside the map of Germany.
Response directory_page(const Request& request, Services& services);

/// GET /staedte/{slug}: one city's alliance, contacts, statement and address.
Response city_page(const Request& request, Services& services, std::string_view slug);

/// GET /staedte/{slug}/kontakt.vcf: the city's contact as a vCard.
Response city_vcard(const Request& request, Services& services, std::string_view slug);

} // namespace rundum::web
