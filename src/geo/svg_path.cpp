// SPDX-License-Identifier: EUPL-1.2
// Compact SVG path data (see svg_path.hpp).
#include "geo/svg_path.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <utility>
#include <vector>

namespace rundum::geo {

void SvgPathWriter::add_ring(std::span<const MapPoint> ring)
{
    std::vector<std::pair<std::int64_t, std::int64_t>> rounded;
    rounded.reserve(ring.size());
    for (const MapPoint& point : ring) {
        std::pair<std::int64_t, std::int64_t> tenths{std::llround(point.x * 10.0),
                                                     std::llround(point.y * 10.0)};
        if (rounded.empty() || rounded.back() != tenths) {
            rounded.push_back(tenths);
        }
    }
    while (rounded.size() > 1 && rounded.back() == rounded.front()) {
        rounded.pop_back();
    }
    if (rounded.size() < 3) {
        return;
    }
    m_data += 'm';
    std::int64_t x = m_x;
    std::int64_t y = m_y;
    for (const auto& [next_x, next_y] : rounded) {
        append_number(next_x - x);
        append_number(next_y - y);
        x = next_x;
        y = next_y;
    }
    m_data += 'z';
    m_x = rounded.front().first;
    m_y = rounded.front().second;
}

void SvgPathWriter::append_number(std::int64_t tenths)
{
    // A minus sign separates numbers by itself; a space is needed only after a digit.
    if (tenths >= 0 && !m_data.empty() && m_data.back() != 'm') {
        m_data += ' ';
    }
    if (tenths < 0) {
        m_data += '-';
    }
    std::int64_t magnitude = std::llabs(tenths);
    // ".5" for 0.5, as SVG's number grammar allows: most deltas are below one unit.
    if (magnitude >= 10 || magnitude == 0) {
        char buffer[24];
        std::to_chars_result written =
            std::to_chars(buffer, buffer + sizeof buffer, magnitude / 10);
        m_data.append(buffer, written.ptr);
    }
    if (magnitude % 10 != 0) {
        m_data += '.';
        m_data += static_cast<char>('0' + magnitude % 10);
    }
}

} // namespace rundum::geo
