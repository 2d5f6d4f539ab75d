// SPDX-License-Identifier: EUPL-1.2
// The member map shaded by one indicator (/staedte?merkmal=child_poverty): each marker's class,
// the legend and the table beside the map. Shade and size both rise with the value, so the map
// reads without colour; a city without the figure is drawn hollow and labelled "fehlt".
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/city.hpp"
#include "core/indicator.hpp"
#include "i18n/catalogue.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// How many classes the map shows at most.
inline constexpr std::size_t MAP_CLASSES = 4;

/// How one city's marker looks.
struct MarkerShade {
    std::string css_class; ///< "shade-1" ... "shade-4", or "missing"
    std::string radius;    ///< SVG radius, larger for higher classes
    std::string label;     ///< "Jena: 9,0 % (Klasse 1 von 4)" or "Hannover: fehlt"
};

/// The map shaded by `definition`: markers by city id, and template fields for the legend and
/// table (`shading`: indicator_name, legend, has_missing, rows, caption).
struct IndicatorShading {
    std::map<std::string, MarkerShade> markers;
    TemplateData view{TemplateData::type::object};
};

/// Shades the cities' markers by their figures of `definition` (other indicators in `values` are
/// ignored); cities are listed in the given order.
IndicatorShading shade_by_indicator(const std::vector<City>& cities, const std::vector<IndicatorValue>& values,
                                    const IndicatorDefinition& definition, const i18n::Catalogue& catalogue);

/// The choices of the map's indicator menu, `chosen` selected.
kainjow::mustache::list indicator_choices(const i18n::Catalogue& catalogue, std::string_view chosen);

} // namespace rundum::web
