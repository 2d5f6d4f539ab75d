// Numbers as German readers write them: 3.596.999 and 23,04.
#pragma once

#include <string>

namespace rundum::format {

/// `value` rounded to `decimals` digits, with a decimal comma and points between thousands.
std::string german_number(double value, int decimals);

} // namespace rundum::format
