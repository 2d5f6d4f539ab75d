// SPDX-License-Identifier: EUPL-1.2
// Douglas–Peucker with shared borders kept identical (see simplify.hpp).
#include "geo/simplify.hpp"

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>

namespace rundum::geo {

namespace {

// Bit patterns, not values: two rings share a point exactly when they hold the same doubles.
struct PointHash {
    std::size_t operator()(const MapPoint& point) const noexcept
    {
        // +0.0 folds -0.0 into 0.0, which compares equal and must hash equal.
        auto x_bits = std::bit_cast<std::uint64_t>(point.x + 0.0);
        auto y_bits = std::bit_cast<std::uint64_t>(point.y + 0.0);
        return static_cast<std::size_t>(x_bits * 0x9E3779B97F4A7C15ULL ^ (y_bits + (x_bits >> 29)));
    }
};

bool lexicographically_less(const MapPoint& left, const MapPoint& right)
{
    return left.x < right.x || (left.x == right.x && left.y < right.y);
}

double squared_distance_to_segment(const MapPoint& point, const MapPoint& start,
                                   const MapPoint& end)
{
    double dx = end.x - start.x;
    double dy = end.y - start.y;
    double length_squared = dx * dx + dy * dy;
    double t = 0;
    if (length_squared > 0) {
        t = std::clamp(((point.x - start.x) * dx + (point.y - start.y) * dy) / length_squared, 0.0,
                       1.0);
    }
    double ex = start.x + t * dx - point.x;
    double ey = start.y + t * dy - point.y;
    return ex * ex + ey * ey;
}

// Consecutive repeats (also across the ring's seam) would give a point two different
// neighbour pairs and so a false junction.
MapRing without_repeats(const MapRing& ring)
{
    MapRing result;
    result.reserve(ring.size());
    for (const MapPoint& point : ring) {
        if (result.empty() || !(result.back() == point)) {
            result.push_back(point);
        }
    }
    while (result.size() > 1 && result.back() == result.front()) {
        result.pop_back();
    }
    return result;
}

// How a point was first seen: its two neighbours. Seen again with another pair, it is where
// rings meet or part, a junction.
struct Sighting {
    MapPoint previous;
    MapPoint next;
    bool is_junction{false};
};

using Sightings = std::unordered_map<MapPoint, Sighting, PointHash>;

Sightings find_junctions(const std::vector<MapRing>& rings)
{
    std::size_t total = 0;
    for (const MapRing& ring : rings) {
        total += ring.size();
    }
    Sightings sightings;
    sightings.reserve(total);
    for (const MapRing& ring : rings) {
        std::size_t count = ring.size();
        for (std::size_t index = 0; index < count; ++index) {
            const MapPoint& previous = ring[(index + count - 1) % count];
            const MapPoint& next = ring[(index + 1) % count];
            auto [entry, inserted] = sightings.try_emplace(ring[index], Sighting{previous, next});
            Sighting& sighting = entry->second;
            if (!inserted && !sighting.is_junction) {
                bool same_way = sighting.previous == previous && sighting.next == next;
                bool other_way = sighting.previous == next && sighting.next == previous;
                sighting.is_junction = !same_way && !other_way;
            }
        }
    }
    return sightings;
}

// The indices where the ring is cut into stretches. A ring without junctions (an island, or an
// enclave whose whole outline is shared) is cut at its lexicographically smallest point and the
// point farthest from it: both rings of an enclave pick the same two points.
std::vector<std::size_t> cut_points(const MapRing& ring, const Sightings& sightings)
{
    std::vector<std::size_t> cuts;
    for (std::size_t index = 0; index < ring.size(); ++index) {
        if (sightings.at(ring[index]).is_junction) {
            cuts.push_back(index);
        }
    }
    if (cuts.empty()) {
        auto smallest = std::min_element(ring.begin(), ring.end(), lexicographically_less);
        cuts.push_back(static_cast<std::size_t>(smallest - ring.begin()));
    }
    if (cuts.size() == 1) {
        const MapPoint& anchor = ring[cuts.front()];
        std::size_t farthest = cuts.front();
        double farthest_distance = -1;
        for (std::size_t index = 0; index < ring.size(); ++index) {
            double dx = ring[index].x - anchor.x;
            double dy = ring[index].y - anchor.y;
            double distance = dx * dx + dy * dy;
            if (distance > farthest_distance) {
                farthest_distance = distance;
                farthest = index;
            }
        }
        cuts.push_back(farthest);
        std::sort(cuts.begin(), cuts.end());
    }
    return cuts;
}

// Simplifies a stretch in the direction both rings agree on, whichever way each runs along it.
std::vector<MapPoint> simplify_stretch(std::vector<MapPoint> stretch, double tolerance)
{
    bool reversed = std::lexicographical_compare(stretch.rbegin(), stretch.rend(), stretch.begin(),
                                                 stretch.end(), lexicographically_less);
    if (reversed) {
        std::reverse(stretch.begin(), stretch.end());
    }
    std::vector<MapPoint> simplified = simplify_polyline(stretch, tolerance);
    if (reversed) {
        std::reverse(simplified.begin(), simplified.end());
    }
    return simplified;
}

} // namespace

double signed_area(std::span<const MapPoint> ring)
{
    double twice_area = 0;
    for (std::size_t index = 0; index < ring.size(); ++index) {
        const MapPoint& current = ring[index];
        const MapPoint& next = ring[(index + 1) % ring.size()];
        twice_area += current.x * next.y - next.x * current.y;
    }
    return twice_area / 2;
}

std::vector<MapPoint> simplify_polyline(std::span<const MapPoint> points, double tolerance)
{
    if (points.size() <= 2) {
        return {points.begin(), points.end()};
    }
    double tolerance_squared = tolerance * tolerance;
    std::vector<bool> keep(points.size(), false);
    keep.front() = true;
    keep.back() = true;
    // An explicit stack: a long, finely digitised coastline would recurse thousands deep.
    std::vector<std::pair<std::size_t, std::size_t>> pending{{0, points.size() - 1}};
    while (!pending.empty()) {
        auto [first, last] = pending.back();
        pending.pop_back();
        double worst_distance = -1;
        std::size_t worst = first;
        for (std::size_t index = first + 1; index < last; ++index) {
            double distance =
                squared_distance_to_segment(points[index], points[first], points[last]);
            if (distance > worst_distance) {
                worst_distance = distance;
                worst = index;
            }
        }
        if (worst != first && worst_distance > tolerance_squared) {
            keep[worst] = true;
            pending.emplace_back(first, worst);
            pending.emplace_back(worst, last);
        }
    }
    std::vector<MapPoint> result;
    for (std::size_t index = 0; index < points.size(); ++index) {
        if (keep[index]) {
            result.push_back(points[index]);
        }
    }
    return result;
}

std::vector<MapRing> simplify_rings(const std::vector<MapRing>& rings, double tolerance)
{
    std::vector<MapRing> cleaned;
    cleaned.reserve(rings.size());
    for (const MapRing& ring : rings) {
        cleaned.push_back(without_repeats(ring));
    }
    Sightings sightings = find_junctions(cleaned);

    std::vector<MapRing> result;
    result.reserve(cleaned.size());
    for (const MapRing& ring : cleaned) {
        if (ring.size() < 3) {
            result.push_back(ring);
            continue;
        }
        std::vector<std::size_t> cuts = cut_points(ring, sightings);
        MapRing simplified;
        for (std::size_t cut = 0; cut < cuts.size(); ++cut) {
            std::size_t from = cuts[cut];
            std::size_t to = cuts[(cut + 1) % cuts.size()];
            std::vector<MapPoint> stretch;
            for (std::size_t index = from;; index = (index + 1) % ring.size()) {
                stretch.push_back(ring[index]);
                if (index == to && stretch.size() > 1) {
                    break;
                }
            }
            std::vector<MapPoint> kept = simplify_stretch(std::move(stretch), tolerance);
            // Each stretch ends where the next begins: keep that point once.
            simplified.insert(simplified.end(), kept.begin(), kept.end() - 1);
        }
        result.push_back(std::move(simplified));
    }
    return result;
}

} // namespace rundum::geo
