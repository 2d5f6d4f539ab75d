// SPDX-License-Identifier: EUPL-1.2
// Fuzzes the indicator CSV import (format::parse_indicator_csv): quotes, line breaks, numbers.
#include "fuzz_support.hpp"

#include <cmath>

#include "format/indicator_csv.hpp"

using namespace rundum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto rows = format::parse_indicator_csv(fuzz::text_of(data, size));
    if (!rows) {
        FUZZ_CHECK(rows.error().code == ErrorCode::Invalid);
        return 0;
    }
    std::size_t previous_line = 1;
    for (const format::IndicatorCsvRow& row : *rows) {
        FUZZ_CHECK(row.line > previous_line);
        previous_line = row.line;
        FUZZ_CHECK(row.official_key.size() == 8);
        FUZZ_CHECK(!row.source.empty());
        FUZZ_CHECK(std::isfinite(row.value));
        FUZZ_CHECK(find_indicator(row.indicator) != nullptr);
    }
    return 0;
}
