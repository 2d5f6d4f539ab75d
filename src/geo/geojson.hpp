// SPDX-License-Identifier: EUPL-1.2
// Reads the states' GeoJSON (a FeatureCollection of Polygon/MultiPolygon features in lon/lat)
// into plain structs, checking the shape of the document on the way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace rundum::geo {

/// A GeoJSON position: WGS84 degrees.
struct GeoPosition {
    double longitude{0};
    double latitude{0};
};

/// A closed ring without its repeated closing position.
using GeoRing = std::vector<GeoPosition>;

/// The outer ring first, then its holes (as GeoJSON orders them).
using GeoPolygon = std::vector<GeoRing>;

/// One feature of the collection: an area with its key and name.
struct AreaFeature {
    std::string key;                  ///< property `ARS`, e.g. "09" for Bayern
    std::string name;                 ///< property `GEN`, e.g. "Bayern"
    std::vector<GeoPolygon> polygons; ///< a Polygon gives one, a MultiPolygon several
};

/// Parses a FeatureCollection whose features carry `ARS` and `GEN` and a Polygon or
/// MultiPolygon geometry. Any other shape, a missing geometry, a position outside the valid
/// latitude/longitude range or a ring of fewer than three positions is an error; the error
/// string says where (for the log).
[[nodiscard]] tl::expected<std::vector<AreaFeature>, std::string>
parse_area_features(std::string_view geojson_text);

} // namespace rundum::geo
