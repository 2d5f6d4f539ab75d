// SPDX-License-Identifier: EUPL-1.2
// Reads the states' GeoJSON into plain structs (see geojson.hpp).
#include "geo/geojson.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>

#include <boost/json.hpp>

namespace rundum::geo {

namespace {

namespace json = boost::json;

template <typename T> using Parsed = tl::expected<T, std::string>;

tl::unexpected<std::string> error(std::string message)
{
    return tl::unexpected<std::string>(std::move(message));
}

Parsed<double> number(const json::value& value)
{
    if (const double* real = value.if_double()) {
        return *real;
    }
    if (const std::int64_t* integer = value.if_int64()) {
        return static_cast<double>(*integer);
    }
    if (const std::uint64_t* unsigned_integer = value.if_uint64()) {
        return static_cast<double>(*unsigned_integer);
    }
    return error("a coordinate is not a number");
}

Parsed<GeoPosition> position(const json::value& value)
{
    const json::array* pair = value.if_array();
    // A third number (altitude) is allowed by RFC 7946 and ignored.
    if (pair == nullptr || pair->size() < 2) {
        return error("a position is not an array of at least two numbers");
    }
    auto longitude = number((*pair)[0]);
    auto latitude = number((*pair)[1]);
    if (!longitude) {
        return error(longitude.error());
    }
    if (!latitude) {
        return error(latitude.error());
    }
    // The conic projection is undefined at the south pole; nothing of Germany is near either.
    if (!(*longitude >= -180.0 && *longitude <= 180.0 && *latitude > -90.0 && *latitude < 90.0)) {
        return error("a position is outside longitude -180..180 / latitude -90..90");
    }
    return GeoPosition{*longitude, *latitude};
}

Parsed<GeoRing> ring(const json::value& value)
{
    const json::array* positions = value.if_array();
    if (positions == nullptr) {
        return error("a ring is not an array of positions");
    }
    GeoRing result;
    result.reserve(positions->size());
    for (const json::value& item : *positions) {
        auto parsed = position(item);
        if (!parsed) {
            return error(parsed.error());
        }
        result.push_back(*parsed);
    }
    // GeoJSON repeats the first position at the end; the map closes rings itself.
    if (result.size() > 1 && result.front().longitude == result.back().longitude &&
        result.front().latitude == result.back().latitude) {
        result.pop_back();
    }
    if (result.size() < 3) {
        return error("a ring has fewer than three distinct positions");
    }
    return result;
}

Parsed<GeoPolygon> polygon(const json::value& value)
{
    const json::array* rings = value.if_array();
    if (rings == nullptr || rings->empty()) {
        return error("a polygon is not a non-empty array of rings");
    }
    GeoPolygon result;
    result.reserve(rings->size());
    for (const json::value& item : *rings) {
        auto parsed = ring(item);
        if (!parsed) {
            return error(parsed.error());
        }
        result.push_back(std::move(*parsed));
    }
    return result;
}

Parsed<std::vector<GeoPolygon>> geometry(const json::value* value)
{
    const json::object* object = value != nullptr ? value->if_object() : nullptr;
    if (object == nullptr) {
        return error("geometry is missing");
    }
    const json::value* type = object->if_contains("type");
    const json::value* coordinates = object->if_contains("coordinates");
    if (type == nullptr || !type->is_string() || coordinates == nullptr) {
        return error("geometry has no type or no coordinates");
    }
    std::vector<GeoPolygon> result;
    if (type->get_string() == "Polygon") {
        auto parsed = polygon(*coordinates);
        if (!parsed) {
            return error(parsed.error());
        }
        result.push_back(std::move(*parsed));
        return result;
    }
    if (type->get_string() == "MultiPolygon") {
        const json::array* polygons = coordinates->if_array();
        if (polygons == nullptr || polygons->empty()) {
            return error("MultiPolygon coordinates are not a non-empty array");
        }
        result.reserve(polygons->size());
        for (const json::value& item : *polygons) {
            auto parsed = polygon(item);
            if (!parsed) {
                return error(parsed.error());
            }
            result.push_back(std::move(*parsed));
        }
        return result;
    }
    return error("geometry type \"" + std::string(type->get_string()) +
                 "\" is neither Polygon nor MultiPolygon");
}

Parsed<std::string> string_property(const json::object* properties, std::string_view name)
{
    const json::value* value = properties != nullptr ? properties->if_contains(name) : nullptr;
    if (value == nullptr || !value->is_string() || value->get_string().empty()) {
        return error("property " + std::string(name) + " is missing or not a non-empty string");
    }
    return std::string(value->get_string());
}

Parsed<AreaFeature> feature(const json::value& value)
{
    const json::object* object = value.if_object();
    if (object == nullptr) {
        return error("not an object");
    }
    const json::value* properties_value = object->if_contains("properties");
    const json::object* properties =
        properties_value != nullptr ? properties_value->if_object() : nullptr;
    auto key = string_property(properties, "ARS");
    if (!key) {
        return error(key.error());
    }
    auto name = string_property(properties, "GEN");
    if (!name) {
        return error(name.error());
    }
    auto polygons = geometry(object->if_contains("geometry"));
    if (!polygons) {
        return error(*name + ": " + polygons.error());
    }
    return AreaFeature{std::move(*key), std::move(*name), std::move(*polygons)};
}

} // namespace

tl::expected<std::vector<AreaFeature>, std::string>
parse_area_features(std::string_view geojson_text)
{
    // The whole tree is thrown away after this function: one arena, freed at once.
    json::monotonic_resource arena;
    boost::system::error_code code;
    json::value document =
        json::parse(json::string_view(geojson_text.data(), geojson_text.size()), code, &arena);
    if (code) {
        return error("GeoJSON is not valid JSON: " + code.message());
    }
    const json::object* root = document.if_object();
    const json::value* type = root != nullptr ? root->if_contains("type") : nullptr;
    if (type == nullptr || !type->is_string() || type->get_string() != "FeatureCollection") {
        return error("GeoJSON is not a FeatureCollection");
    }
    const json::value* features_value = root->if_contains("features");
    const json::array* features = features_value != nullptr ? features_value->if_array() : nullptr;
    if (features == nullptr || features->empty()) {
        return error("GeoJSON FeatureCollection has no features");
    }
    std::vector<AreaFeature> result;
    result.reserve(features->size());
    for (std::size_t index = 0; index < features->size(); ++index) {
        auto parsed = feature((*features)[index]);
        if (!parsed) {
            return error("GeoJSON feature " + std::to_string(index) + ": " + parsed.error());
        }
        result.push_back(std::move(*parsed));
    }
    return result;
}

} // namespace rundum::geo
