// SPDX-License-Identifier: EUPL-1.2
// German number formatting and the forgiving, but never guessing, reading of typed numbers.
#include "format/german_number.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace rundum::format {

namespace {

bool all_digits(std::string_view text)
{
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    return true;
}

// "3.596.999" -> "3596999"; nullopt unless the dots split the digits into groups of three
// after a first group of one to three.
std::optional<std::string> ungrouped(std::string_view text)
{
    std::string digits;
    bool first = true;
    while (true) {
        const std::size_t dot = text.find('.');
        const std::string_view part = text.substr(0, dot);
        if (!all_digits(part) || (first ? part.size() > 3 : part.size() != 3)) {
            return std::nullopt;
        }
        digits += part;
        first = false;
        if (dot == std::string_view::npos) {
            break;
        }
        text.remove_prefix(dot + 1);
    }
    return digits;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

// "-1234.5" (as printf or to_chars write it) -> "-1.234,5".
std::string germanised(std::string_view text)
{
    std::string sign;
    if (text.starts_with('-')) {
        text.remove_prefix(1);
        if (text.find_first_not_of("0.") != std::string_view::npos) {
            sign = "-"; // "-0.0" is zero
        }
    }
    const std::size_t point = text.find('.');
    const std::string_view whole = text.substr(0, point);
    std::string result = sign;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) {
            result += '.';
        }
        result += whole[i];
    }
    if (point != std::string_view::npos) {
        result += ',';
        result += text.substr(point + 1);
    }
    return result;
}

} // namespace

std::string german_number(double value, int decimals)
{
    char buffer[400]; // fixed notation of the largest double has 309 digits
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return germanised(buffer);
}

std::string german_number_exact(double value)
{
    char buffer[400];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    if (error != std::errc{}) {
        return german_number(value, 6);
    }
    return germanised(std::string_view(buffer, static_cast<std::size_t>(end - buffer)));
}

std::optional<double> parse_german_number(std::string_view text)
{
    text = trimmed(text);
    std::string number;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        if (text.front() == '-') {
            number = "-";
        }
        text.remove_prefix(1);
    }
    std::string_view whole = text;
    std::string_view fraction;
    bool has_fraction = false;
    if (const std::size_t comma = text.find(','); comma != std::string_view::npos) {
        whole = text.substr(0, comma);
        fraction = text.substr(comma + 1);
        has_fraction = true;
    } else if (!ungrouped(text) || text.find('.') == std::string_view::npos) {
        // No comma and the dots are no thousands grouping: a decimal point, as in "12.5".
        if (const std::size_t point = text.find('.'); point != std::string_view::npos) {
            whole = text.substr(0, point);
            fraction = text.substr(point + 1);
            has_fraction = true;
        }
    }
    if (has_fraction && !all_digits(fraction)) {
        return std::nullopt;
    }
    std::optional<std::string> digits =
        whole.find('.') != std::string_view::npos ? ungrouped(whole) : std::optional<std::string>(whole);
    if (!digits || !all_digits(*digits)) {
        return std::nullopt;
    }
    number += *digits;
    if (has_fraction) {
        number += '.';
        number += fraction;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (error != std::errc{} || end != number.data() + number.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

} // namespace rundum::format
