// SPDX-License-Identifier: EUPL-1.2
// A city's structural indicators: the public page with each figure's year and source, and the
// admins' form to add, correct and remove figures.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /staedte/{slug}/kennzahlen: every indicator with value, year, source and note; a
/// missing figure says "fehlt".
Result<Response> city_indicators_page(const Request& request, Services& services, std::string_view slug);

/// GET /staedte/{slug}/kennzahlen/bearbeiten: the form (admins only).
Result<Response> indicators_edit_page(const Request& request, Services& services, std::string_view slug);

/// POST /staedte/{slug}/kennzahlen/bearbeiten: stores the figures when every row is valid
/// (an empty value removes the figure); otherwise shows the form again with what was typed.
Result<Response> save_indicators(const Request& request, Services& services, std::string_view slug);

} // namespace rundum::web
