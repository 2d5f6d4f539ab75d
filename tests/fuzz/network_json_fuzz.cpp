// SPDX-License-Identifier: EUPL-1.2
// Fuzzes the JSON import: the export file (format::network_from_json_text) and a saved city
// profile (format::city_from_json_text), with Boost.JSON underneath.
#include "fuzz_support.hpp"

#include <string>

#include <boost/json/serialize.hpp>

#include "format/network_json.hpp"

using namespace rundum;

namespace {

/// What was imported exports to JSON that imports to the same export; a refusal is Invalid.
template <typename Value, typename Read, typename Write>
void check_round_trip(const Result<Value>& imported, Read read, Write write)
{
    if (!imported) {
        FUZZ_CHECK(imported.error().code == ErrorCode::Invalid);
        return;
    }
    const std::string exported = boost::json::serialize(write(*imported));
    const Result<Value> again = read(exported);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(boost::json::serialize(write(*again)) == exported);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = fuzz::text_of(data, size);
    check_round_trip(format::network_from_json_text(text), format::network_from_json_text,
                     format::network_to_json);
    check_round_trip(format::city_from_json_text(text), format::city_from_json_text, format::city_to_json);
    return 0;
}
