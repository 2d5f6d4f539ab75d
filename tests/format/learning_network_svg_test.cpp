// SPDX-License-Identifier: EUPL-1.2
// The learning network and timeline pictures: well-formed, escaped, readable without colour
// (solid adoption, dashed advice, hatched bars), arrows pointing from teacher to learner, no
// inline styles, and the same bytes for the same network.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <sstream>

#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "format/learning_network_svg.hpp"
#include "format/learning_timeline_svg.hpp"
#include "format/svg_parts.hpp"

namespace rundum::format {
namespace {

/// Parses the picture as XML; fails the test when it is not well-formed.
boost::property_tree::ptree parsed(const std::string& svg)
{
    std::istringstream in(svg);
    boost::property_tree::ptree tree;
    try {
        boost::property_tree::read_xml(in, tree);
    } catch (const boost::property_tree::xml_parser_error& error) {
        ADD_FAILURE() << "not well-formed XML: " << error.what() << "\n" << svg;
    }
    return tree;
}

/// The elements `<name …>` or `<name …/>` whose class attribute contains `css_class`.
std::vector<std::string> elements(const std::string& svg, const std::string& name,
                                  const std::string& css_class)
{
    std::vector<std::string> found;
    const std::regex element("<" + name + " class=\"[^\"]*\\b" + css_class + "\\b[^\"]*\"[^>]*>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), element); it != std::sregex_iterator();
         ++it) {
        found.push_back(it->str());
    }
    return found;
}

/// The value of attribute `name` in an element's text, as a number.
double attribute(const std::string& element, const std::string& name)
{
    std::smatch match;
    if (!std::regex_search(element, match, std::regex(" " + name + "=\"([-0-9.]+)\""))) {
        ADD_FAILURE() << "no " << name << " in " << element;
        return 0;
    }
    return std::stod(match[1]);
}

NetworkPicture two_cities()
{
    NetworkPicture picture;
    picture.width = 400;
    picture.height = 300;
    picture.title = "Wer von wem lernte";
    picture.description = "Übernahmen und Beratungen; die Tabelle folgt.";
    picture.empty_description = "Noch keine Übernahmen oder Beratungen erfasst.";
    picture.legend = {"Übernahme", "Beratung", "Pfeil zeigt zur lernenden Stadt"};
    picture.nodes = {{"a", "Leipzig", 100, 100, false}, {"b", "München", 300, 100, true}};
    return picture;
}

TEST(LearningNetworkSvg, IsAnAccessibleImageWithTitleAndDescription)
{
    NetworkPicture picture = two_cities();
    picture.links = {{"a", "b", 1, 0, ""}};
    const std::string svg = learning_network_svg(picture);
    const auto tree = parsed(svg);
    EXPECT_EQ(tree.get<std::string>("svg.<xmlattr>.role"), "img");
    EXPECT_EQ(tree.get<std::string>("svg.<xmlattr>.viewBox"), "0 0 400 300");
    EXPECT_EQ(tree.get<std::string>("svg.<xmlattr>.aria-labelledby"), "lernnetz-title");
    EXPECT_EQ(tree.get<std::string>("svg.title"), "Wer von wem lernte");
    EXPECT_EQ(tree.get<std::string>("svg.title.<xmlattr>.id"), "lernnetz-title");
    EXPECT_EQ(tree.get<std::string>("svg.desc"), "Übernahmen und Beratungen; die Tabelle folgt.");
    EXPECT_EQ(svg.rfind("<svg ", 0), 0u) << "starts with the svg element itself";
}

TEST(LearningNetworkSvg, EscapesEveryTextTheCallerGives)
{
    NetworkPicture picture = two_cities();
    picture.title = "A & B <i>\"x\" 'y'";
    picture.nodes[0].name = "Löwen & <Co>";
    picture.background_paths = {"m1 1\"/><script>alert(1)</script>"};
    picture.links = {{"a", "b", 1, 1, "Leipzig → München: <1> & \"2\""}};
    picture.legend.adoption = "<b>Übernahme</b>";
    picture.id_prefix = "x\" onload=\"alert(1)";
    const std::string svg = learning_network_svg(picture);
    parsed(svg);
    EXPECT_NE(svg.find("A &amp; B &lt;i&gt;&quot;x&quot; &apos;y&apos;"), std::string::npos);
    EXPECT_NE(svg.find("Löwen &amp; &lt;Co&gt;"), std::string::npos);
    EXPECT_NE(svg.find("&lt;1&gt; &amp; &quot;2&quot;"), std::string::npos);
    EXPECT_NE(svg.find("&lt;b&gt;Übernahme&lt;/b&gt;"), std::string::npos);
    EXPECT_EQ(svg.find("<script"), std::string::npos);
    EXPECT_EQ(svg.find(" onload="), std::string::npos) << "the id prefix keeps only safe characters";
    EXPECT_NE(svg.find("id=\"xonloadalert1-title\""), std::string::npos);
}

TEST(LearningNetworkSvg, AdoptionIsSolidAndAdviceDashedEachWithAnArrowhead)
{
    NetworkPicture picture = two_cities();
    picture.links = {{"a", "b", 2, 1, ""}};
    const std::string svg = learning_network_svg(picture);
    parsed(svg);
    const auto adoptions = elements(svg, "line", "adoption");
    const auto advice = elements(svg, "line", "advice");
    // One of each between the cities, and one of each in the legend.
    ASSERT_EQ(adoptions.size(), 2u);
    ASSERT_EQ(advice.size(), 2u);
    for (const std::string& line : adoptions) {
        EXPECT_EQ(line.find("stroke-dasharray"), std::string::npos) << line;
        EXPECT_NE(line.find("marker-end=\"url(#lernnetz-arrow)\""), std::string::npos) << line;
    }
    for (const std::string& line : advice) {
        EXPECT_NE(line.find("stroke-dasharray=\""), std::string::npos) << line;
        EXPECT_NE(line.find("marker-end=\"url(#lernnetz-arrow)\""), std::string::npos) << line;
    }
    EXPECT_NE(svg.find("<marker id=\"lernnetz-arrow\""), std::string::npos);
    EXPECT_NE(svg.find("orient=\"auto\""), std::string::npos);
    EXPECT_DOUBLE_EQ(attribute(adoptions[0], "stroke-width"), 2.5) << "width grows with the count";
    EXPECT_DOUBLE_EQ(attribute(advice[0], "stroke-width"), 2);
    EXPECT_NE(attribute(adoptions[0], "y1"), attribute(advice[0], "y1")) << "side by side";
}

TEST(LearningNetworkSvg, ArrowsRunFromTeacherToLearnerAndTheTwoDirectionsLieApart)
{
    NetworkPicture picture = two_cities();
    picture.legend = {};
    picture.links = {{"b", "a", 1, 0, ""}, {"a", "b", 30, 0, ""}};
    const std::string svg = learning_network_svg(picture);
    const auto lines = elements(svg, "line", "adoption");
    ASSERT_EQ(lines.size(), 2u);
    // Ordered by from, to: a → b first. Leipzig (a) lies at x 100, München (b) at x 300.
    const std::string& forwards = lines[0];
    EXPECT_GT(attribute(forwards, "x1"), 100);
    EXPECT_LT(attribute(forwards, "x1"), attribute(forwards, "x2")) << "towards München";
    // The arrowhead (3.5 line widths long) ends 2 units before München's circle (radius 7).
    EXPECT_NEAR(attribute(forwards, "x2"), 300 - 7 - 2 - 3.5 * 4, 0.05);
    EXPECT_DOUBLE_EQ(attribute(forwards, "stroke-width"), 4) << "capped";
    const std::string& backwards = lines[1];
    EXPECT_GT(attribute(backwards, "x1"), attribute(backwards, "x2")) << "towards Leipzig";
    // Each runs to the right of its direction: eastwards below the centres, westwards above.
    EXPECT_GT(attribute(forwards, "y1"), 100);
    EXPECT_LT(attribute(backwards, "y1"), 100);
}

TEST(LearningNetworkSvg, AnEmptyNetworkSaysSoInItsDescriptionAndVisibly)
{
    NetworkPicture picture = two_cities();
    picture.links = {{"a", "atlantis", 3, 0, ""}, {"a", "a", 1, 0, ""}, {"a", "b", 0, 0, ""}};
    const std::string svg = learning_network_svg(picture);
    const auto tree = parsed(svg);
    EXPECT_EQ(tree.get<std::string>("svg.desc"), "Noch keine Übernahmen oder Beratungen erfasst.");
    EXPECT_TRUE(elements(svg, "line", "link").empty()) << "no legend without links";
    EXPECT_EQ(elements(svg, "text", "empty").size(), 1u);
    EXPECT_EQ(elements(svg, "g", "node").size(), 2u) << "the cities are still drawn";

    const std::string nothing = learning_network_svg(NetworkPicture{});
    parsed(nothing);
    EXPECT_NE(nothing.find("role=\"img\""), std::string::npos);
}

TEST(LearningNetworkSvg, DrawsTheBackgroundAndMarksTheHighlightedCity)
{
    NetworkPicture picture = two_cities();
    picture.background_paths = {"m10 10 5 0 0 5z", "m30 30 5 0 0 5z"};
    const std::string svg = learning_network_svg(picture);
    parsed(svg);
    EXPECT_NE(svg.find("<path d=\"m10 10 5 0 0 5z\"/>"), std::string::npos);
    EXPECT_NE(svg.find("<path d=\"m30 30 5 0 0 5z\"/>"), std::string::npos);
    const auto highlighted = elements(svg, "g", "highlighted");
    ASSERT_EQ(highlighted.size(), 1u);
    EXPECT_NE(svg.find("<g class=\"node highlighted\"><circle cx=\"300\" cy=\"100\" r=\"7\" "
                       "fill=\"currentColor\""),
              std::string::npos)
        << "larger and filled, not only coloured";
    EXPECT_NE(svg.find("<g class=\"node\"><circle cx=\"100\" cy=\"100\" r=\"4.5\" fill=\"#fff\""),
              std::string::npos);
}

TEST(LearningNetworkSvg, LabelsMoveLeftOfACityWhenANeighbourIsInTheWay)
{
    NetworkPicture picture = two_cities();
    picture.nodes = {{"e", "Essen", 100, 100, false}, {"d", "Dortmund", 130, 102, false},
                     {"h", "Hamm", 160, 140, false}, {"r", "Rand", 390, 10, false}};
    const std::string svg = learning_network_svg(picture);
    const auto labels = elements(svg, "text", "label");
    ASSERT_EQ(labels.size(), 4u);
    EXPECT_NE(labels[0].find("text-anchor=\"end\""), std::string::npos) << "Dortmund is right of Essen";
    EXPECT_LT(attribute(labels[0], "x"), 100);
    EXPECT_NE(labels[1].find("text-anchor=\"start\""), std::string::npos);
    EXPECT_NE(labels[2].find("text-anchor=\"start\""), std::string::npos) << "Hamm lies lower";
    EXPECT_NE(labels[3].find("text-anchor=\"end\""), std::string::npos) << "at the right edge";
}

TEST(LearningNetworkSvg, UsesNoInlineStylesAndGivesTheSameBytesForTheSameNetwork)
{
    NetworkPicture picture = two_cities();
    picture.nodes.push_back({"c", "Hamm", 200, 250, false});
    picture.links = {{"a", "b", 1, 2, "x"}, {"c", "a", 0, 1, ""}, {"b", "c", 4, 0, ""}};
    const std::string svg = learning_network_svg(picture);
    EXPECT_EQ(svg.find("style"), std::string::npos);
    std::reverse(picture.links.begin(), picture.links.end());
    EXPECT_EQ(learning_network_svg(picture), svg);
}

TimelinePicture timeline(std::vector<LearningYearCount> years)
{
    TimelinePicture picture;
    picture.title = "Übernahmen & Beratungen pro Jahr";
    picture.description = "Balken je Jahr; die Tabelle folgt.";
    picture.empty_description = "Noch nichts erfasst.";
    picture.legend = {"Übernahme", "Beratung <gestreift>", ""};
    picture.years = std::move(years);
    return picture;
}

TEST(LearningTimelineSvg, StacksFilledAdoptionsUnderHatchedAdvice)
{
    const std::string svg =
        learning_timeline_svg(timeline({{2020, 2, 1}, {2021, 0, 0}, {2022, 0, 3}}));
    const auto tree = parsed(svg);
    EXPECT_EQ(tree.get<std::string>("svg.<xmlattr>.role"), "img");
    EXPECT_EQ(tree.get<std::string>("svg.title"), "Übernahmen & Beratungen pro Jahr");
    EXPECT_NE(svg.find("<pattern id=\"lernzeit-hatch\""), std::string::npos);
    EXPECT_EQ(svg.find("style"), std::string::npos);
    EXPECT_NE(svg.find("Beratung &lt;gestreift&gt;"), std::string::npos);
    // Legend swatches first, then the bars.
    const auto adoptions = elements(svg, "rect", "adoption");
    const auto advice = elements(svg, "rect", "advice");
    ASSERT_EQ(adoptions.size(), 2u);
    ASSERT_EQ(advice.size(), 3u);
    for (const std::string& rect : adoptions) {
        EXPECT_NE(rect.find("fill=\"currentColor\""), std::string::npos) << rect;
    }
    for (const std::string& rect : advice) {
        EXPECT_NE(rect.find("fill=\"url(#lernzeit-hatch)\""), std::string::npos) << rect;
    }
    // Plot from y 48 to the baseline at 198; highest total 3, so 50 units per record.
    EXPECT_DOUBLE_EQ(attribute(adoptions[1], "height"), 100);
    EXPECT_DOUBLE_EQ(attribute(adoptions[1], "y"), 98);
    EXPECT_DOUBLE_EQ(attribute(advice[1], "height"), 50);
    EXPECT_DOUBLE_EQ(attribute(advice[1], "y"), 48) << "advice on top of the adoptions";
    EXPECT_DOUBLE_EQ(attribute(advice[2], "height"), 150);
    EXPECT_EQ(elements(svg, "text", "year-label").size(), 3u);
    EXPECT_EQ(elements(svg, "text", "total").size(), 2u) << "no total over an empty year";
}

TEST(LearningTimelineSvg, TheScaleHasWholeNumbersInNiceSteps)
{
    auto labels = [](const std::string& svg) {
        std::vector<std::string> found;
        const std::regex label("class=\"scale-label\"[^>]*>([0-9]+)</text>");
        for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label);
             it != std::sregex_iterator(); ++it) {
            found.push_back((*it)[1]);
        }
        return found;
    };
    EXPECT_EQ(labels(learning_timeline_svg(timeline({{2020, 1, 0}}))),
              (std::vector<std::string>{"0", "1"}));
    EXPECT_EQ(labels(learning_timeline_svg(timeline({{2020, 4, 3}}))),
              (std::vector<std::string>{"0", "2", "4", "6", "8"}));
    EXPECT_EQ(labels(learning_timeline_svg(timeline({{2020, 17, 0}}))),
              (std::vector<std::string>{"0", "5", "10", "15", "20"}));
}

TEST(LearningTimelineSvg, ManyYearsLabelEveryFewYears)
{
    std::vector<LearningYearCount> years;
    for (int year = 2000; year < 2030; ++year) {
        years.push_back({year, 1, 0});
    }
    const std::string svg = learning_timeline_svg(timeline(years));
    parsed(svg);
    // 458 units for 30 years: about 15 each, a year label needs 34, so every third year.
    EXPECT_EQ(elements(svg, "text", "year-label").size(), 10u);
    EXPECT_NE(svg.find(">2003</text>"), std::string::npos);
    EXPECT_EQ(svg.find(">2001</text>"), std::string::npos);
}

TEST(LearningTimelineSvg, NoYearsGiveAValidPictureThatSaysSo)
{
    const std::string svg = learning_timeline_svg(timeline({}));
    const auto tree = parsed(svg);
    EXPECT_EQ(tree.get<std::string>("svg.desc"), "Noch nichts erfasst.");
    EXPECT_EQ(svg.find("<rect"), std::string::npos);
    EXPECT_EQ(elements(svg, "text", "empty").size(), 1u);
}

TEST(SvgParts, NumbersHaveOneDecimalAtMostAndNoNegativeZero)
{
    EXPECT_EQ(svg::number(12), "12");
    EXPECT_EQ(svg::number(12.34), "12.3");
    EXPECT_EQ(svg::number(-0.04), "0");
    EXPECT_EQ(svg::number(-1.25), "-1.3");
    EXPECT_EQ(svg::number(0.05), "0.1");
    EXPECT_EQ(svg::id_prefix("9lives"), "svg");
    EXPECT_EQ(svg::id_prefix("netz-1_a"), "netz-1_a");
}

} // namespace
} // namespace rundum::format
