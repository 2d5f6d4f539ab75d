// SPDX-License-Identifier: EUPL-1.2
// Fuzzes urlencoded form bodies (web::Form::parse) and the encoding of query values.
#include "fuzz_support.hpp"

#include <string>

#include "web/http/form.hpp"

using namespace rundum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body = fuzz::text_of(data, size);
    const web::Form form = web::Form::parse(body);
    // The first value of a field is the first of its values.
    const std::size_t equals = body.find('=');
    if (equals != std::string_view::npos && body.find('&') > equals) {
        const std::string name(body.substr(0, equals));
        (void)form.has(name);
        const auto values = form.values(name);
        FUZZ_CHECK(values.empty() || values.front() == form.value(name));
    }
    // Any text survives the trip through a query value unchanged.
    const web::Form encoded = web::Form::parse("x=" + web::query_value_encoded(body) + "&y=1");
    FUZZ_CHECK(encoded.value("x") == body);
    FUZZ_CHECK(encoded.values("x").size() == 1);
    FUZZ_CHECK(encoded.value("y") == "1");
    return 0;
}
