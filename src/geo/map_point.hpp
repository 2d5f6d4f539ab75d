// SPDX-License-Identifier: EUPL-1.2
// A point on the drawn map, shared by the map, the simplifier and the SVG path writer.
#pragma once

namespace rundum::geo {

/// A point in SVG user units: x grows to the right (east), y downward (south).
struct MapPoint {
    double x{0};
    double y{0};

    friend bool operator==(const MapPoint&, const MapPoint&) = default;
};

} // namespace rundum::geo
