// SPDX-License-Identifier: EUPL-1.2
// Numbers as Germans read and type them: "3.596.999", "12,89".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace rundum::format {

/// The value rounded to `decimals` digits with a decimal comma and dots between thousands:
/// 3596999 -> "3.596.999", 12.894 (2) -> "12,89", -0.63 (1) -> "-0,6"; never "-0".
std::string german_number(double value, int decimals);

/// The value with every digit it holds and no more (the shortest text that reads back as the
/// same number), in German: 4.67 -> "4,67", 3596999 -> "3.596.999". For form fields, where a
/// rounded value would silently change the stored figure on the next save.
std::string german_number_exact(double value);

/// A number as typed into a German form: a decimal comma ("12,5"), dots between thousands
/// ("3.596.999", "1.234,5"), or a plain decimal point where the dots cannot be thousands
/// ("12.5"); a sign in front and spaces around are allowed. nullopt for anything else (no
/// exponents, no "inf"), so a typo is reported rather than read as some other number.
std::optional<double> parse_german_number(std::string_view text);

} // namespace rundum::format
