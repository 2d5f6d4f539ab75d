// SPDX-License-Identifier: EUPL-1.2
// Draws the learning per year as stacked bars with a whole-number scale.
#include "format/learning_timeline_svg.hpp"

#include <algorithm>
#include <cmath>

#include "format/svg_parts.hpp"

namespace rundum::format {

namespace {

constexpr double LEFT = 34;   // room for the scale's numbers
constexpr double RIGHT = 8;
constexpr double TOP = 48;    // room for the legend's two rows
constexpr double BOTTOM = 22; // room for the years
constexpr double FONT_SIZE = 11;
constexpr double YEAR_LABEL_ROOM = 34; // a year needs about this much width
constexpr double MAX_BAR_WIDTH = 40;

/// The step between scale lines: 1, 2, 5, 10, 20, 50 … so that at most four steps reach `top`.
int scale_step(int top)
{
    for (int step = 1;; step *= 10) {
        for (int factor : {1, 2, 5}) {
            if (top <= 4 * step * factor) {
                return step * factor;
            }
        }
    }
}

void append_hatch_pattern(std::string& out, const std::string& id)
{
    out += "<defs>\n<pattern id=\"";
    out += id;
    out += "-hatch\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
           "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
           "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"currentColor\" "
           "stroke-width=\"2.5\"/></pattern>\n</defs>\n";
}

void append_rect(std::string& out, std::string_view css_class, double x, double y, double width,
                 double height, bool hatched, const std::string& id)
{
    out += "<rect";
    svg::append_attribute(out, "class", css_class);
    svg::append_attribute(out, "x", x);
    svg::append_attribute(out, "y", y);
    svg::append_attribute(out, "width", width);
    svg::append_attribute(out, "height", height);
    if (hatched) {
        out += " fill=\"url(#";
        out += id;
        out += "-hatch)\"";
    } else {
        out += " fill=\"currentColor\"";
    }
    out += " stroke=\"currentColor\" stroke-width=\"1\"/>\n";
}

void append_legend(std::string& out, const LearningLegend& legend, const std::string& id)
{
    double y = 6;
    out += "<g class=\"legend\">\n";
    if (!legend.adoption.empty()) {
        append_rect(out, "bar adoption", LEFT, y, 14, 12, false, id);
        svg::append_text(out, LEFT + 20, y + 10, legend.adoption, "legend-label", FONT_SIZE, "start");
        y += 18;
    }
    if (!legend.advice.empty()) {
        append_rect(out, "bar advice", LEFT, y, 14, 12, true, id);
        svg::append_text(out, LEFT + 20, y + 10, legend.advice, "legend-label", FONT_SIZE, "start");
    }
    out += "</g>\n";
}

} // namespace

std::string learning_timeline_svg(const TimelinePicture& picture)
{
    const std::string id = svg::id_prefix(picture.id_prefix);
    std::string out;
    svg::open(out, "learning-timeline", picture.width, picture.height, id, picture.title,
              picture.years.empty() ? picture.empty_description : picture.description);
    if (picture.years.empty()) {
        svg::append_text(out, 10, 20, picture.empty_description, "empty", FONT_SIZE + 1, "start");
        out += "</svg>\n";
        return out;
    }
    append_hatch_pattern(out, id);
    if (!picture.legend.adoption.empty() || !picture.legend.advice.empty()) {
        append_legend(out, picture.legend, id);
    }

    const double left = LEFT;
    const double right = std::max(left + 1, picture.width - RIGHT);
    const double top = TOP;
    const double baseline = std::max(top + 1, picture.height - BOTTOM);
    int highest = 1;
    for (const LearningYearCount& year : picture.years) {
        highest = std::max(highest, year.adoptions + year.advice);
    }
    const int step = scale_step(highest);
    const int scale_top = (highest + step - 1) / step * step;
    const double per_record = (baseline - top) / scale_top;

    out += "<g class=\"scale\">\n";
    for (int value = 0; value <= scale_top; value += step) {
        const double y = baseline - value * per_record;
        out += "<line";
        svg::append_attribute(out, "x1", left);
        svg::append_attribute(out, "y1", y);
        svg::append_attribute(out, "x2", right);
        svg::append_attribute(out, "y2", y);
        out += value == 0 ? " stroke=\"currentColor\" stroke-width=\"1\"/>\n"
                          : " stroke=\"#999\" stroke-width=\".5\"/>\n";
        svg::append_text(out, left - 4, y + 4, std::to_string(value), "scale-label", FONT_SIZE - 1,
                         "end");
    }
    out += "</g>\n<g class=\"bars\">\n";

    const double slot = (right - left) / static_cast<double>(picture.years.size());
    const double bar_width = std::min(slot * 0.7, MAX_BAR_WIDTH);
    const auto label_every =
        static_cast<std::size_t>(std::max(1.0, std::ceil(YEAR_LABEL_ROOM / slot)));
    for (std::size_t i = 0; i < picture.years.size(); ++i) {
        const LearningYearCount& year = picture.years[i];
        const double centre = left + slot * (static_cast<double>(i) + 0.5);
        const double x = centre - bar_width / 2;
        const double adoption_height = year.adoptions * per_record;
        const double advice_height = year.advice * per_record;
        out += "<g class=\"year\">\n";
        if (year.adoptions > 0) {
            append_rect(out, "bar adoption", x, baseline - adoption_height, bar_width,
                        adoption_height, false, id);
        }
        if (year.advice > 0) {
            append_rect(out, "bar advice", x, baseline - adoption_height - advice_height, bar_width,
                        advice_height, true, id);
        }
        if (const int total = year.adoptions + year.advice; total > 0) {
            svg::append_text(out, centre, baseline - adoption_height - advice_height - 4,
                             std::to_string(total), "total", FONT_SIZE - 1, "middle");
        }
        if (i % label_every == 0) {
            svg::append_text(out, centre, baseline + 15, std::to_string(year.year), "year-label",
                             FONT_SIZE - 1, "middle");
        }
        out += "</g>\n";
    }
    out += "</g>\n</svg>\n";
    return out;
}

} // namespace rundum::format
