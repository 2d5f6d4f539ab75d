// SPDX-License-Identifier: EUPL-1.2
// Draws the learning network. Geometry: every line is shortened at both ends so it starts beside
// the teacher's circle and its arrowhead ends beside the learner's, and is shifted to the right
// of its direction so lines of the two kinds and of the two directions do not cover each other.
#include "format/learning_network_svg.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <tuple>

#include "format/svg_parts.hpp"
#include "format/xml_text.hpp"

namespace rundum::format {

namespace {

constexpr double NODE_RADIUS = 4.5;
constexpr double HIGHLIGHTED_RADIUS = 7;
// The arrowhead scales with the line (markerUnits="strokeWidth"): this long and this wide per
// unit of line width.
constexpr double ARROW_LENGTH = 3.5;
constexpr double ARROW_HALF_WIDTH = 1.4;
constexpr double LINE_GAP = 1.5; // between a line's arrowhead and the centre line or the next line
constexpr double LABEL_FONT_SIZE = 11;
constexpr double LABEL_CHAR_WIDTH = 6; // a rough average at LABEL_FONT_SIZE, to avoid neighbours
constexpr double LABEL_ROOM = 90;      // labels nearer the right edge go to the left of the node

double radius_of(const NetworkNode& node)
{
    return node.is_highlighted ? HIGHLIGHTED_RADIUS : NODE_RADIUS;
}

/// 2 for one record, growing by half a unit per record up to 4.
double line_width(int count)
{
    return std::min(1.5 + 0.5 * count, 4.0);
}

void append_arrow_marker(std::string& out, const std::string& id)
{
    out += "<defs>\n<marker id=\"";
    out += id;
    // 10 × 8 in a 10 × 10 box drawn 3.5 line widths large: ARROW_LENGTH by 2 ARROW_HALF_WIDTH.
    out += "-arrow\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\" markerWidth=\"3.5\" "
           "markerHeight=\"3.5\" markerUnits=\"strokeWidth\" orient=\"auto\">"
           "<path d=\"M0 1L10 5L0 9z\" fill=\"currentColor\"/></marker>\n</defs>\n";
}

struct Segment {
    double x1, y1, x2, y2;
};

/// The line from `from` towards `to`, shifted by `offset` to the right of its direction, ending
/// where its arrowhead (for a line `width` wide) begins; false when both lie on one spot.
bool segment_between(const NetworkNode& from, const NetworkNode& to, double offset, double width,
                     Segment& out)
{
    const double dx = to.x - from.x;
    const double dy = to.y - from.y;
    const double length = std::hypot(dx, dy);
    if (length < 1e-6) {
        return false;
    }
    const double ux = dx / length;
    const double uy = dy / length;
    // SVG's y grows downward, so (-uy, ux) is to the right of the direction of travel.
    const double nx = -uy * offset;
    const double ny = ux * offset;
    double start_inset = radius_of(from) + 3;
    const double arrow = ARROW_LENGTH * width;
    double end_inset = radius_of(to) + 2 + arrow;
    if (length - start_inset - end_inset < 2) { // cities very close: keep what room there is
        start_inset = 0;
        end_inset = std::min(arrow, length / 2);
    }
    out = Segment{from.x + ux * start_inset + nx, from.y + uy * start_inset + ny,
                  to.x - ux * end_inset + nx, to.y - uy * end_inset + ny};
    return true;
}

void append_line(std::string& out, const Segment& segment, std::string_view css_class, int count,
                 bool dashed, const std::string& id, const std::string& label)
{
    const double width = line_width(count);
    out += "<line";
    svg::append_attribute(out, "class", css_class);
    svg::append_attribute(out, "x1", segment.x1);
    svg::append_attribute(out, "y1", segment.y1);
    svg::append_attribute(out, "x2", segment.x2);
    svg::append_attribute(out, "y2", segment.y2);
    svg::append_attribute(out, "stroke-width", width);
    if (dashed) {
        out += " stroke-dasharray=\"";
        out += svg::number(std::max(6.0, 3 * width));
        out += ' ';
        out += svg::number(std::max(4.0, 2 * width));
        out += '"';
    }
    out += " marker-end=\"url(#";
    out += id;
    out += "-arrow)\"";
    if (label.empty()) {
        out += "/>\n";
        return;
    }
    out += "><title>";
    out += xml_escaped(label);
    out += "</title></line>\n";
}

void append_legend(std::string& out, const LearningLegend& legend, const std::string& id)
{
    if (legend.adoption.empty() && legend.advice.empty()) {
        return;
    }
    out += "<g class=\"legend\" fill=\"none\" stroke=\"currentColor\">\n";
    double y = 16;
    for (const auto& [text, dashed, css_class] :
         {std::tuple(std::string_view(legend.adoption), false, std::string_view("link adoption")),
          std::tuple(std::string_view(legend.advice), true, std::string_view("link advice"))}) {
        if (text.empty()) {
            continue;
        }
        append_line(out, Segment{10, y, 30, y}, css_class, 1, dashed, id, {});
        svg::append_text(out, 44, y + 4, text, "legend-label", LABEL_FONT_SIZE, "start");
        y += 18;
    }
    if (!legend.direction.empty()) {
        svg::append_text(out, 10, y + 2, legend.direction, "legend-label", LABEL_FONT_SIZE - 1,
                         "start");
    }
    out += "</g>\n";
}

/// Whether another node lies where a label `label_width` wide would go, right (or left) of `node`.
bool is_crowded(const NetworkNode& node, const std::vector<NetworkNode>& nodes, double label_width,
                bool to_the_left)
{
    for (const NetworkNode& other : nodes) {
        const double ahead = to_the_left ? node.x - other.x : other.x - node.x;
        if (&other != &node && ahead > 0 && ahead <= radius_of(node) + 3 + label_width &&
            std::abs(other.y - node.y) < LABEL_FONT_SIZE) {
            return true;
        }
    }
    return false;
}

/// Labels go right of their node, unless the picture's edge or a neighbour is in the way there
/// and not on the left.
bool is_label_left(const NetworkNode& node, const std::vector<NetworkNode>& nodes, double width)
{
    const double label_width = LABEL_CHAR_WIDTH * static_cast<double>(node.name.size());
    return node.x > width - LABEL_ROOM ||
           (is_crowded(node, nodes, label_width, false) && !is_crowded(node, nodes, label_width, true) &&
            node.x - radius_of(node) - 3 - label_width > 0);
}

void append_node(std::string& out, const NetworkNode& node, bool label_left)
{
    const double radius = radius_of(node);
    out += node.is_highlighted ? "<g class=\"node highlighted\">" : "<g class=\"node\">";
    out += "<circle";
    svg::append_attribute(out, "cx", node.x);
    svg::append_attribute(out, "cy", node.y);
    svg::append_attribute(out, "r", radius);
    out += node.is_highlighted ? " fill=\"currentColor\"" : " fill=\"#fff\"";
    out += " stroke=\"currentColor\" stroke-width=\"1.5\"/>\n";
    svg::append_text(out, label_left ? node.x - radius - 3 : node.x + radius + 3, node.y + 4,
                     node.name, node.is_highlighted ? "label highlighted" : "label", LABEL_FONT_SIZE,
                     label_left ? "end" : "start");
    out += "</g>\n";
}

} // namespace

std::string learning_network_svg(const NetworkPicture& picture)
{
    const std::string id = svg::id_prefix(picture.id_prefix);
    std::map<std::string_view, const NetworkNode*> nodes;
    for (const NetworkNode& node : picture.nodes) {
        nodes.emplace(node.city_id, &node);
    }
    auto node_of = [&](const std::string& city_id) -> const NetworkNode* {
        auto found = nodes.find(city_id);
        return found == nodes.end() ? nullptr : found->second;
    };

    std::vector<const NetworkLink*> links;
    for (const NetworkLink& link : picture.links) {
        const NetworkNode* from = node_of(link.from_city_id);
        const NetworkNode* to = node_of(link.to_city_id);
        Segment ignored{};
        if (from != nullptr && to != nullptr && from != to &&
            (link.adoptions > 0 || link.advice > 0) &&
            segment_between(*from, *to, 0, 1, ignored)) {
            links.push_back(&link);
        }
    }
    std::sort(links.begin(), links.end(), [](const NetworkLink* a, const NetworkLink* b) {
        return std::tie(a->from_city_id, a->to_city_id) < std::tie(b->from_city_id, b->to_city_id);
    });

    std::string out;
    svg::open(out, "learning-network", picture.width, picture.height, id, picture.title,
              links.empty() ? picture.empty_description : picture.description);
    append_arrow_marker(out, id);
    if (!picture.background_paths.empty()) {
        out += "<g class=\"background\" fill=\"#ececec\" stroke=\"#fff\" stroke-width=\".8\">\n";
        for (const std::string& path : picture.background_paths) {
            out += "<path";
            svg::append_attribute(out, "d", path);
            out += "/>\n";
        }
        out += "</g>\n";
    }
    out += "<g class=\"links\" fill=\"none\" stroke=\"currentColor\">\n";
    for (const NetworkLink* link : links) {
        const NetworkNode& from = *node_of(link->from_city_id);
        const NetworkNode& to = *node_of(link->to_city_id);
        // Each line lies far enough right of the centre line that the arrowheads of the other
        // direction and of the other kind keep clear of it.
        Segment segment{};
        double taken = LINE_GAP;
        if (link->adoptions > 0) {
            const double width = line_width(link->adoptions);
            segment_between(from, to, taken + ARROW_HALF_WIDTH * width, width, segment);
            append_line(out, segment, "link adoption", link->adoptions, false, id, link->label);
            taken += 2 * ARROW_HALF_WIDTH * width + LINE_GAP;
        }
        if (link->advice > 0) {
            const double width = line_width(link->advice);
            segment_between(from, to, taken + ARROW_HALF_WIDTH * width, width, segment);
            append_line(out, segment, "link advice", link->advice, true, id, link->label);
        }
    }
    out += "</g>\n<g class=\"nodes\">\n";
    for (const NetworkNode& node : picture.nodes) {
        append_node(out, node, is_label_left(node, picture.nodes, picture.width));
    }
    out += "</g>\n";
    if (links.empty()) {
        svg::append_text(out, 10, 20, picture.empty_description, "empty", LABEL_FONT_SIZE + 1,
                         "start");
    } else {
        append_legend(out, picture.legend, id);
    }
    out += "</svg>\n";
    return out;
}

} // namespace rundum::format
