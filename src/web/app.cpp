// Routing table and the per-request boundary.
#include "web/app.hpp"

#include <map>

#include <spdlog/spdlog.h>

#include "web/api_cities.hpp"
#include "web/city_pages.hpp"
#include "web/error_pages.hpp"
#include "web/home_page.hpp"
#include "web/static_files.hpp"

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

} // namespace

Result<std::unique_ptr<App>> App::create(store::Store& store, const i18n::Catalogue& catalogue)
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
    return std::unique_ptr<App>(new App(store, catalogue, std::move(templates), std::move(*map)));
}

App::App(store::Store& store, const i18n::Catalogue& catalogue, std::unique_ptr<Templates> templates,
         geo::GermanyMap map)
    : m_templates(std::move(templates)), m_map(std::move(map)),
      m_services{store, catalogue, *m_templates, m_map, m_cache}
{
}

Response App::handle(const Request& request)
{
    Response response;
    try {
        response = route(request);
    } catch (const std::exception& bug) {
        // The number ties what the user sees to the log line with the detail.
        const std::string request_id = std::to_string(++m_incidents);
        spdlog::error("request {}: {} {}: {}", request_id, request.method, request.path, bug.what());
        try {
            response = error_response(
                request, m_services,
                Error{ErrorCode::Internal, "error.internal_with_id", {request_id}, bug.what()});
        } catch (const std::exception&) {
            response = Response{500, "text/plain; charset=utf-8", "500", {}};
        }
    }
    add_security_headers(response);
    return response;
}

Response App::route(const Request& request)
{
    const std::string& path = request.path;
    if (request.method != "GET" && request.method != "HEAD") {
        Response response = error_response(
            request, m_services, Error{ErrorCode::Invalid, "error.page.method_not_allowed", {}, {}});
        response.status = 405;
        response.with_header("Allow", "GET, HEAD");
        return response;
    }
    if (path == "/healthz") {
        return Response{200, "text/plain; charset=utf-8", "ok\n", {}};
    }
    if (auto name = path_segment(path, "/static/"); !name.empty()) {
        return static_file(request, m_services, name);
    }
    if (path.size() > 1 && path.ends_with('/')) {
        Response redirect{301, "text/plain; charset=utf-8", "", {}};
        return redirect.with_header("Location", path.substr(0, path.size() - 1));
    }

    // Everything below depends on the database: answer from the cache while it is unchanged.
    auto version = m_services.store.data_version();
    if (!version) {
        spdlog::warn("data version: {}", version.error().detail);
        return error_response(request, m_services, version.error());
    }
    if (auto cached = m_cache.find(path, *version)) {
        return *cached;
    }
    Response response;
    if (path == "/") {
        response = home_page(request, m_services);
    } else if (path == "/staedte") {
        response = directory_page(request, m_services);
    } else if (auto slug = path_segment(path, "/staedte/", "/kontakt.vcf"); !slug.empty()) {
        response = city_vcard(request, m_services, slug);
    } else if (auto city = path_segment(path, "/staedte/"); !city.empty()) {
        response = city_page(request, m_services, city);
    } else if (path == "/api/v1/cities") {
        response = api_cities(request, m_services);
    } else if (auto api_slug = path_segment(path, "/api/v1/cities/"); !api_slug.empty()) {
        response = api_city(request, m_services, api_slug);
    } else {
        return not_found(request, m_services);
    }
    if (response.status == 200) {
        m_cache.store(path, *version, response);
    }
    return response;
}

} // namespace rundum::web
