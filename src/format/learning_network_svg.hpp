// SPDX-License-Identifier: EUPL-1.2
// Who learned from whom, drawn by the server as SVG: cities on the map and an arrow from the
// city that taught to the city that learned. Readable without colour (adoption solid, advice
// dashed; arrowheads show the direction) and without
// style attributes (the CSP allows no inline styles: classes can be styled from the site's CSS).
// Every text comes from the caller (the message catalogue) and is escaped here.
#pragma once

#include <string>
#include <vector>

namespace rundum::format {

/// A city on the picture, placed by the caller (e.g. geo::GermanyMap::project).
struct NetworkNode {
    std::string city_id;
    std::string name;
    double x{0};
    double y{0};
    bool is_highlighted{false}; ///< the city the page is about: drawn larger and filled
};

/// All learning in one direction between two cities (see learning_pairs).
struct NetworkLink {
    std::string from_city_id; ///< the teacher
    std::string to_city_id;   ///< the learner
    int adoptions{0};
    int advice{0};
    std::string label; ///< tooltip on its lines, e.g. "Leipzig → München: 2 Übernahmen"; may be empty
};

/// The legend's words (network and timeline); the legend is left out when both kinds are empty.
struct LearningLegend {
    std::string adoption;  ///< "Übernahme" — beside a solid line (network) or a filled bar
    std::string advice;    ///< "Beratung" — beside a dashed line or a hatched bar
    std::string direction; ///< network only, may be empty: "Pfeil: von wem gelernt wurde → wer lernte"
};

/// What the network picture shows.
struct NetworkPicture {
    std::string id_prefix = "lernnetz"; ///< ids inside the picture; unique on the page
    double width{500};
    double height{680};
    std::vector<std::string> background_paths; ///< path data drawn behind (the states), may be empty
    std::string title;             ///< the picture's accessible name
    std::string description;       ///< its <desc> when there are links (say a table follows)
    std::string empty_description; ///< <desc> and visible text when there are none
    LearningLegend legend;
    std::vector<NetworkNode> nodes; ///< drawn in this order
    std::vector<NetworkLink> links; ///< drawn ordered by from, to; links to unknown nodes are left out
};

/// The network as a complete `<svg>` element (no XML declaration, to be inlined or served).
/// Each link with adoptions is a solid line and with advice a dashed line beside it, both with
/// an arrowhead at the learner and a width growing with the count (2 for one, at most 6);
/// lines run to the right of their direction, so A → B and B → A lie side by side.
std::string learning_network_svg(const NetworkPicture& picture);

} // namespace rundum::format
