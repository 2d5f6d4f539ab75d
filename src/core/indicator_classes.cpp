// SPDX-License-Identifier: EUPL-1.2
// Quantile class breaks for the shaded member map.
#include "core/indicator_classes.hpp"

#include <algorithm>

namespace rundum {

std::vector<IndicatorClass> quantile_classes(std::vector<double> values, std::size_t count)
{
    std::vector<IndicatorClass> classes;
    if (values.empty() || count == 0) {
        return classes;
    }
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    std::size_t first = 0; // rank of the smallest value not yet in a class
    for (std::size_t k = 1; k <= count && first < n; ++k) {
        const std::size_t last = (k * n + count - 1) / count - 1; // ceil(k·n/count) - 1
        if (last < first) {
            continue; // this quantile falls inside the class before (ties)
        }
        // Ties across the break go with the class below: never split equal figures.
        std::size_t end = last;
        while (end + 1 < n && values[end + 1] == values[last]) {
            ++end;
        }
        classes.push_back(IndicatorClass{values[first], values[end]});
        first = end + 1;
    }
    return classes;
}

std::size_t class_of(const std::vector<IndicatorClass>& classes, double value)
{
    for (std::size_t k = 0; k < classes.size(); ++k) {
        if (value <= classes[k].upper) {
            return k;
        }
    }
    return classes.empty() ? 0 : classes.size() - 1;
}

} // namespace rundum
