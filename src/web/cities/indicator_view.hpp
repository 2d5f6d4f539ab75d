// SPDX-License-Identifier: EUPL-1.2
// Indicators as pages show them: German numbers with their unit, names from the catalogue.
#pragma once

#include <string>

#include "core/indicator.hpp"
#include "i18n/catalogue.hpp"

namespace rundum::web {

/// The figure rounded as the indicator is shown, with its unit after a no-break space:
/// "9,0 %", "12,89 €/m²", "3.596.999".
std::string indicator_value_text(const IndicatorDefinition& definition, double value);

/// The indicator's name ("Kinderarmut") and explanation from the catalogue.
std::string indicator_name(const i18n::Catalogue& catalogue, const IndicatorDefinition& definition);
std::string indicator_help(const i18n::Catalogue& catalogue, const IndicatorDefinition& definition);

} // namespace rundum::web
