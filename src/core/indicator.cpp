// The indicators rundum compares cities on.
#include "core/indicator.hpp"

namespace rundum {

const std::vector<IndicatorDefinition>& indicator_definitions()
{
    static const std::vector<IndicatorDefinition> definitions = {
        {"population", "", 0},
        {"population_change", "%", 1},
        {"share_under18", "%", 1},
        {"child_poverty", "%", 1},
        {"daycare_under3", "%", 1},
        {"rent", "€/m²", 2},
        {"asking_rent", "€/m²", 2},
    };
    return definitions;
}

const IndicatorDefinition* find_indicator(std::string_view key)
{
    for (const IndicatorDefinition& definition : indicator_definitions()) {
        if (definition.key == key) {
            return &definition;
        }
    }
    return nullptr;
}

} // namespace rundum
