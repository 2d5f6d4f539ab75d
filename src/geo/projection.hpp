// SPDX-License-Identifier: EUPL-1.2
// The map projection for Germany: Lambert conformal conic on the GRS80 ellipsoid.
// Conformal, so shapes look right; its two standard parallels keep the scale error across
// Germany well under 1 %.
#pragma once

namespace rundum::geo {

/// A point in the projection's plane, in metres; northing grows to the north.
struct ProjectedPoint {
    double easting{0};
    double northing{0};
};

/// Parameters of a Lambert conformal conic projection (degrees).
struct LambertParameters {
    double standard_parallel_1{48.0 + 40.0 / 60.0}; ///< southern parallel of true scale
    double standard_parallel_2{52.0 + 40.0 / 60.0}; ///< northern parallel of true scale
    double origin_latitude{51.0};                   ///< latitude where northing is 0
    double central_meridian{10.5};                  ///< longitude where easting is 0, "up" is north
};

/// Lambert conformal conic with two standard parallels (Snyder, "Map Projections: A Working
/// Manual", 1987, equations 15-1 to 15-10). The defaults are the usual ones for small-scale maps of
/// Germany (standard parallels 48°40' and 52°40', centred at 51°N 10°30'E).
class LambertConformalConic {
public:
    /// Precomputes the cone's constants; the parallels must differ and lie north of the equator.
    explicit LambertConformalConic(const LambertParameters& parameters = {});

    /// Projects WGS84 degrees (GRS80 and WGS84 differ by less than a millimetre here).
    [[nodiscard]] ProjectedPoint project(double latitude, double longitude) const;

private:
    double m_eccentricity{0};
    double m_n{0};                // cone constant
    double m_scaled_f{0};         // a·F of Snyder's equations
    double m_rho_origin{0};       // radius of the origin parallel on the cone
    double m_central_meridian{0}; // radians
};

} // namespace rundum::geo
