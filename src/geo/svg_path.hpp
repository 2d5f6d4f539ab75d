// SPDX-License-Identifier: EUPL-1.2
// Writes the "d" attribute of an SVG path compactly, since it goes out with every map page.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "geo/map_point.hpp"

namespace rundum::geo {

/// Builds SVG path data from closed rings: one subpath per ring as relative commands
/// ("m dx dy dx dy … z", the pairs after the first being implicit relative line-tos), numbers
/// to one decimal without a leading zero (".5", "-.5"). Deltas are taken between rounded
/// points, so rounding never drifts.
class SvgPathWriter {
public:
    /// Adds a closed ring, rounded to 0.1 units. Points that round onto their predecessor are
    /// dropped; a ring left with fewer than three points is not written.
    void add_ring(std::span<const MapPoint> ring);

    /// The path data so far.
    [[nodiscard]] const std::string& path_data() const { return m_data; }

private:
    void append_number(std::int64_t tenths);

    std::string m_data;
    // The current point in tenths: after "z" it is the start of the subpath just closed.
    std::int64_t m_x{0};
    std::int64_t m_y{0};
};

} // namespace rundum::geo
