// SPDX-License-Identifier: EUPL-1.2
// Pattern matching for the route table. Patterns are compiled once at start; a request splits
// its path once and compares segments, so finding a route costs a few string comparisons.
#include "web/http/router.hpp"

#include <array>
#include <stdexcept>

#include "web/http/request_limits.hpp"

namespace rundum::web {

namespace {

// "/a/b/c" -> {"a", "b", "c"}; "/" -> {}. Empty parts stay (and match no parameter).
std::vector<std::string_view> split_path(std::string_view path)
{
    std::vector<std::string_view> parts;
    if (path.starts_with('/')) {
        path.remove_prefix(1);
    }
    if (path.empty()) {
        return parts;
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t end = path.find('/', start);
        parts.push_back(path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) {
            return parts;
        }
        start = end + 1;
    }
}

bool method_matches(Method method, std::string_view name)
{
    switch (method) {
    case Method::Get:
        return name == "GET" || name == "HEAD";
    case Method::Post:
        return name == "POST";
    case Method::Put:
        return name == "PUT";
    case Method::Delete:
        return name == "DELETE";
    }
    return false;
}

constexpr std::array<std::pair<Method, std::string_view>, 4> METHOD_NAMES = {{
    {Method::Get, "GET, HEAD"},
    {Method::Post, "POST"},
    {Method::Put, "PUT"},
    {Method::Delete, "DELETE"},
}};

} // namespace

Router::Router(RouteList routes) : m_routes(std::move(routes))
{
    for (std::size_t index = 0; index < m_routes.size(); ++index) {
        const Route& route = m_routes[index];
        Pattern* pattern = nullptr;
        for (Pattern& known : m_patterns) {
            if (known.text == route.pattern) {
                pattern = &known;
            }
        }
        if (pattern == nullptr) {
            Pattern compiled{route.pattern, {}, {}};
            for (std::string_view part : split_path(route.pattern)) {
                const std::size_t open = part.find('{');
                const std::size_t close = part.find('}');
                if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
                    compiled.segments.push_back(Segment{part, {}, false});
                } else {
                    compiled.segments.push_back(Segment{part.substr(0, open), part.substr(close + 1), true});
                }
            }
            m_patterns.push_back(std::move(compiled));
            pattern = &m_patterns.back();
        }
        for (std::size_t other : pattern->routes) {
            if (m_routes[other].method == route.method) {
                throw std::logic_error("route table: " + std::string(route.pattern) + " twice for one method");
            }
        }
        pattern->routes.push_back(index);
    }
}

bool Router::matches(const Pattern& pattern, const std::vector<std::string_view>& parts, PathParams& params) const
{
    if (pattern.segments.size() != parts.size()) {
        return false;
    }
    params.clear();
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Segment& segment = pattern.segments[i];
        std::string_view part = parts[i];
        if (!segment.is_parameter) {
            if (part != segment.literal) {
                return false;
            }
            continue;
        }
        // A parameter is never empty: "/staedte//bild" names no city.
        if (part.size() <= segment.literal.size() + segment.suffix.size() || !part.starts_with(segment.literal) ||
            !part.ends_with(segment.suffix)) {
            return false;
        }
        part.remove_prefix(segment.literal.size());
        part.remove_suffix(segment.suffix.size());
        params.push_back(part);
    }
    return true;
}

// At the first segment where they differ in kind, a literal beats a parameter with fixed text
// around it, which beats a bare parameter: "/praxisbeispiele/neu" before "/praxisbeispiele/{id}".
bool Router::more_specific(const Pattern& a, const Pattern& b)
{
    auto rank = [](const Segment& segment) {
        return !segment.is_parameter ? 2 : (segment.literal.empty() && segment.suffix.empty() ? 0 : 1);
    };
    for (std::size_t i = 0; i < a.segments.size() && i < b.segments.size(); ++i) {
        if (rank(a.segments[i]) != rank(b.segments[i])) {
            return rank(a.segments[i]) > rank(b.segments[i]);
        }
    }
    return false;
}

RouteMatch Router::find(std::string_view method, std::string_view path) const
{
    const std::vector<std::string_view> parts = split_path(path);
    const Pattern* best = nullptr;
    PathParams best_params;
    PathParams params;
    for (const Pattern& pattern : m_patterns) {
        if (matches(pattern, parts, params) && (best == nullptr || more_specific(pattern, *best))) {
            best = &pattern;
            best_params = params;
        }
    }
    RouteMatch match;
    if (best == nullptr) {
        return match;
    }
    match.path_known = true;
    for (const auto& [kind, name] : METHOD_NAMES) {
        for (std::size_t index : best->routes) {
            if (m_routes[index].method != kind) {
                continue;
            }
            if (!match.allow.empty()) {
                match.allow += ", ";
            }
            match.allow += name;
            if (method_matches(kind, method)) {
                match.route = &m_routes[index];
            }
        }
    }
    if (match.route != nullptr) {
        match.params = std::move(best_params);
    }
    return match;
}

std::size_t Router::body_limit(std::string_view method, std::string_view path, std::string_view content_type,
                               std::size_t upload_bytes) const
{
    if (method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "DELETE") {
        return SMALL_FORM_BYTES; // nobody needs a body here; a small one is read and ignored
    }
    const RouteMatch match = find(method, path);
    if (match.route == nullptr) {
        return SMALL_FORM_BYTES; // refused unread anyway
    }
    switch (match.route->body) {
    case BodyLimit::SmallForm:
        return SMALL_FORM_BYTES;
    case BodyLimit::Upload:
        return content_type.starts_with("multipart/form-data") ? upload_bytes : FORM_BYTES;
    case BodyLimit::Form:
        break;
    }
    return FORM_BYTES;
}

} // namespace rundum::web
