// SPDX-License-Identifier: EUPL-1.2
// Tests of the map of Germany: GeoJSON parsing, projection, simplification and path data, on a
// small fixture written here and on the real BKG file in data/open/.
#include "geo/germany_map.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace {

using rundum::geo::GermanyMap;
using rundum::geo::MapPoint;
using rundum::geo::StateShape;

// Three made-up states: Westland and Ostland share the border at 9°E, and Insel is an enclave
// that fills the hole in Ostland.
constexpr const char* FIXTURE = R"({
  "type": "FeatureCollection",
  "features": [
    {"type": "Feature", "properties": {"ARS": "01", "GEN": "Westland"},
     "geometry": {"type": "Polygon", "coordinates": [
       [[7, 50], [9, 50], [9, 51], [9, 52], [7, 52], [7, 50]]]}},
    {"type": "Feature", "properties": {"ARS": "02", "GEN": "Ostland"},
     "geometry": {"type": "MultiPolygon", "coordinates": [[
       [[9, 50], [11, 50], [11, 52], [9, 52], [9, 51], [9, 50]],
       [[9.5, 50.5], [9.5, 51.5], [10.5, 51.5], [10.5, 50.5], [9.5, 50.5]]]]}},
    {"type": "Feature", "properties": {"ARS": "03", "GEN": "Insel"},
     "geometry": {"type": "Polygon", "coordinates": [
       [[9.5, 50.5], [10.5, 50.5], [10.5, 51.5], [9.5, 51.5], [9.5, 50.5]]]}}
  ]
})";

std::string read_file(const std::string& path)
{
    std::ifstream stream(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>()};
}

std::string real_states_path()
{
    return std::string(RUNDUM_SOURCE_DIR) + "/data/open/germany-states-vg5000-2021.geojson";
}

// Reads SVG path data back into absolute points, one vector per subpath. Understands what
// SVG allows for M/m, L/l and Z/z, including implicit line-tos after a move-to.
std::vector<std::vector<MapPoint>> parse_path(const std::string& data)
{
    std::vector<std::vector<MapPoint>> subpaths;
    MapPoint current{0, 0};
    MapPoint subpath_start{0, 0};
    char command = 0;
    const char* cursor = data.c_str();
    while (*cursor != '\0') {
        char c = *cursor;
        if (c == ' ' || c == ',') {
            ++cursor;
            continue;
        }
        if (c == 'z' || c == 'Z') {
            current = subpath_start;
            command = 0;
            ++cursor;
            continue;
        }
        if (c == 'm' || c == 'M' || c == 'l' || c == 'L') {
            command = c;
            ++cursor;
            continue;
        }
        char* end = nullptr;
        double x = std::strtod(cursor, &end);
        EXPECT_NE(end, cursor) << "unexpected character in path data: " << c;
        if (end == cursor) {
            return subpaths;
        }
        cursor = end;
        double y = std::strtod(cursor, &end);
        EXPECT_NE(end, cursor) << "x without y in path data";
        if (end == cursor) {
            return subpaths;
        }
        cursor = end;
        bool relative = command == 'm' || command == 'l';
        MapPoint point = relative ? MapPoint{current.x + x, current.y + y} : MapPoint{x, y};
        if (command == 'm' || command == 'M') {
            subpaths.emplace_back();
            subpath_start = point;
            command = relative ? 'l' : 'L';
        }
        EXPECT_FALSE(subpaths.empty()) << "path data does not start with a move-to";
        if (subpaths.empty()) {
            return subpaths;
        }
        subpaths.back().push_back(point);
        current = point;
    }
    return subpaths;
}

std::vector<MapPoint> all_points(const StateShape& state)
{
    std::vector<MapPoint> points;
    for (const auto& subpath : parse_path(state.path_data)) {
        points.insert(points.end(), subpath.begin(), subpath.end());
    }
    return points;
}

// Points as tenths, so that two sums of the same rounded deltas compare equal.
std::set<std::pair<long, long>> point_set(const StateShape& state)
{
    std::set<std::pair<long, long>> result;
    for (const MapPoint& point : all_points(state)) {
        result.emplace(std::lround(point.x * 10), std::lround(point.y * 10));
    }
    return result;
}

const StateShape& state_named(const GermanyMap& map, const std::string& name)
{
    auto found = std::find_if(map.states().begin(), map.states().end(),
                              [&](const StateShape& state) { return state.name == name; });
    if (found == map.states().end()) {
        throw std::runtime_error("no state named " + name);
    }
    return *found;
}

bool inside_view_box(const GermanyMap& map, const MapPoint& point)
{
    return point.x >= 0 && point.x <= map.width() && point.y >= 0 && point.y <= map.height();
}

// --- the small fixture ---

TEST(GermanyMapFixture, GivesOneShapePerFeatureWithKeyAndNameInFileOrder)
{
    auto map = GermanyMap::from_geojson(FIXTURE);
    ASSERT_TRUE(map) << map.error();
    ASSERT_EQ(map->states().size(), 3U);
    EXPECT_EQ(map->states()[0].key, "01");
    EXPECT_EQ(map->states()[0].name, "Westland");
    EXPECT_EQ(map->states()[1].key, "02");
    EXPECT_EQ(map->states()[1].name, "Ostland");
    EXPECT_EQ(map->states()[2].name, "Insel");
    for (const StateShape& state : map->states()) {
        EXPECT_FALSE(state.path_data.empty()) << state.name;
    }
}

TEST(GermanyMapFixture, ViewBoxHasTheRequestedWidthAndKeepsProportions)
{
    auto narrow = GermanyMap::from_geojson(FIXTURE, 500);
    auto wide = GermanyMap::from_geojson(FIXTURE, 1000);
    ASSERT_TRUE(narrow) << narrow.error();
    ASSERT_TRUE(wide) << wide.error();
    EXPECT_DOUBLE_EQ(narrow->width(), 500);
    EXPECT_DOUBLE_EQ(wide->width(), 1000);
    // 4° of longitude at 51°N are about 280 km, 2° of latitude about 222 km.
    EXPECT_GT(narrow->height(), 0.7 * 500);
    EXPECT_LT(narrow->height(), 0.9 * 500);
    EXPECT_NEAR(wide->height(), 2 * narrow->height(), 1e-9);
}

TEST(GermanyMapFixture, NorthIsUpAndEastIsRight)
{
    auto map = GermanyMap::from_geojson(FIXTURE);
    ASSERT_TRUE(map) << map.error();
    MapPoint south_west = map->project(50, 7);
    MapPoint north_east = map->project(52, 11);
    EXPECT_LT(south_west.x, north_east.x);
    EXPECT_GT(south_west.y, north_east.y);
    EXPECT_TRUE(inside_view_box(*map, south_west));
    EXPECT_TRUE(inside_view_box(*map, north_east));
}

TEST(GermanyMapFixture, PathDataIsRelativeMoveToWithImplicitLineTosAndClose)
{
    auto map = GermanyMap::from_geojson(FIXTURE);
    ASSERT_TRUE(map) << map.error();
    const std::string& data = map->states()[0].path_data;
    EXPECT_EQ(data.front(), 'm');
    EXPECT_EQ(data.back(), 'z');
    EXPECT_EQ(data.find_first_not_of("mz0123456789.- "), std::string::npos) << data;
    auto subpaths = parse_path(data);
    ASSERT_EQ(subpaths.size(), 1U);
    // The straight border's midpoint at 9°E 51°N is simplified away or kept; the corners stay.
    EXPECT_GE(subpaths[0].size(), 4U);
}

TEST(GermanyMapFixture, HoleAndTheEnclaveFillingItHaveTheSameOutline)
{
    auto map = GermanyMap::from_geojson(FIXTURE);
    ASSERT_TRUE(map) << map.error();
    auto ostland = parse_path(map->states()[1].path_data);
    ASSERT_EQ(ostland.size(), 2U);
    const std::vector<MapPoint>& hole = ostland[1];
    auto insel = all_points(map->states()[2]);
    auto as_set = [](const std::vector<MapPoint>& points) {
        std::set<std::pair<long, long>> result;
        for (const MapPoint& point : points) {
            result.emplace(std::lround(point.x * 10), std::lround(point.y * 10));
        }
        return result;
    };
    EXPECT_EQ(as_set(hole), as_set(insel));
}

TEST(GermanyMapFixture, SharedBorderIsTheSameInBothNeighbours)
{
    auto map = GermanyMap::from_geojson(FIXTURE);
    ASSERT_TRUE(map) << map.error();
    auto west = point_set(map->states()[0]);
    auto east = point_set(map->states()[1]);
    MapPoint south = map->project(50, 9);
    MapPoint north = map->project(52, 9);
    for (const MapPoint& corner : {south, north}) {
        std::pair<long, long> tenths{std::lround(corner.x * 10), std::lround(corner.y * 10)};
        EXPECT_TRUE(west.contains(tenths));
        EXPECT_TRUE(east.contains(tenths));
    }
}

// --- errors ---

TEST(GermanyMapErrors, MalformedJsonIsAnErrorNotACrash)
{
    for (const char* text :
         {"", "{", "[1, 2", "not json", "{\"type\": \"FeatureCollection\",}", "\xff\xfe"}) {
        auto map = GermanyMap::from_geojson(text);
        EXPECT_FALSE(map) << "accepted: " << text;
        if (!map) {
            EXPECT_FALSE(map.error().empty());
        }
    }
}

TEST(GermanyMapErrors, TruncatedRealFileIsAnError)
{
    std::string text = read_file(real_states_path());
    ASSERT_FALSE(text.empty());
    auto map = GermanyMap::from_geojson(std::string_view(text).substr(0, text.size() / 2));
    EXPECT_FALSE(map);
}

TEST(GermanyMapErrors, JsonThatIsNoFeatureCollectionIsAnError)
{
    for (const char* text :
         {"null", "[]", "{}", R"({"type": "Feature"})", R"({"type": "FeatureCollection"})",
          R"({"type": "FeatureCollection", "features": []})",
          R"({"type": "FeatureCollection", "features": [1]})"}) {
        EXPECT_FALSE(GermanyMap::from_geojson(text)) << "accepted: " << text;
    }
}

TEST(GermanyMapErrors, FeatureWithoutGeometryIsAnError)
{
    auto missing = GermanyMap::from_geojson(
        R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"ARS": "01", "GEN": "Leer"}}]})");
    ASSERT_FALSE(missing);
    EXPECT_NE(missing.error().find("geometry"), std::string::npos) << missing.error();

    auto null_geometry = GermanyMap::from_geojson(
        R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"ARS": "01", "GEN": "Leer"}, "geometry": null}]})");
    EXPECT_FALSE(null_geometry);
}

TEST(GermanyMapErrors, FeatureWithoutKeyOrNameIsAnError)
{
    auto no_key = GermanyMap::from_geojson(
        R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"GEN": "Ohne"},
             "geometry": {"type": "Polygon", "coordinates": [[[7, 50], [9, 50], [9, 52], [7, 50]]]}}]})");
    EXPECT_FALSE(no_key);
    auto no_properties = GermanyMap::from_geojson(
        R"({"type": "FeatureCollection", "features": [
            {"type": "Feature",
             "geometry": {"type": "Polygon", "coordinates": [[[7, 50], [9, 50], [9, 52], [7, 50]]]}}]})");
    EXPECT_FALSE(no_properties);
}

TEST(GermanyMapErrors, GeometryOtherThanPolygonIsAnError)
{
    auto point = GermanyMap::from_geojson(
        R"({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"ARS": "01", "GEN": "Punkt"},
             "geometry": {"type": "Point", "coordinates": [9, 50]}}]})");
    ASSERT_FALSE(point);
    EXPECT_NE(point.error().find("Point"), std::string::npos) << point.error();
}

TEST(GermanyMapErrors, BadCoordinatesAreAnError)
{
    for (const char* coordinates :
         {R"([[[7, 50], [9, 50]]])", R"([[[7, 50], [9, "50"], [9, 52], [7, 50]]])",
          R"([[[7, 50], [9, 95], [9, 52], [7, 50]]])", R"([[[7], [9, 50], [9, 52], [7]]])", R"([])",
          R"([[]])", R"({})"}) {
        std::string text =
            R"({"type": "FeatureCollection", "features": [
                {"type": "Feature", "properties": {"ARS": "01", "GEN": "Kaputt"},
                 "geometry": {"type": "Polygon", "coordinates": )" +
            std::string(coordinates) + "}}]}";
        EXPECT_FALSE(GermanyMap::from_geojson(text)) << "accepted: " << coordinates;
    }
}

// Guards against the upstream BKG file, whose coastal waters repeat the states' keys.
TEST(GermanyMapErrors, KeyTwiceIsAnError)
{
    auto map = GermanyMap::from_geojson(
        R"json({"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {"ARS": "01", "GEN": "Land"},
             "geometry": {"type": "Polygon", "coordinates": [[[7, 50], [9, 50], [9, 52], [7, 50]]]}},
            {"type": "Feature", "properties": {"ARS": "01", "GEN": "Land (Küstengewässer)"},
             "geometry": {"type": "Polygon", "coordinates": [[[7, 53], [9, 53], [9, 54], [7, 53]]]}}]})json");
    EXPECT_FALSE(map);
}

TEST(GermanyMapErrors, WidthThatIsNotPositiveIsAnError)
{
    EXPECT_FALSE(GermanyMap::from_geojson(FIXTURE, 0));
    EXPECT_FALSE(GermanyMap::from_geojson(FIXTURE, -500));
    EXPECT_FALSE(GermanyMap::from_geojson(FIXTURE, std::numeric_limits<double>::quiet_NaN()));
}

// --- the real BKG file ---

class GermanyMapReal : public testing::Test {
protected:
    static void SetUpTestSuite()
    {
        std::string text = read_file(real_states_path());
        ASSERT_FALSE(text.empty()) << "cannot read " << real_states_path();
        auto map = GermanyMap::from_geojson(text, 500);
        ASSERT_TRUE(map) << map.error();
        s_map = new GermanyMap(std::move(*map));
    }

    static void TearDownTestSuite()
    {
        delete s_map;
        s_map = nullptr;
    }

    void SetUp() override { ASSERT_NE(s_map, nullptr); }

    static const GermanyMap& map() { return *s_map; }

private:
    static inline GermanyMap* s_map = nullptr;
};

TEST_F(GermanyMapReal, HasTheSixteenStatesWithKeysAndNames)
{
    std::set<std::string> names;
    std::set<std::string> keys;
    for (const StateShape& state : map().states()) {
        names.insert(state.name);
        keys.insert(state.key);
    }
    std::set<std::string> expected_names{"Baden-Württemberg",
                                         "Bayern",
                                         "Berlin",
                                         "Brandenburg",
                                         "Bremen",
                                         "Hamburg",
                                         "Hessen",
                                         "Mecklenburg-Vorpommern",
                                         "Niedersachsen",
                                         "Nordrhein-Westfalen",
                                         "Rheinland-Pfalz",
                                         "Saarland",
                                         "Sachsen",
                                         "Sachsen-Anhalt",
                                         "Schleswig-Holstein",
                                         "Thüringen"};
    EXPECT_EQ(map().states().size(), 16U);
    EXPECT_EQ(names, expected_names);
    std::set<std::string> expected_keys{"01", "02", "03", "04", "05", "06", "07", "08",
                                        "09", "10", "11", "12", "13", "14", "15", "16"};
    EXPECT_EQ(keys, expected_keys);
    EXPECT_EQ(state_named(map(), "Bayern").key, "09");
    EXPECT_EQ(state_named(map(), "Berlin").key, "11");
}

TEST_F(GermanyMapReal, IsTallerThanWideLikeGermany)
{
    EXPECT_DOUBLE_EQ(map().width(), 500);
    // Germany spans about 640 km wide and 870 km tall.
    EXPECT_GT(map().height(), 1.25 * map().width());
    EXPECT_LT(map().height(), 1.5 * map().width());
}

TEST_F(GermanyMapReal, BerlinLiesInsideTheMapAndNorthEastOfMuenchen)
{
    MapPoint berlin = map().project(52.51767, 13.405538);
    MapPoint muenchen = map().project(48.137683, 11.575997);
    EXPECT_TRUE(inside_view_box(map(), berlin));
    EXPECT_TRUE(inside_view_box(map(), muenchen));
    EXPECT_GT(berlin.x, muenchen.x);
    EXPECT_LT(berlin.y, muenchen.y);
}

TEST_F(GermanyMapReal, HamburgLiesNorthOfFrankfurt)
{
    MapPoint hamburg = map().project(53.55, 9.997);
    MapPoint frankfurt = map().project(50.11088, 8.682433);
    EXPECT_LT(hamburg.y, frankfurt.y);
}

TEST_F(GermanyMapReal, CityMarkersFallInsideTheirStatesOutline)
{
    struct Case {
        const char* state;
        double latitude;
        double longitude;
    };
    for (const Case& city :
         {Case{"Berlin", 52.51767, 13.405538}, Case{"Hamburg", 53.550678, 9.99697},
          Case{"Bayern", 48.137683, 11.575997}, Case{"Nordrhein-Westfalen", 50.9375, 6.9603}}) {
        std::vector<MapPoint> outline = all_points(state_named(map(), city.state));
        ASSERT_FALSE(outline.empty()) << city.state;
        auto [min_x, max_x] =
            std::minmax_element(outline.begin(), outline.end(),
                                [](const MapPoint& a, const MapPoint& b) { return a.x < b.x; });
        auto [min_y, max_y] =
            std::minmax_element(outline.begin(), outline.end(),
                                [](const MapPoint& a, const MapPoint& b) { return a.y < b.y; });
        MapPoint marker = map().project(city.latitude, city.longitude);
        EXPECT_GT(marker.x, min_x->x) << city.state;
        EXPECT_LT(marker.x, max_x->x) << city.state;
        EXPECT_GT(marker.y, min_y->y) << city.state;
        EXPECT_LT(marker.y, max_y->y) << city.state;
    }
}

TEST_F(GermanyMapReal, AllPathCoordinatesLieWithinTheViewBox)
{
    for (const StateShape& state : map().states()) {
        for (const MapPoint& point : all_points(state)) {
            ASSERT_TRUE(inside_view_box(map(), point))
                << state.name << " has a point at " << point.x << "," << point.y;
        }
    }
}

TEST_F(GermanyMapReal, TotalPathDataStaysUnder25Kilobytes)
{
    std::size_t total = 0;
    for (const StateShape& state : map().states()) {
        total += state.path_data.size();
    }
    EXPECT_LT(total, 25U * 1024U);
    // Simplified, but not to a caricature: a few thousand points in all.
    EXPECT_GT(total, 5U * 1024U);
}

TEST_F(GermanyMapReal, BerlinsOutlineIsPartOfBrandenburgsHole)
{
    auto berlin = point_set(state_named(map(), "Berlin"));
    auto brandenburg = point_set(state_named(map(), "Brandenburg"));
    ASSERT_FALSE(berlin.empty());
    for (const auto& point : berlin) {
        EXPECT_TRUE(brandenburg.contains(point))
            << "Berlin point " << point.first << "," << point.second << " (tenths)";
    }
}

TEST_F(GermanyMapReal, SmallIslandsAreDroppedButLargeOnesKept)
{
    // Schleswig-Holstein has dozens of islands in the source; Sylt, Föhr, Amrum, Fehmarn and a
    // few more are big enough to see at width 500.
    auto subpaths = parse_path(state_named(map(), "Schleswig-Holstein").path_data);
    EXPECT_GE(subpaths.size(), 4U);
    EXPECT_LE(subpaths.size(), 20U);
}

} // namespace
