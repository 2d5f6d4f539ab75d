// SPDX-License-Identifier: EUPL-1.2
// The answer of every JSON endpoint: compact JSON with its content type.
#pragma once

#include <boost/json/value.hpp>

#include "web/http/http_types.hpp"

namespace rundum::web {

Response json_response(const boost::json::value& value, int status = 200);

} // namespace rundum::web
