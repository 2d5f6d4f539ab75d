// SPDX-License-Identifier: EUPL-1.2
// The learning per year, drawn by the server as SVG bars: adoptions filled, advice hatched, so
// the two read apart without colour. Same rules as the network picture (no style attributes,
// caller's text escaped).
#pragma once

#include <string>
#include <vector>

#include "core/learning_graph.hpp"
#include "format/learning_network_svg.hpp"

namespace rundum::format {

/// What the timeline picture shows.
struct TimelinePicture {
    std::string id_prefix = "lernzeit";
    double width{500};
    double height{220};
    std::string title;
    std::string description;       ///< <desc> when there are years
    std::string empty_description; ///< <desc> and visible text when there are none
    LearningLegend legend;         ///< `direction` is not used
    std::vector<LearningYearCount> years; ///< one bar per entry, in this order (learning_timeline)
};

/// The counts per year as stacked bars in a complete `<svg>`: adoptions filled at the bottom,
/// advice hatched (a <pattern>) on top, the total above each bar, a scale of whole numbers at
/// the left and the years below (every n-th when they would crowd).
std::string learning_timeline_svg(const TimelinePicture& picture);

} // namespace rundum::format
