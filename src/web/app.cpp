// SPDX-License-Identifier: EUPL-1.2
// Dispatch through the route table, visitor identification, CSRF check and the per-request boundary.
#include "web/app.hpp"

#include <algorithm>
#include <map>

#include <spdlog/spdlog.h>

#include "auth/tokens.hpp"
#include "web/http/client_address.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/multipart_form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/http/redirect_target.hpp"
#include "web/http/request_limits.hpp"
#include "web/accounts/notification_pages.hpp"
#include "web/routes.hpp"

namespace rundum::web {

namespace map_data {
const std::map<std::string, std::string_view>& files(); // see CMakeLists.txt
}

namespace {

constexpr std::string_view STATES_FILE = "germany-states-vg5000-2021.geojson";

// Sent with every response: no inline script, no framing, no sniffing (see docs/architecture.md).
void add_security_headers(Response& response)
{
    response.with_header("Content-Security-Policy",
                         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                         "frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    response.with_header("X-Content-Type-Options", "nosniff");
    response.with_header("Referrer-Policy", "same-origin");
    response.with_header("X-Frame-Options", "DENY");
}

// Answers that depend on who asks are never kept by a browser or proxy for someone else: a
// member's or a token client's answer is private and not stored unless its handler said it is
// the same for everyone (static files, public images); every answer but static files varies
// with the cookie (and the API's with the token).
void add_cache_policy(const Request& request, Response& response, bool secure_cookies)
{
    const bool personal = request.visitor.is_signed_in() || request.visitor.by_api_token;
    auto& headers = response.headers;
    const bool same_for_everyone = std::any_of(headers.begin(), headers.end(), [](const auto& header) {
        return header.first == "Cache-Control" && header.second.find("public") != std::string::npos;
    });
    if (personal && !same_for_everyone) {
        std::erase_if(headers, [](const auto& header) { return header.first == "Cache-Control"; });
        response.with_header("Cache-Control", "private, no-store");
    }
    if (!request.path.starts_with("/static/")) {
        response.with_header("Vary", request.path.starts_with("/api/") ? "Cookie, Authorization" : "Cookie");
    }
    if (secure_cookies) {
        // Served over HTTPS (that is what Secure cookies say): browsers keep to it.
        response.with_header("Strict-Transport-Security", "max-age=31536000");
    }
}

// The methods rundum answers at all; any other is refused with 501 (RFC 9110 15.6.2).
bool is_known_method(std::string_view method)
{
    return method == "GET" || method == "HEAD" || method == "POST" || method == "PUT" || method == "DELETE" ||
           method == "OPTIONS";
}

Response method_not_allowed(const Request& request, Services& services, const char* allowed, int status = 405)
{
    Response response = error_response(
        request, services, Error{ErrorCode::Invalid, "error.page.method_not_allowed", {}, {}}, status);
    response.with_header("Allow", allowed);
    return response;
}

} // namespace

Result<std::unique_ptr<App>> App::create(store::Store& store, search::SearchIndex& search_index,
                                         const i18n::Catalogue& catalogue, AppConfig config,
                                         auth::PasswordHashCost hash_cost)
{
    RUNDUM_TRY_ASSIGN(templates, Templates::load(catalogue));
    const auto& files = map_data::files();
    auto states = files.find(std::string(STATES_FILE));
    if (states == files.end()) {
        return fail(ErrorCode::Internal, "error.internal", {}, "map data is not embedded");
    }
    auto map = geo::GermanyMap::from_geojson(states->second);
    if (!map) {
        return fail(ErrorCode::Internal, "error.internal", {}, "map data: " + map.error());
    }
    auto app = std::unique_ptr<App>(new App(store, search_index, catalogue, std::move(templates), std::move(*map),
                                            std::move(config), hash_cost));
    // An index left from an earlier run catches up; a new one is built now, before the first
    // visitor waits for it.
    RUNDUM_TRY_ASSIGN(version, store.data_version());
    if (auto caught_up = app->m_follower.catch_up(version); !caught_up) {
        // A full disk under the index must not keep the pages from being served: searches use
        // the index as it is (search_access).
        spdlog::warn("search index: cannot catch up at start ({})", caught_up.error().detail);
    }
    return app;
}

App::App(store::Store& store, search::SearchIndex& search_index, const i18n::Catalogue& catalogue,
         std::unique_ptr<Templates> templates, geo::GermanyMap map, AppConfig config,
         auth::PasswordHashCost hash_cost)
    : m_templates(std::move(templates)), m_map(std::move(map)), m_config(std::move(config)),
      m_hasher(hash_cost), m_follower(store, search_index, current_year()),
      m_services{store, catalogue, *m_templates, m_map, m_cache, m_hasher, m_config, search_index, m_follower},
      m_router(all_routes())
{
}

std::optional<Response> App::refuse_before_body(const Request& head)
{
    const RouteMatch match = m_router.find(head.method, head.path);
    if (head.method == "GET" || head.method == "HEAD" || head.method == "OPTIONS" ||
        (match.route != nullptr && !match.route->needs_form_token) ||
        (head.path.starts_with("/api/") && head.authorization.starts_with("Bearer "))) {
        return std::nullopt;
    }
    const bool secure = m_config.secure_cookies;
    if (!cookie_value(head.cookie, cookie_name(SESSION_COOKIE, secure)).empty()) {
        return std::nullopt; // the form token is the session's: checked once the body is read
    }
    // Without a session, an API write needs a token and a form needs the form cookie: whatever
    // the body holds, it is refused unread.
    Error refusal{ErrorCode::Forbidden, "error.csrf", {}, {}};
    if (head.path.starts_with("/api/")) {
        refusal = Error{ErrorCode::Unauthorised, "error.api_token.needed", {}, {}};
    } else if (cookie_value(head.cookie, cookie_name(CSRF_COOKIE, secure)).size() == FORM_COOKIE_LENGTH ||
               head.method != "POST") {
        return std::nullopt; // a form with its cookie; other methods are refused by the router
    }
    try {
        return error_response(head, m_services, refusal);
    } catch (const std::exception&) {
        return Response{head.path.starts_with("/api/") ? 401 : 403, "text/plain; charset=utf-8", "refused\n", {}};
    }
}

Response App::handle(const Request& incoming)
{
    Request request = incoming;
    request.client_address = client_address(incoming.client_address, incoming.forwarded_for, m_config.trusted_proxies);
    Response response;
    try {
        identify(request);
        response = route(request);
    } catch (const std::exception& bug) {
        // The number ties what the user sees to the log line with the detail.
        const std::string incident = std::to_string(++m_incidents);
        spdlog::error("request {}: {} {}: {}", incident, request.method, request.path, bug.what());
        try {
            response = error_response(request, m_services,
                                      Error{ErrorCode::Internal, "error.internal_with_id", {incident}, bug.what()});
        } catch (const std::exception&) {
            response = Response{500, "text/plain; charset=utf-8", "500", {}};
        }
    }
    if (request.visitor.csrf_is_new && response.content_type.starts_with("text/html")) {
        response.with_header("Set-Cookie", set_cookie(cookie_name(CSRF_COOKIE, m_config.secure_cookies),
                                                      request.visitor.csrf_cookie, -1, m_config.secure_cookies));
    }
    add_security_headers(response);
    add_cache_policy(request, response, m_config.secure_cookies);
    return response;
}

void App::identify(Request& request)
{
    Visitor& visitor = request.visitor;
    const bool secure = m_config.secure_cookies;
    visitor.client_address = request.client_address;
    visitor.csrf_cookie = cookie_value(request.cookie, cookie_name(CSRF_COOKIE, secure));
    if (visitor.csrf_cookie.size() != FORM_COOKIE_LENGTH) {
        visitor.csrf_cookie = auth::random_token();
        visitor.csrf_is_new = true;
    }
    visitor.csrf_token = visitor.csrf_cookie;
    if (request.path.starts_with("/api/") && request.authorization.starts_with("Bearer ")) {
        // Programs send a personal token instead of a session cookie; cookies are then ignored.
        const std::string token = request.authorization.substr(7);
        auto user = m_services.store.api_token_user(auth::token_hash(token), now_iso());
        if (!user) {
            // The store is away: that says nothing about the token (503, not 401).
            visitor.store_unavailable = true;
            visitor.store_error = user.error();
        } else if (*user) {
            visitor.user = std::move(**user);
            visitor.by_api_token = true;
        } else {
            visitor.bad_api_token = true;
        }
        return;
    }
    const std::string session = cookie_value(request.cookie, cookie_name(SESSION_COOKIE, secure));
    if (session.empty()) {
        return;
    }
    const std::string hash = auth::token_hash(session);
    auto user = m_services.store.session_user(hash, now_iso());
    if (!user) {
        // The store is away: the member is not signed out, the answer is 503 (not a CSRF error).
        visitor.store_unavailable = true;
        visitor.store_error = user.error();
        return;
    }
    if (*user) {
        visitor.user = std::move(**user);
        visitor.session_token_hash = hash;
        // Signed in, forms carry the session's own token: a planted form cookie is worth nothing.
        visitor.csrf_token = auth::session_form_token(session);
        if (request.method == "GET" && !request.path.starts_with("/static/") && !request.path.starts_with("/api/")) {
            // Pages say in the navigation that messages wait.
            visitor.unread_notifications = unread_notifications(m_services.store, visitor.user->id);
        }
    }
}

// The page a path without its trailing slash, or nullopt when the path has none.
std::optional<Response> App::without_trailing_slash(const Request& request)
{
    const std::string& path = request.path;
    if (path.size() <= 1 || !path.ends_with('/')) {
        return std::nullopt;
    }
    // The path goes out encoded again and must stay on this site ("//evil.example/" is no path
    // of ours).
    std::string target = encoded_path(path.substr(0, path.size() - 1));
    if (!request.query.empty()) {
        target += '?';
        target += request.query;
    }
    const std::string location = site_local_target(target, "");
    if (location.empty()) {
        return not_found(request, m_services);
    }
    Response redirect{301, "text/plain; charset=utf-8", "", {}};
    return redirect.with_header("Location", location);
}

// Every change is a POST and carries the form token: the session's own when signed in, else the
// browser's form cookie (double submit). It is checked before the form is parsed, and a form of
// more fields than any of ours is refused unparsed.
Result<void> App::check_form_token(const Request& request) const
{
    const bool is_multipart = request.content_type.starts_with("multipart/form-data");
    if (!is_multipart && form_field_count(request.body) > MAX_FORM_FIELDS) {
        return fail(ErrorCode::Invalid, "error.form.too_many_fields");
    }
    const std::string sent_token =
        is_multipart ? multipart_field(request, CSRF_FIELD) : Form::first_value(request.body, CSRF_FIELD);
    const bool token_matches = (request.visitor.is_signed_in() || !request.visitor.csrf_is_new) &&
                               auth::constant_time_equal(sent_token, request.visitor.csrf_token);
    if (!token_matches) {
        return fail(ErrorCode::Forbidden, "error.csrf");
    }
    return {};
}

// Who may call the route: members are sent to the sign-in page (GET) or refused; API writes need
// a personal token.
std::optional<Response> App::refuse_by_access(const Request& request, const Route& route)
{
    switch (route.access) {
    case Access::Anyone:
        return std::nullopt;
    case Access::Members:
        return require_member(request, m_services);
    case Access::ApiToken:
        if (request.visitor.by_api_token && request.visitor.is_signed_in()) {
            return std::nullopt;
        }
        return error_response(request, m_services, Error{ErrorCode::Unauthorised, "error.api_token.needed", {}, {}});
    }
    return std::nullopt;
}

Response App::route(Request& request)
{
    if (!is_known_method(request.method)) {
        return method_not_allowed(request, m_services, "GET, HEAD, POST", 501);
    }
    const RouteMatch match = m_router.find(request.method, request.path);
    if (request.method == "OPTIONS") {
        Response response{204, "text/plain; charset=utf-8", "", {}};
        const std::string allow = match.path_known ? match.allow + ", OPTIONS"
                                  : request.path.starts_with("/api/") ? "GET, HEAD, POST, PUT, DELETE, OPTIONS"
                                                                      : "GET, HEAD, POST, OPTIONS";
        return response.with_header("Allow", allow);
    }
    if (auto redirect = without_trailing_slash(request)) {
        return std::move(*redirect);
    }
    const bool needs_store = match.route == nullptr || match.route->needs_store;
    if (needs_store && request.visitor.store_unavailable) {
        return error_response(request, m_services, request.visitor.store_error);
    }
    if (request.path.starts_with("/api/") && request.visitor.bad_api_token) {
        return error_response(request, m_services, Error{ErrorCode::Unauthorised, "error.api_token.invalid", {}, {}});
    }
    if (match.route == nullptr) {
        return match.path_known ? method_not_allowed(request, m_services, match.allow.c_str())
                                : not_found(request, m_services);
    }
    const Route& route = *match.route;
    if (request.method == "POST" && route.needs_form_token && route.access != Access::ApiToken) {
        if (auto checked = check_form_token(request); !checked) {
            return error_response(request, m_services, checked.error());
        }
    }
    if (auto refused = refuse_by_access(request, route)) {
        return std::move(*refused);
    }
    return answer(request, route, match.params);
}

// Runs the handler; anonymous answers of cacheable routes come from the page cache while the
// database is unchanged (a change by any process moves data_version on). Members see their own
// navigation: never cached. Only queries made of parameters some page reads are cached.
Response App::answer(const Request& request, const Route& route, const PathParams& params)
{
    const bool cacheable = route.caching == Caching::SharedForPublic && !request.visitor.is_signed_in() &&
                           has_only_known_parameters(request.query);
    if (!cacheable) {
        return respond(request, route, params);
    }
    auto version = m_services.store.data_version();
    if (!version) {
        spdlog::warn("data version: {}", version.error().detail);
        return error_response(request, m_services, version.error());
    }
    const std::string cache_key = request.query.empty() ? request.path : request.path + "?" + request.query;
    if (auto cached = m_cache.find(cache_key, *version)) {
        return *cached;
    }
    Response response = respond(request, route, params);
    if (response.status == 200) {
        m_cache.store(cache_key, *version, response);
    }
    return response;
}

// The one error boundary of handlers: an error becomes the error page (or JSON under /api/).
Response App::respond(const Request& request, const Route& route, const PathParams& params)
{
    Result<Response> response = route.handler(request, m_services, params);
    if (!response) {
        return error_response(request, m_services, response.error());
    }
    return std::move(*response);
}

std::size_t App::body_limit(const Request& head, std::size_t upload_bytes) const
{
    return m_router.body_limit(head.method, head.path, head.content_type, upload_bytes);
}

} // namespace rundum::web
