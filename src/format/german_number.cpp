// German number format.
#include "format/german_number.hpp"

#include <cmath>
#include <cstdio>

namespace rundum::format {

std::string german_number(double value, int decimals)
{
    if (!std::isfinite(value)) {
        return "–";
    }
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals < 0 ? 0 : decimals, value);
    const std::string plain = buffer;
    std::string::size_type point = plain.find('.');
    const std::string whole = plain.substr(0, point);
    const bool negative = !whole.empty() && whole.front() == '-';
    const std::string digits = negative ? whole.substr(1) : whole;
    std::string result;
    if (negative && digits.find_first_not_of('0') != std::string::npos) {
        result += '-';
    }
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            result += '.';
        }
        result += digits[i];
    }
    if (point != std::string::npos) {
        result += ',';
        result += plain.substr(point + 1);
    }
    return result;
}

} // namespace rundum::format
