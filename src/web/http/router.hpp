// SPDX-License-Identifier: EUPL-1.2
// Finds the route of a request in the route table: the most specific pattern that matches the
// path, then the method; a path that matches with another method is a 405 with `Allow`.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "web/http/route.hpp"

namespace rundum::web {

/// What the router found for a method and a path.
struct RouteMatch {
    const Route* route{nullptr}; ///< nullptr: no route for this method (see path_known)
    PathParams params;           ///< the values of the pattern's {parameters}
    bool path_known{false};      ///< some route has this path (another method: 405, not 404)
    std::string allow;           ///< the methods of that path, for `Allow` ("GET, HEAD, POST")
};

class Router {
public:
    /// Compiles the patterns; two routes with the same method and pattern are a bug (throws
    /// std::logic_error at start, never during a request).
    explicit Router(RouteList routes);

    RouteMatch find(std::string_view method, std::string_view path) const;

    /// The largest body read for a request with this head: none worth reading for reads,
    /// `upload_bytes` for a multipart upload route, else the route's form size.
    std::size_t body_limit(std::string_view method, std::string_view path, std::string_view content_type,
                           std::size_t upload_bytes) const;

    const RouteList& routes() const { return m_routes; }

private:
    struct Segment {
        std::string_view literal; ///< the whole segment, or the text around a parameter
        std::string_view suffix;  ///< after the parameter ("{id}.ics" -> ".ics")
        bool is_parameter{false};
    };
    struct Pattern {
        std::string_view text;
        std::vector<Segment> segments;
        std::vector<std::size_t> routes; ///< indices into m_routes, one per method
    };

    bool matches(const Pattern& pattern, const std::vector<std::string_view>& parts, PathParams& params) const;
    static bool more_specific(const Pattern& a, const Pattern& b);

    RouteList m_routes;
    std::vector<Pattern> m_patterns;
};

} // namespace rundum::web
