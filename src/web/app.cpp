// Routing table, visitor identification, CSRF check and the per-request boundary.
#include "web/app.hpp"

#include <algorithm>
#include <map>

#include <spdlog/spdlog.h>

#include "auth/tokens.hpp"
#include "web/account_pages.hpp"
#include "web/adoption_pages.hpp"
#include "web/admin_pages.hpp"
#include "web/advice_pages.hpp"
#include "web/answer_pages.hpp"
#include "web/api_cities.hpp"
#include "web/api_meetings.hpp"
#include "web/api_projects.hpp"
#include "web/api_similarity.hpp"
#include "web/api_token_pages.hpp"
#include "web/challenge_approach_pages.hpp"
#include "web/challenge_pages.hpp"
#include "web/agenda_attachment_pages.hpp"
#include "web/agenda_pages.hpp"
#include "web/agenda_removal_pages.hpp"
#include "web/meeting_calendar.hpp"
#include "web/meeting_pages.hpp"
#include "web/network_news_pages.hpp"
#include "web/minutes_pages.hpp"
#include "web/privacy_pages.hpp"
#include "web/registration_pages.hpp"
#include "web/city_edit_pages.hpp"
#include "web/city_image_pages.hpp"
#include "web/city_pages.hpp"
#include "web/clock.hpp"
#include "web/error_pages.hpp"
#include "web/form.hpp"
#include "web/home_page.hpp"
#include "web/indicator_pages.hpp"
#include "web/learning_network_pages.hpp"
#include "web/interest_pages.hpp"
#include "web/notification_mail_pages.hpp"
#include "web/notification_pages.hpp"
#include "web/pilot_milestone_pages.hpp"
#include "web/pilot_pages.hpp"
#include "web/pilot_partner_pages.hpp"
#include "web/project_attachment_pages.hpp"
#include "web/project_exports.hpp"
#include "web/project_pages.hpp"
#include "web/client_address.hpp"
#include "web/question_pages.hpp"
#include "web/redirect_target.hpp"
#include "web/request_limits.hpp"
#include "web/search_pages.hpp"
#include "web/similar_cities_pages.hpp"
#include "web/static_files.hpp"
#include "web/topic_pages.hpp"

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

// "/staedte/muenchen" with prefix "/staedte/" -> "muenchen"; empty if the path does not match
// or the rest has further slashes.
std::string_view path_segment(std::string_view path, std::string_view prefix, std::string_view suffix = {})
{
    if (!path.starts_with(prefix) || !path.ends_with(suffix) ||
        path.size() <= prefix.size() + suffix.size()) {
        return {};
    }
    std::string_view rest = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    return rest.find('/') == std::string_view::npos ? rest : std::string_view{};
}

// "/praxisbeispiele/p-1/anhaenge/a-2" with prefix "/praxisbeispiele/", middle "/anhaenge/"
// -> {"p-1", "a-2"}; empty parts if the path does not have that shape.
std::pair<std::string_view, std::string_view> two_segments(std::string_view path, std::string_view prefix,
                                                           std::string_view middle, std::string_view suffix = {})
{
    if (!path.starts_with(prefix) || !path.ends_with(suffix) || path.size() < prefix.size() + suffix.size()) {
        return {};
    }
    std::string_view rest = path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
    const std::size_t split = rest.find(middle);
    if (split == std::string_view::npos || split == 0) {
        return {};
    }
    std::string_view first = rest.substr(0, split);
    std::string_view second = rest.substr(split + middle.size());
    if (second.empty() || first.find('/') != std::string_view::npos || second.find('/') != std::string_view::npos) {
        return {};
    }
    return {first, second};
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

Response method_not_allowed(const Request& request, Services& services, const char* allowed)
{
    Response response = error_response(
        request, services, Error{ErrorCode::Invalid, "error.page.method_not_allowed", {}, {}});
    response.status = 405;
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
      m_services{store, catalogue, *m_templates, m_map, m_cache, m_hasher, m_config, search_index, m_follower}
{
}

std::optional<Response> App::refuse_before_body(const Request& head)
{
    if (head.method == "GET" || head.method == "HEAD" || head.method == "OPTIONS" || is_unsubscribe_path(head.path) ||
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

Response App::route(Request& request)
{
    const std::string& path = request.path;
    if (path == "/healthz") {
        return Response{200, "text/plain; charset=utf-8", "ok\n", {}};
    }
    if (auto name = path_segment(path, "/static/"); !name.empty()) {
        return static_file(request, m_services, name);
    }
    if (!is_known_method(request.method)) {
        Response response = method_not_allowed(request, m_services, "GET, HEAD, POST");
        response.status = 501;
        return response;
    }
    if (request.method == "OPTIONS") {
        Response response{204, "text/plain; charset=utf-8", "", {}};
        return response.with_header("Allow", path.starts_with("/api/") ? "GET, HEAD, POST, PUT, DELETE, OPTIONS"
                                                                        : "GET, HEAD, POST, OPTIONS");
    }
    if (path.size() > 1 && path.ends_with('/')) {
        // The same page without the slash; the path goes out encoded again and must stay on
        // this site ("//evil.example/" is no path of ours).
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
    if (request.visitor.store_unavailable) {
        return error_response(request, m_services, request.visitor.store_error);
    }
    if (path.starts_with("/api/")) {
        if (request.visitor.bad_api_token) {
            return error_response(request, m_services, Error{ErrorCode::Unauthorised, "error.api_token.invalid", {}, {}});
        }
        if (auto response = route_api_writes(request)) {
            return std::move(*response);
        }
    }
    if (request.method == "POST" && !is_unsubscribe_path(path)) {
        // Every change is a POST and carries the form token: the session's own when signed in,
        // else the browser's form cookie (double submit). It is checked before the form is
        // parsed, and a form of more fields than any of ours is refused unparsed.
        const bool is_multipart = request.content_type.starts_with("multipart/form-data");
        if (!is_multipart && form_field_count(request.body) > MAX_FORM_FIELDS) {
            return error_response(request, m_services, Error{ErrorCode::Invalid, "error.form.too_many_fields", {}, {}});
        }
        const std::string sent_token = is_multipart ? multipart_field(request, CSRF_FIELD)
                                                    : Form::first_value(request.body, CSRF_FIELD);
        const bool token_matches = request.visitor.is_signed_in()
                                       ? auth::constant_time_equal(sent_token, request.visitor.csrf_token)
                                       : !request.visitor.csrf_is_new &&
                                             auth::constant_time_equal(sent_token, request.visitor.csrf_token);
        if (!token_matches) {
            return error_response(request, m_services, Error{ErrorCode::Forbidden, "error.csrf", {}, {}});
        }
    }
    // Pages answer GET, HEAD and POST; any other method never reaches a page handler.
    const bool is_page_method = request.method == "GET" || request.method == "HEAD" || request.method == "POST";
    if (is_page_method) {
        if (auto response = route_members(request)) {
            return std::move(*response);
        }
    }
    if (request.method != "GET" && request.method != "HEAD") {
        return method_not_allowed(request, m_services, "GET, HEAD");
    }
    return route_public(request);
}

std::optional<Response> App::route_members(const Request& request)
{
    const std::string& path = request.path;
    const bool is_post = request.method == "POST";
    if (path == "/anmelden") {
        return is_post ? sign_in(request, m_services) : sign_in_page(request, m_services);
    }
    if (path == "/abmelden") {
        return is_post ? sign_out(request, m_services) : method_not_allowed(request, m_services, "POST");
    }
    if (auto token = path_segment(path, "/passwort-setzen/"); !token.empty()) {
        return is_post ? set_password(request, m_services, token, TokenPurpose::SetPassword)
                       : set_password_page(request, m_services, token, TokenPurpose::SetPassword);
    }
    if (auto token = path_segment(path, "/passwort-neu/"); !token.empty()) {
        return is_post ? set_password(request, m_services, token, TokenPurpose::ResetPassword)
                       : set_password_page(request, m_services, token, TokenPurpose::ResetPassword);
    }
    if (path == "/passwort-vergessen") {
        return is_post ? forgot_password(request, m_services) : forgot_password_page(request, m_services);
    }
    if (path == "/konto") {
        return is_post ? method_not_allowed(request, m_services, "GET, HEAD") : account_page(request, m_services);
    }
    if (path == "/konto/daten.json") {
        return is_post ? method_not_allowed(request, m_services, "GET, HEAD") : personal_data_json(request, m_services);
    }
    if (path == "/konto/meine-daten") {
        return is_post ? method_not_allowed(request, m_services, "GET, HEAD") : personal_data_page(request, m_services);
    }
    if (path == "/verwaltung/datenschutz") {
        return is_post ? save_privacy_notice(request, m_services) : privacy_edit_page(request, m_services);
    }
    if (path == "/konto/ueberall-abmelden") {
        return is_post ? sign_out_everywhere(request, m_services) : method_not_allowed(request, m_services, "POST");
    }
    if (path == "/konto/loeschen") {
        return is_post ? delete_account(request, m_services) : method_not_allowed(request, m_services, "POST");
    }
    if (path == "/verwaltung") {
        return is_post ? method_not_allowed(request, m_services, "GET, HEAD") : admin_page(request, m_services);
    }
    if (path == "/verwaltung/einladen") {
        return is_post ? invite_member(request, m_services) : method_not_allowed(request, m_services, "POST");
    }
    if (auto slug = path_segment(path, "/staedte/", "/kennzahlen/bearbeiten"); !slug.empty()) {
        return is_post ? save_indicators(request, m_services, slug) : indicators_edit_page(request, m_services, slug);
    }
    if (auto slug = path_segment(path, "/staedte/", "/bearbeiten"); !slug.empty()) {
        return is_post ? save_city_profile(request, m_services, slug) : city_edit_page(request, m_services, slug);
    }
    if (auto slug = path_segment(path, "/staedte/", "/bild"); !slug.empty() && is_post) {
        return upload_city_image(request, m_services, slug);
    }
    if (auto slug = path_segment(path, "/staedte/", "/bild/entfernen"); !slug.empty()) {
        return is_post ? remove_city_image(request, m_services, slug) : method_not_allowed(request, m_services, "POST");
    }
    if (auto slug = path_segment(path, "/staedte/", "/versionen"); !slug.empty()) {
        return is_post ? restore_city_version(request, m_services, slug)
                       : city_versions_page(request, m_services, slug);
    }
    if (auto response = route_projects(request)) {
        return response;
    }
    if (auto response = route_challenges(request)) {
        return response;
    }
    if (auto response = route_learning(request)) {
        return response;
    }
    if (auto response = route_questions(request)) {
        return response;
    }
    if (auto response = route_notification_mail(request)) {
        return response;
    }
    if (auto response = route_pilots(request)) {
        return response;
    }
    if (auto response = route_meetings(request)) {
        return response;
    }
    if (path == "/verwaltung/themen") {
        return is_post ? save_topics(request, m_services) : topics_page(request, m_services);
    }
    if (path == "/konto/api-token") {
        return is_post ? create_api_token(request, m_services) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/konto/api-token/", "/widerrufen"); !id.empty()) {
        return is_post ? revoke_api_token(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    return std::nullopt;
}

std::optional<Response> App::route_projects(const Request& request)
{
    const std::string& path = request.path;
    const bool is_post = request.method == "POST";
    if (path == "/praxisbeispiele/neu") {
        return is_post ? create_project(request, m_services) : new_project_page(request, m_services);
    }
    if (auto id = path_segment(path, "/praxisbeispiele/", "/bearbeiten"); !id.empty()) {
        return is_post ? save_project(request, m_services, id) : project_edit_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/praxisbeispiele/", "/versionen"); !id.empty()) {
        return is_post ? restore_project_version(request, m_services, id) : project_versions_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/praxisbeispiele/", "/loeschen"); !id.empty()) {
        return is_post ? delete_project(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/praxisbeispiele/", "/anhaenge"); !id.empty()) {
        return is_post ? upload_attachment(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto [id, file] = two_segments(path, "/praxisbeispiele/", "/anhaenge/", "/entfernen"); !id.empty()) {
        return is_post ? remove_attachment(request, m_services, id, file) : method_not_allowed(request, m_services, "POST");
    }
    if (auto [id, file] = two_segments(path, "/praxisbeispiele/", "/anhaenge/"); !id.empty() && !is_post) {
        // Files of members-only projects depend on who asks: never from the shared page cache.
        return download_attachment(request, m_services, id, file);
    }
    if (auto id = path_segment(path, "/praxisbeispiele/"); !id.empty() && request.visitor.is_signed_in() && !is_post) {
        return project_page(request, m_services, id); // members see members-only projects: not cached
    }
    return std::nullopt;
}

std::optional<Response> App::route_challenges(const Request& request)
{
    const std::string& path = request.path;
    const bool is_post = request.method == "POST";
    if (path == "/herausforderungen/neu") {
        return is_post ? create_challenge(request, m_services) : new_challenge_page(request, m_services);
    }
    if (auto slug = path_segment(path, "/herausforderungen/", "/bearbeiten"); !slug.empty()) {
        return is_post ? save_challenge(request, m_services, slug) : challenge_edit_page(request, m_services, slug);
    }
    if (auto slug = path_segment(path, "/herausforderungen/", "/loeschen"); !slug.empty()) {
        return is_post ? delete_challenge(request, m_services, slug) : method_not_allowed(request, m_services, "POST");
    }
    if (auto slug = path_segment(path, "/herausforderungen/", "/ansatz"); !slug.empty()) {
        return is_post ? save_approach(request, m_services, slug) : approach_page(request, m_services, slug);
    }
    return std::nullopt;
}

// Nachmachen: adoptions, interest, advice, and the notifications they send.
std::optional<Response> App::route_learning(const Request& request)
{
    const std::string& path = request.path;
    const bool is_post = request.method == "POST";
    if (auto id = path_segment(path, "/praxisbeispiele/", "/uebernehmen"); !id.empty()) {
        return is_post ? record_adoption(request, m_services, id) : adopt_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/praxisbeispiele/", "/interesse"); !id.empty()) {
        return is_post ? express_interest(request, m_services, id) : interest_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/praxisbeispiele/", "/interesse/zurueckziehen"); !id.empty()) {
        return is_post ? withdraw_interest(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/praxisbeispiele/", "/beratung"); !id.empty()) {
        return is_post ? record_advice(request, m_services, id) : advice_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/uebernahmen/", "/bearbeiten"); !id.empty()) {
        return is_post ? save_adoption(request, m_services, id) : adoption_edit_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/uebernahmen/", "/loeschen"); !id.empty()) {
        return is_post ? delete_adoption(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/beratung/", "/loeschen"); !id.empty()) {
        return is_post ? delete_advice(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (path == "/konto/mitteilungen/gelesen") {
        return is_post ? mark_notifications_read(request, m_services) : method_not_allowed(request, m_services, "POST");
    }
    return std::nullopt;
}

// Questions to the network and their answers: members only, never cached.
std::optional<Response> App::route_questions(const Request& request)
{
    const std::string& path = request.path;
    const bool is_post = request.method == "POST";
    if (path == "/fragen") {
        return is_post ? method_not_allowed(request, m_services, "GET, HEAD") : question_list_page(request, m_services);
    }
    if (path == "/fragen/neu") {
        return is_post ? create_question(request, m_services) : new_question_page(request, m_services);
    }
    if (auto id = path_segment(path, "/fragen/", "/bearbeiten"); !id.empty()) {
        return is_post ? save_question(request, m_services, id) : question_edit_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/fragen/", "/loeschen"); !id.empty()) {
        return is_post ? delete_question(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/fragen/", "/antworten"); !id.empty()) {
        return is_post ? add_answer(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/fragen/"); !id.empty()) {
        return is_post ? method_not_allowed(request, m_services, "GET, HEAD") : question_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/antworten/", "/bearbeiten"); !id.empty()) {
        return is_post ? save_answer(request, m_services, id) : answer_edit_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/antworten/", "/loeschen"); !id.empty()) {
        return is_post ? delete_answer(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/antworten/", "/hilfreich"); !id.empty()) {
        return is_post ? mark_answer_helpful(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    return std::nullopt;
}

std::optional<Response> App::route_notification_mail(const Request& request)
{
    const std::string& path = request.path;
    const bool is_post = request.method == "POST";
    if (path == "/konto/benachrichtigungen") {
        return is_post ? save_notification_mail_mode(request, m_services)
                       : method_not_allowed(request, m_services, "POST");
    }
    if (auto token = path_segment(path, UNSUBSCRIBE_PATH); !token.empty()) {
        return is_post ? unsubscribe(request, m_services, token) : unsubscribe_page(request, m_services, token);
    }
    return std::nullopt;
}

// Joint pilot projects: the lead cities' forms, each city's own entry, documents (members only,
// never cached), and the pages members see (the public's come from route_public's cache).
std::optional<Response> App::route_pilots(const Request& request)
{
    const std::string& path = request.path;
    const bool is_post = request.method == "POST";
    if (!path.starts_with("/pilotprojekte")) {
        return std::nullopt;
    }
    if (path == "/pilotprojekte/neu") {
        return is_post ? create_pilot(request, m_services) : new_pilot_page(request, m_services);
    }
    if (auto slug = path_segment(path, "/pilotprojekte/", "/bearbeiten"); !slug.empty()) {
        return is_post ? save_pilot(request, m_services, slug) : pilot_edit_page(request, m_services, slug);
    }
    if (auto slug = path_segment(path, "/pilotprojekte/", "/loeschen"); !slug.empty()) {
        return is_post ? delete_pilot(request, m_services, slug) : method_not_allowed(request, m_services, "POST");
    }
    if (auto slug = path_segment(path, "/pilotprojekte/", "/meilensteine"); !slug.empty()) {
        return is_post ? save_milestones(request, m_services, slug) : milestones_page(request, m_services, slug);
    }
    if (auto [slug, city] = two_segments(path, "/pilotprojekte/", "/partner/"); !slug.empty()) {
        return is_post ? save_partner_entry(request, m_services, slug, city)
                       : partner_entry_page(request, m_services, slug, city);
    }
    if (auto slug = path_segment(path, "/pilotprojekte/", "/dokumente"); !slug.empty()) {
        return is_post ? upload_pilot_document(request, m_services, slug) : method_not_allowed(request, m_services, "POST");
    }
    if (auto [slug, file] = two_segments(path, "/pilotprojekte/", "/dokumente/", "/entfernen"); !slug.empty()) {
        return is_post ? remove_pilot_document(request, m_services, slug, file)
                       : method_not_allowed(request, m_services, "POST");
    }
    if (auto [slug, file] = two_segments(path, "/pilotprojekte/", "/dokumente/"); !slug.empty() && !is_post) {
        return download_pilot_document(request, m_services, slug, file);
    }
    if (request.visitor.is_signed_in() && !is_post) {
        if (path == "/pilotprojekte") {
            return pilot_list_page(request, m_services);
        }
        if (auto slug = path_segment(path, "/pilotprojekte/"); !slug.empty()) {
            return pilot_page(request, m_services, slug);
        }
    }
    return std::nullopt;
}

// Network meetings: the pages of everyone (answered outside the page cache, see
// meeting_pages.cpp), the admins' planning, agenda and minutes, the cities' proposals,
// registrations and action items.
std::optional<Response> App::route_meetings(const Request& request)
{
    const std::string& path = request.path;
    const bool is_post = request.method == "POST";
    const bool is_read = request.method == "GET" || request.method == "HEAD";
    if (path == "/meetings.ics") {
        return is_read ? std::optional(meetings_calendar(request, m_services)) : std::nullopt;
    }
    if (path == NETWORK_NEWS_PATH) {
        return is_read ? std::optional(network_news_page(request, m_services)) : std::nullopt;
    }
    if (!path.starts_with("/treffen") && !path.starts_with("/aufgaben/") &&
        !path.starts_with("/tagesordnungspunkte/")) {
        return std::nullopt;
    }
    if (auto id = path_segment(path, "/treffen/", ".ics"); !id.empty() && is_read) {
        return meeting_calendar_file(request, m_services, id);
    }
    if (path == "/treffen") {
        return is_read ? std::optional(meeting_list_page(request, m_services)) : std::nullopt;
    }
    if (path == "/treffen/neu") {
        return is_post ? create_meeting(request, m_services) : new_meeting_page(request, m_services);
    }
    if (auto id = path_segment(path, "/treffen/", "/bearbeiten"); !id.empty()) {
        return is_post ? save_meeting(request, m_services, id) : meeting_edit_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/treffen/", "/loeschen"); !id.empty()) {
        return is_post ? delete_meeting(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/treffen/", "/vorschlagen"); !id.empty()) {
        return is_post ? propose_item(request, m_services, id) : propose_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/treffen/", "/tagesordnung"); !id.empty()) {
        return is_post ? save_agenda(request, m_services, id) : agenda_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/treffen/", "/tagesordnung/neu"); !id.empty()) {
        return is_post ? add_agenda_item(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/treffen/", "/anmeldung"); !id.empty()) {
        return is_post ? save_registration(request, m_services, id) : registration_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/treffen/", "/anmeldung/zurueckziehen"); !id.empty()) {
        return is_post ? withdraw_registration(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto id = path_segment(path, "/treffen/", "/protokoll"); !id.empty()) {
        return is_post ? save_minutes(request, m_services, id) : minutes_page(request, m_services, id);
    }
    if (auto id = path_segment(path, "/treffen/", "/aufgaben"); !id.empty()) {
        return is_post ? add_action_item(request, m_services, id) : method_not_allowed(request, m_services, "POST");
    }
    if (auto [id, item] = two_segments(path, "/treffen/", "/aufgaben/", "/entfernen"); !id.empty()) {
        return is_post ? remove_action_item(request, m_services, id, item) : method_not_allowed(request, m_services, "POST");
    }
    if (auto item = path_segment(path, "/aufgaben/", "/erledigt"); !item.empty()) {
        return is_post ? complete_action_item(request, m_services, item) : method_not_allowed(request, m_services, "POST");
    }
    if (auto item = path_segment(path, "/tagesordnungspunkte/", "/loeschen"); !item.empty()) {
        return is_post ? remove_agenda_item(request, m_services, item) : method_not_allowed(request, m_services, "POST");
    }
    if (auto item = path_segment(path, "/tagesordnungspunkte/", "/anhaenge"); !item.empty()) {
        return is_post ? upload_agenda_attachment(request, m_services, item)
                       : method_not_allowed(request, m_services, "POST");
    }
    if (auto [item, file] = two_segments(path, "/tagesordnungspunkte/", "/anhaenge/", "/entfernen"); !item.empty()) {
        return is_post ? remove_agenda_attachment(request, m_services, item, file)
                       : method_not_allowed(request, m_services, "POST");
    }
    if (auto [item, file] = two_segments(path, "/tagesordnungspunkte/", "/anhaenge/"); !item.empty() && is_read) {
        // Members-only files depend on who asks: never from the shared page cache.
        return download_agenda_attachment(request, m_services, item, file);
    }
    if (auto id = path_segment(path, "/treffen/"); !id.empty() && is_read) {
        return meeting_page(request, m_services, id);
    }
    return std::nullopt;
}

std::optional<Response> App::route_api_writes(const Request& request)
{
    const std::string& path = request.path;
    const std::string& method = request.method;
    if (path == "/api/v1/projects" && method == "POST") {
        return api_create_project(request, m_services);
    }
    if (auto id = path_segment(path, "/api/v1/projects/"); !id.empty()) {
        if (method == "PUT") {
            return api_replace_project(request, m_services, id);
        }
        if (method == "DELETE") {
            return api_delete_project(request, m_services, id);
        }
        if (method != "GET" && method != "HEAD") {
            return method_not_allowed(request, m_services, "GET, HEAD, PUT, DELETE");
        }
    }
    if (method != "GET" && method != "HEAD") {
        return method_not_allowed(request, m_services, "GET, HEAD");
    }
    if (request.visitor.by_api_token) {
        // A token's member may see members-only projects: answer outside the public cache.
        return route_api_reads(request);
    }
    return std::nullopt;
}

Response App::route_public(const Request& request)
{
    const std::string& path = request.path;
    // Pages for the public are the same for every anonymous visitor: answer them from the
    // cache while the database is unchanged. Members see their own navigation: no cache.
    // Only queries made of parameters some page reads are cached (has_only_known_parameters).
    const bool cacheable = !request.visitor.is_signed_in() && has_only_known_parameters(request.query);
    const std::string cache_key = request.query.empty() ? path : path + "?" + request.query;
    auto version = m_services.store.data_version();
    if (!version) {
        spdlog::warn("data version: {}", version.error().detail);
        return error_response(request, m_services, version.error());
    }
    if (cacheable) {
        if (auto cached = m_cache.find(cache_key, *version)) {
            return *cached;
        }
    }
    Response response;
    if (path == "/") {
        response = home_page(request, m_services);
    } else if (path == "/staedte") {
        response = directory_page(request, m_services);
    } else if (auto image_slug = path_segment(path, "/staedte/", "/bild"); !image_slug.empty()) {
        response = city_image(request, m_services, image_slug);
    } else if (auto slug = path_segment(path, "/staedte/", "/kontakt.vcf"); !slug.empty()) {
        response = city_vcard(request, m_services, slug);
    } else if (auto indicators_slug = path_segment(path, "/staedte/", "/kennzahlen"); !indicators_slug.empty()) {
        response = city_indicators_page(request, m_services, indicators_slug);
    } else if (auto city = path_segment(path, "/staedte/"); !city.empty()) {
        response = city_page(request, m_services, city);
    } else if (path == "/praxisbeispiele") {
        response = project_list_page(request, m_services);
    } else if (path == "/praxisbeispiele.csv") {
        response = project_list_csv(request, m_services);
    } else if (path == "/praxisbeispiele.xlsx") {
        response = project_list_xlsx(request, m_services);
    } else if (path == "/praxisbeispiele.atom") {
        response = project_feed(request, m_services);
    } else if (auto project = path_segment(path, "/praxisbeispiele/"); !project.empty()) {
        response = project_page(request, m_services, project);
    } else if (path == "/herausforderungen") {
        response = challenge_list_page(request, m_services);
    } else if (auto challenge = path_segment(path, "/herausforderungen/"); !challenge.empty()) {
        response = challenge_page(request, m_services, challenge);
    } else if (path == "/pilotprojekte") {
        response = pilot_list_page(request, m_services);
    } else if (auto pilot = path_segment(path, "/pilotprojekte/"); !pilot.empty()) {
        response = pilot_page(request, m_services, pilot);
    } else if (path == "/suche") {
        response = search_page(request, m_services);
    } else if (path == "/lernnetz") {
        response = learning_network_page(request, m_services);
    } else if (path == "/aehnliche-staedte") {
        response = similar_cities_page(request, m_services);
    } else if (path == "/datenschutz") {
        response = privacy_notice_page(request, m_services);
    } else if (path == "/suche/vorschlaege") {
        response = search_suggestions(request, m_services);
    } else if (auto api = route_api_reads(request)) {
        response = std::move(*api);
    } else {
        return not_found(request, m_services);
    }
    if (cacheable && response.status == 200) {
        m_cache.store(cache_key, *version, response);
    }
    return response;
}

std::optional<Response> App::route_api_reads(const Request& request)
{
    const std::string& path = request.path;
    if (path == "/api/v1/cities") {
        return api_cities(request, m_services);
    }
    if (auto slug = path_segment(path, "/api/v1/cities/"); !slug.empty()) {
        return api_city(request, m_services, slug);
    }
    if (auto slug = path_segment(path, "/api/v1/cities/", "/similar"); !slug.empty()) {
        return api_similar_cities(request, m_services, slug);
    }
    if (auto slug = path_segment(path, "/api/v1/cities/", "/recommendations"); !slug.empty()) {
        return api_recommendations(request, m_services, slug);
    }
    if (path == "/api/v1/projects") {
        return api_projects(request, m_services);
    }
    if (auto id = path_segment(path, "/api/v1/projects/"); !id.empty()) {
        return api_project(request, m_services, id);
    }
    if (path == "/api/v1/search") {
        return api_search(request, m_services);
    }
    if (path == "/api/v1/meetings") {
        return api_meetings(request, m_services);
    }
    if (path == "/api/v1/adoptions") {
        return api_adoptions(request, m_services);
    }
    if (path == "/api/v1/topics") {
        return api_topics(request, m_services);
    }
    return std::nullopt;
}

} // namespace rundum::web
