// SPDX-License-Identifier: EUPL-1.2
// The cities' structural indicators as a CSV file (data/open/member-city-indicators.csv and
// files of the same shape): one figure per line, matched to a city by its official key.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/city.hpp"
#include "core/indicator.hpp"
#include "core/result.hpp"

namespace rundum::format {

/// The header line the file must start with.
inline constexpr std::string_view INDICATOR_CSV_HEADER = "official_key,city,indicator,value,year,source,note";

/// `updated_by` of figures loaded from a file rather than typed in by a member.
inline constexpr std::string_view IMPORTED_BY = "Import";

/// One figure as read from the file.
struct IndicatorCsvRow {
    std::size_t line{0};      ///< where the record starts (the header is line 1)
    std::string official_key; ///< 8-digit Gemeindeschlüssel
    std::string city;         ///< the city's name, for people reading the file; not used to match
    std::string indicator;    ///< a key of indicator_definitions()
    double value{0};
    int year{0};
    std::string source;       ///< never empty
    std::string note;         ///< may be empty
};

/// Reads the whole file: UTF-8 (a byte order mark is skipped), ',' between fields, CRLF or LF
/// between lines, RFC 4180 quotes (fields may hold commas, doubled quotes and line breaks),
/// values with a decimal point. Blank lines are skipped. The first problem is an Invalid error
/// naming its line ("error.indicators.*"): wrong header, broken quotes, wrong field count, a key
/// that is not 8 digits, an unknown indicator, a value that is no number or impossible for the
/// indicator, a bad year, a missing source, an overlong text, or a city's indicator twice.
Result<std::vector<IndicatorCsvRow>> parse_indicator_csv(std::string_view text);

/// The rows as figures of `cities`, matched by official key, stamped with `updated_at` and
/// `updated_by`. Rows whose key belongs to no city make the whole set fail
/// ("error.indicators.unknown_cities", listing every such key with its line), so an import
/// stores all of a file or nothing.
Result<std::vector<IndicatorValue>> indicator_values_of(const std::vector<IndicatorCsvRow>& rows,
                                                        const std::vector<City>& cities,
                                                        const std::string& updated_at,
                                                        const std::string& updated_by);

} // namespace rundum::format
