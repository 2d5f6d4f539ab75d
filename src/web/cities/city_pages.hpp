// SPDX-License-Identifier: EUPL-1.2
// The member directory with its map, each city's page, and the city's vCard.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /staedte: all member cities as a list beside the map of Germany.
Result<Response> directory_page(const Request& request, Services& services);

/// GET /staedte/{slug}: one city's alliance, contacts, statement and address.
Result<Response> city_page(const Request& request, Services& services, std::string_view slug);

/// GET /staedte/{slug}/kontakt.vcf: the city's contact as a vCard.
Result<Response> city_vcard(const Request& request, Services& services, std::string_view slug);

} // namespace rundum::web
