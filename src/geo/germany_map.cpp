// SPDX-License-Identifier: EUPL-1.2
// Builds the map of Germany from the states' GeoJSON (see germany_map.hpp).
#include "geo/germany_map.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <set>
#include <utility>

#include "geo/geojson.hpp"
#include "geo/simplify.hpp"
#include "geo/svg_path.hpp"

namespace rundum::geo {

namespace {

// Douglas–Peucker tolerance in user units. Drawn 500 units wide, 0.6 and 0.85 look the same,
// but 0.6 gives 32 KB of path data for the 16 states and 0.85 gives 23.6 KB (shared borders are
// written once per neighbour), under the 25 KB budget for the map page.
constexpr double SIMPLIFY_TOLERANCE = 0.85;

// Rings smaller than this (square user units) are dots nobody can see: small islands.
constexpr double MIN_RING_AREA = 1.0;

// Room around the outline for the stroke and for markers near the border.
constexpr double MARGIN_SHARE_OF_WIDTH = 0.02;

tl::unexpected<std::string> error(std::string message)
{
    return tl::unexpected<std::string>(std::move(message));
}

// Which feature a ring belongs to, and whether it is an outer ring or a hole.
struct RingOrigin {
    std::size_t feature{0};
    bool is_hole{false};
};

} // namespace

GermanyMap::GermanyMap(double width, double height, std::vector<StateShape> states, Fit fit)
    : m_width(width), m_height(height), m_states(std::move(states)), m_fit(fit)
{
}

MapPoint GermanyMap::to_map(const Fit& fit, const ProjectedPoint& point)
{
    return MapPoint{(point.easting - fit.min_easting) * fit.scale + fit.margin,
                    (fit.max_northing - point.northing) * fit.scale + fit.margin};
}

MapPoint GermanyMap::project(double latitude, double longitude) const
{
    return to_map(m_fit, m_projection.project(latitude, longitude));
}

tl::expected<GermanyMap, std::string> GermanyMap::from_geojson(std::string_view geojson_text,
                                                               double width)
{
    if (!std::isfinite(width) || width <= 0) {
        return error("map width must be a positive number");
    }
    auto features = parse_area_features(geojson_text);
    if (!features) {
        return error(std::move(features.error()));
    }
    // The upstream BKG file also holds coastal waters under the states' keys; drawing those
    // would paint the sea as land, so a key twice means the wrong file.
    std::set<std::string> keys;
    for (const AreaFeature& feature : *features) {
        if (!keys.insert(feature.key).second) {
            return error("GeoJSON has the key " + feature.key + " twice (" + feature.name + ")");
        }
    }

    LambertConformalConic projection;
    std::vector<std::vector<ProjectedPoint>> projected_rings;
    std::vector<RingOrigin> origins;
    double min_easting = std::numeric_limits<double>::infinity();
    double max_easting = -min_easting;
    double min_northing = min_easting;
    double max_northing = -min_easting;
    for (std::size_t index = 0; index < features->size(); ++index) {
        for (const GeoPolygon& polygon : (*features)[index].polygons) {
            for (std::size_t ring = 0; ring < polygon.size(); ++ring) {
                std::vector<ProjectedPoint> points;
                points.reserve(polygon[ring].size());
                for (const GeoPosition& position : polygon[ring]) {
                    ProjectedPoint point =
                        projection.project(position.latitude, position.longitude);
                    min_easting = std::min(min_easting, point.easting);
                    max_easting = std::max(max_easting, point.easting);
                    min_northing = std::min(min_northing, point.northing);
                    max_northing = std::max(max_northing, point.northing);
                    points.push_back(point);
                }
                projected_rings.push_back(std::move(points));
                origins.push_back(RingOrigin{index, ring > 0});
            }
        }
    }
    if (!(max_easting > min_easting && max_northing > min_northing)) {
        return error("GeoJSON outlines span no area");
    }

    Fit fit;
    fit.margin = width * MARGIN_SHARE_OF_WIDTH;
    fit.scale = (width - 2 * fit.margin) / (max_easting - min_easting);
    fit.min_easting = min_easting;
    fit.max_northing = max_northing;
    double height = (max_northing - min_northing) * fit.scale + 2 * fit.margin;

    std::vector<MapRing> rings;
    rings.reserve(projected_rings.size());
    for (const std::vector<ProjectedPoint>& projected : projected_rings) {
        MapRing ring;
        ring.reserve(projected.size());
        for (const ProjectedPoint& point : projected) {
            ring.push_back(to_map(fit, point));
        }
        rings.push_back(std::move(ring));
    }
    std::vector<MapRing> simplified = simplify_rings(rings, SIMPLIFY_TOLERANCE);

    std::vector<SvgPathWriter> writers(features->size());
    for (std::size_t index = 0; index < simplified.size(); ++index) {
        MapRing& ring = simplified[index];
        double area = signed_area(ring);
        if (std::abs(area) < MIN_RING_AREA) {
            continue;
        }
        // Outer rings clockwise on screen, holes counter-clockwise: then the non-zero fill rule
        // (SVG's default) leaves the holes empty, whatever winding the source used.
        if ((area > 0) == origins[index].is_hole) {
            std::reverse(ring.begin(), ring.end());
        }
        writers[origins[index].feature].add_ring(ring);
    }

    std::vector<StateShape> states;
    states.reserve(features->size());
    for (std::size_t index = 0; index < features->size(); ++index) {
        AreaFeature& feature = (*features)[index];
        if (writers[index].path_data().empty()) {
            return error("state " + feature.name + " is too small to draw at width " +
                         std::to_string(width));
        }
        states.push_back(StateShape{std::move(feature.key), std::move(feature.name),
                                    writers[index].path_data()});
    }
    return GermanyMap(width, height, std::move(states), fit);
}

} // namespace rundum::geo
