// SPDX-License-Identifier: EUPL-1.2
// Shading a map by an indicator: the cities that have the figure fall into a few classes of
// about equal size (quantiles), so each shade holds some cities whatever the spread.
#pragma once

#include <cstddef>
#include <vector>

namespace rundum {

/// One class of the legend: the smallest and the largest figure in it.
struct IndicatorClass {
    double lower{0};
    double upper{0};
};

/// Up to `count` classes over `values`, lowest first. Class k ends at the value of rank
/// ceil((k+1)·n/count) in sorted order; equal figures always share a class, so with many ties
/// (or fewer figures than classes) there are fewer classes. Empty for no values or count 0.
std::vector<IndicatorClass> quantile_classes(std::vector<double> values, std::size_t count);

/// The index of the class `value` falls in (the first whose upper bound is not below it; a value
/// above all classes counts to the last). Only meaningful for the values the classes came from.
std::size_t class_of(const std::vector<IndicatorClass>& classes, double value);

} // namespace rundum
