// SPDX-License-Identifier: EUPL-1.2
#include "web/http/json_response.hpp"

#include "format/json_writer.hpp"

namespace rundum::web {

Response json_response(const boost::json::value& value, int status)
{
    Response response;
    response.status = status;
    response.content_type = "application/json";
    response.body = format::compact_json(value);
    return response;
}

} // namespace rundum::web
