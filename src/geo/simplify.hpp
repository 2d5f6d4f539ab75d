// SPDX-License-Identifier: EUPL-1.2
// Line simplification for the map: Douglas–Peucker, applied so that a border two states share
// is simplified once and comes out the same in both (no slivers or gaps between neighbours).
#pragma once

#include <span>
#include <vector>

#include "geo/map_point.hpp"

namespace rundum::geo {

/// A closed ring; the last point is not a repeat of the first.
using MapRing = std::vector<MapPoint>;

/// The ring's area by the shoelace formula: positive when the ring runs clockwise on screen
/// (y downward), negative when it runs counter-clockwise.
[[nodiscard]] double signed_area(std::span<const MapPoint> ring);

/// Douglas–Peucker on an open polyline: keeps both end points and every point needed so that
/// no dropped point lies farther than `tolerance` from the simplified line.
[[nodiscard]] std::vector<MapPoint> simplify_polyline(std::span<const MapPoint> points,
                                                      double tolerance);

/// Simplifies all rings of a map together. Points where rings meet or part (junctions) are
/// kept, and each stretch between two junctions is simplified in one canonical direction, so a
/// stretch that two rings share (a common border, an enclave and its hole) comes out point for
/// point the same in both. Shared points must be bit-identical, as they are when the rings come
/// from one topologically clean source through one projection. Returns the rings in the same
/// order; a ring may come back with fewer than three points (the caller drops it).
[[nodiscard]] std::vector<MapRing> simplify_rings(const std::vector<MapRing>& rings,
                                                  double tolerance);

} // namespace rundum::geo
