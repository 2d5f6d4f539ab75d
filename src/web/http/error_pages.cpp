// SPDX-License-Identifier: EUPL-1.2
// Error pages: the user reads a message in their language, the log gets the detail.
#include "web/http/error_pages.hpp"

#include <boost/json.hpp>

#include "format/json_writer.hpp"

namespace rundum::web {

int http_status(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid: return 400;
    case ErrorCode::NotFound: return 404;
    case ErrorCode::Conflict: return 409;
    case ErrorCode::Unauthorised: return 401;
    case ErrorCode::Forbidden: return 403;
    case ErrorCode::Unavailable: return 503;
    case ErrorCode::Throttled: return 429;
    case ErrorCode::Internal: return 500;
    }
    return 500;
}

Response error_response(const Request& request, Services& services, const Error& error, int status)
{
    Response response;
    response.status = status != 0 ? status : http_status(error.code);
    if (response.status == 503) {
        response.with_header("Retry-After", "5"); // the database is usually back within seconds
    }
    if (response.status == 429) {
        response.with_header("Retry-After", "3600"); // throttles count per hour
    }
    const std::string message = services.catalogue.text(error);
    if (request.path.starts_with("/api/")) {
        response.content_type = "application/json";
        boost::json::object details{{"status", response.status}, {"message", message}};
        if (!error.field.empty()) {
            details["field"] = error.field; // which input broke a rule
        }
        boost::json::object body{{"error", std::move(details)}};
        response.body = format::compact_json(body);
        return response;
    }
    TemplateData page{TemplateData::type::object};
    page.set("heading", services.catalogue.text("error.page.heading_" + std::to_string(response.status)));
    page.set("message", message);
    response.body = services.templates.render_page("error", std::move(page),
                                                   services.catalogue.text("error.page.title"), request.visitor);
    return response;
}

Response not_found(const Request& request, Services& services)
{
    return error_response(request, services, Error{ErrorCode::NotFound, "error.page.not_found", {}, {}});
}

} // namespace rundum::web
