// SPDX-License-Identifier: EUPL-1.2
// Shared wording of indicator figures for the city's page, the form and the shaded map.
#include "web/cities/indicator_view.hpp"

#include "format/german_number.hpp"

namespace rundum::web {

std::string indicator_value_text(const IndicatorDefinition& definition, double value)
{
    std::string text = format::german_number(value, definition.decimals);
    if (!definition.unit.empty()) {
        text += "\u00A0"; // no-break space: the unit never wraps away from its number
        text += definition.unit;
    }
    return text;
}

namespace {

std::string indicator_text(const i18n::Catalogue& catalogue, const IndicatorDefinition& definition,
                           std::string_view part)
{
    std::string key = "indicator.";
    key += definition.key;
    key += '.';
    key += part;
    return catalogue.text(key);
}

} // namespace

std::string indicator_name(const i18n::Catalogue& catalogue, const IndicatorDefinition& definition)
{
    return indicator_text(catalogue, definition, "name");
}

std::string indicator_help(const i18n::Catalogue& catalogue, const IndicatorDefinition& definition)
{
    return indicator_text(catalogue, definition, "help");
}

} // namespace rundum::web
