// SPDX-License-Identifier: EUPL-1.2
// The map of Germany as SVG data: the 16 states' outlines as path data in one viewBox, and the
// projection that places city markers on it. Built once at server start from the BKG GeoJSON
// (data/open/germany-states-vg5000-2021.geojson); knows nothing of HTTP or templates.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "geo/map_point.hpp"
#include "geo/projection.hpp"

namespace rundum::geo {

/// One federal state, ready to be drawn as `<path d="…">`.
struct StateShape {
    std::string key;       ///< official regional key (ARS), "01" (Schleswig-Holstein) to "16"
    std::string name;      ///< official name (GEN), e.g. "Bayern"
    std::string path_data; ///< the SVG "d" attribute: relative m/z subpaths, numbers to 0.1
};

/// Germany's states projected (Lambert conformal conic) and fitted into the viewBox
/// "0 0 width() height()", with outlines simplified for the screen. Borders that two states
/// share are drawn identically in both, and holes (Berlin in Brandenburg, Bremen's enclaves)
/// wind against their outer ring, so either SVG fill rule works.
class GermanyMap {
public:
    /// Parses the GeoJSON text of the states (a FeatureCollection of Polygon/MultiPolygon
    /// features in lon/lat with properties ARS and GEN), projects it and simplifies it. `width`
    /// is the viewBox width in user units; outlines are simplified to 0.85 units, so a
    /// larger width keeps more detail. The error string is a detail for the log.
    static tl::expected<GermanyMap, std::string> from_geojson(std::string_view geojson_text,
                                                              double width = 500);

    /// The viewBox width, as asked for.
    [[nodiscard]] double width() const { return m_width; }

    /// The viewBox height that keeps Germany's proportions.
    [[nodiscard]] double height() const { return m_height; }

    /// The states in the order of the GeoJSON file.
    [[nodiscard]] const std::vector<StateShape>& states() const { return m_states; }

    /// Where a place (WGS84 degrees) lies on the map, for city markers; not rounded. Places
    /// outside Germany may fall outside the viewBox.
    [[nodiscard]] MapPoint project(double latitude, double longitude) const;

private:
    // Projected metres to user units: x = (easting - min_easting) * scale + margin,
    // y = (max_northing - northing) * scale + margin (y grows downward, as in SVG).
    struct Fit {
        double scale{1};
        double min_easting{0};
        double max_northing{0};
        double margin{0};
    };

    GermanyMap(double width, double height, std::vector<StateShape> states, Fit fit);

    static MapPoint to_map(const Fit& fit, const ProjectedPoint& point);

    double m_width{0};
    double m_height{0};
    std::vector<StateShape> m_states;
    LambertConformalConic m_projection;
    Fit m_fit;
};

} // namespace rundum::geo
