// SPDX-License-Identifier: EUPL-1.2
// API handlers; the JSON shape is format::city_to_json, shared with export and import.
#include "web/api/api_cities.hpp"

#include <boost/json.hpp>

#include "format/json_writer.hpp"
#include "format/network_json.hpp"
#include "web/http/json_response.hpp"

namespace rundum::web {

Result<Response> api_cities(const Request& /*request*/, Services& services)
{
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    boost::json::array list;
    for (const City& city : cities) {
        list.emplace_back(format::city_to_json(public_view(city)));
    }
    return json_response(boost::json::object{{"cities", std::move(list)}});
}

Result<Response> api_city(const Request& /*request*/, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, services.store.find_city(slug));
    if (!city) {
        return fail(ErrorCode::NotFound, "error.city.not_found", {std::string(slug)});
    }
    return json_response(boost::json::object{{"city", format::city_to_json(public_view(*city))}});
}

} // namespace rundum::web
