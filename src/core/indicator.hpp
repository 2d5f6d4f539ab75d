// Structural indicators of a city (population, child poverty, daycare, rents ...), each figure
// with its year and source. A figure nobody published stays missing: never estimated.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rundum {

/// What an indicator is. Its name and explanation come from the catalogue
/// ("indicator.<key>.name", "indicator.<key>.help").
struct IndicatorDefinition {
    std::string_view key;  ///< stable key, e.g. "child_poverty"
    std::string_view unit; ///< shown after the value: "%", "€/m²", "" for counts
    int decimals{1};       ///< digits after the comma when shown
};

/// The indicators rundum knows, in the order pages list them.
const std::vector<IndicatorDefinition>& indicator_definitions();
/// The definition of `key`, or nullptr.
const IndicatorDefinition* find_indicator(std::string_view key);

/// One figure of one city.
struct IndicatorValue {
    std::string city_id;
    std::string indicator; ///< key of an IndicatorDefinition
    double value{0};
    int year{0};           ///< the year the figure describes
    std::string source;    ///< where it comes from (publisher, table), never empty
    std::string note;      ///< e.g. "Wert der Region Hannover", may be empty
    std::string updated_at; ///< ISO 8601 UTC
    std::string updated_by; ///< "Import" or the member's name or email
};

} // namespace rundum
