// SPDX-License-Identifier: EUPL-1.2
// One line of the route table: method, path pattern, handler, and the policies that follow from
// it (who may call it, whether anonymous answers are cached, how much body is read).
#pragma once

#include <functional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// The methods a route answers; Get answers HEAD as well.
enum class Method { Get, Post, Put, Delete };

/// Who may call a route: the router refuses everyone else before the handler runs.
enum class Access {
    Anyone,   ///< the public (the handler may still show members more)
    Members,  ///< signed in; a GET without a session is sent to the sign-in page and back
    ApiToken, ///< a program with a personal API token (no browser session: no CSRF on the API)
};

/// Whether an anonymous answer may come from the shared page cache while the data is unchanged.
enum class Caching { Never, SharedForPublic };

/// How much request body the server reads, decided from the head (web/http/request_limits).
enum class BodyLimit { SmallForm, Form, Upload };

/// The values of a pattern's {parameters}, in order ("/staedte/{slug}/bild" -> {"jena"}).
using PathParams = std::vector<std::string_view>;

/// Every handler has this shape; an error becomes the error page or JSON (one boundary, app.cpp).
using Handler = std::function<Result<Response>(const Request&, Services&, const PathParams&)>;

/// One entry of the route table. Built with get/post/put/del below and the policy setters:
/// `get("/konto", account_page).members()`.
struct Route {
    Method method{Method::Get};
    std::string_view pattern; ///< "/praxisbeispiele/{id}/anhaenge/{file}", "/treffen/{id}.ics"
    Handler handler;
    Access access{Access::Anyone};
    Caching caching{Caching::Never};
    BodyLimit body{BodyLimit::Form};
    bool needs_form_token{true}; ///< POST forms carry the CSRF token (not the one-click unsubscribe)
    bool needs_store{true};      ///< false: answered even while the database is away

    Route&& members() && { access = Access::Members; return std::move(*this); }
    Route&& api_token() && { access = Access::ApiToken; needs_form_token = false; return std::move(*this); }
    Route&& cached() && { caching = Caching::SharedForPublic; return std::move(*this); }
    Route&& small_form() && { body = BodyLimit::SmallForm; return std::move(*this); }
    Route&& upload() && { body = BodyLimit::Upload; return std::move(*this); }
    Route&& without_form_token() && { needs_form_token = false; return std::move(*this); }
    Route&& without_store() && { needs_store = false; return std::move(*this); }
};

using RouteList = std::vector<Route>;

/// A handler from a function of the request, the services and zero to two path parameters,
/// returning Response or Result<Response>.
template <typename F> Handler to_handler(F function)
{
    return [function](const Request& request, Services& services, const PathParams& params) -> Result<Response> {
        if constexpr (std::is_invocable_v<F, const Request&, Services&>) {
            return function(request, services);
        } else if constexpr (std::is_invocable_v<F, const Request&, Services&, std::string_view>) {
            return function(request, services, params.at(0));
        } else {
            return function(request, services, params.at(0), params.at(1));
        }
    };
}

template <typename F> Route get(std::string_view pattern, F function)
{
    return Route{Method::Get, pattern, to_handler(function)};
}

template <typename F> Route post(std::string_view pattern, F function)
{
    return Route{Method::Post, pattern, to_handler(function)};
}

template <typename F> Route put(std::string_view pattern, F function)
{
    return Route{Method::Put, pattern, to_handler(function)};
}

template <typename F> Route del(std::string_view pattern, F function)
{
    return Route{Method::Delete, pattern, to_handler(function)};
}

} // namespace rundum::web
