// The JSON shape shared by API, export and import, and its error messages.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "format/json_writer.hpp"
#include "format/network_json.hpp"

namespace rundum::format {
namespace {

NetworkSnapshot sample_network()
{
    City hamm;
    hamm.id = "city-hamm";
    hamm.slug = "hamm";
    hamm.name = "Hamm";
    hamm.state = "Nordrhein-Westfalen";
    hamm.official_key = "05915000";
    hamm.location = {51.678312, 7.816947};
    hamm.alliance = "Stadt Hamm, Stabsstelle Familienfreundlichste Stadt";
    hamm.statement = "Erster Absatz.\n\n„Zweiter“ Absatz mit <b>Tags</b> & Zeichen.";
    hamm.address = PostalAddress{{"Stadt Hamm", "Stabsstelle Familienfreundlichste Stadt"},
                                 "Theodor-Heuss-Platz 12 - Innenhof Nr.: 6", "59065", "Hamm"};
    hamm.website = "https://www.hamm.de/familienfreundlichst";
    hamm.contacts = {Contact{"contact-hamm-1", "Dr. Nicolas Apitzsch", "Koordination", "", "", true, false, false}};
    City essen;
    essen.id = "city-essen";
    essen.slug = "essen";
    essen.name = "Essen";
    essen.state = "Nordrhein-Westfalen";
    essen.official_key = "05113000";
    essen.location = {51.455843, 7.012583};
    return NetworkSnapshot{.cities = {essen, hamm}};
}

TEST(NetworkJson, ReadsBackExactlyWhatItWrote)
{
    const NetworkSnapshot original = sample_network();
    const std::string text = pretty_json(network_to_json(original));
    auto read = network_from_json_text(text);
    ASSERT_TRUE(read.has_value()) << read.error().key;
    EXPECT_EQ(pretty_json(network_to_json(*read)), text);
    ASSERT_EQ(read->cities.size(), 2U);
    EXPECT_FALSE(read->cities[0].address.has_value());
    EXPECT_EQ(read->cities[1].address->street, "Theodor-Heuss-Platz 12 - Innenhof Nr.: 6");
    EXPECT_DOUBLE_EQ(read->cities[1].location.latitude, 51.678312);
}

TEST(NetworkJson, WritesCoordinatesAsPlainDecimals)
{
    const std::string text = compact_json(city_to_json(sample_network().cities[1]));
    EXPECT_NE(text.find("\"latitude\":51.678312"), std::string::npos) << text;
    EXPECT_EQ(text.find("E1"), std::string::npos) << text;
}

TEST(NetworkJson, RefusesTextThatIsNotJson)
{
    auto read = network_from_json_text("{\"format\": ");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.not_json");
}

TEST(NetworkJson, RefusesJsonOfAnotherFormat)
{
    auto read = network_from_json_text(R"({"format": "something-else", "version": 1, "cities": []})");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.wrong_format");
}

TEST(NetworkJson, RefusesAFutureVersion)
{
    auto read = network_from_json_text(R"({"format": "rundum-network", "version": 99, "cities": []})");
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.unsupported_version");
}

TEST(NetworkJson, NamesTheFieldThatIsMissing)
{
    boost::json::object network = network_to_json(sample_network());
    network["cities"].as_array()[1].as_object()["address"].as_object().erase("street");
    auto read = network_from_json_text(boost::json::serialize(network));
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.expected_text");
    ASSERT_EQ(read.error().args.size(), 1U);
    EXPECT_EQ(read.error().args[0], "cities[1].address.street");
}

TEST(NetworkJson, NamesAFieldOfTheWrongType)
{
    boost::json::object network = network_to_json(sample_network());
    network["cities"].as_array()[0].as_object()["location"].as_object()["latitude"] = "north";
    auto read = network_from_json_text(boost::json::serialize(network));
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().key, "error.import.expected_number");
    EXPECT_EQ(read.error().args.at(0), "cities[0].location.latitude");
}

TEST(JsonWriter, IndentsNestedValuesAndEndsWithANewline)
{
    boost::json::value value = boost::json::parse(R"({"a":[1,{"b":"ü"}],"c":{},"d":[]})");
    EXPECT_EQ(pretty_json(value),
              "{\n  \"a\": [\n    1,\n    {\n      \"b\": \"ü\"\n    }\n  ],\n  \"c\": {},\n  \"d\": []\n}\n");
    EXPECT_EQ(compact_json(value), R"({"a":[1,{"b":"ü"}],"c":{},"d":[]})");
}

} // namespace
} // namespace rundum::format
