// SPDX-License-Identifier: EUPL-1.2
// Fuzzes the request target as the server reads it: Boost.URL's origin form (web/server.cpp),
// the query as a form (web::Form::parse) and as the search pages' state (web::SearchParams).
#include "fuzz_support.hpp"

#include <string>

#include <boost/url/parse.hpp>

#include "web/http/form.hpp"
#include "web/search/search_params.hpp"

using namespace rundum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view target_text = fuzz::text_of(data, size);
    auto target = boost::urls::parse_origin_form(target_text);
    if (!target) {
        return 0;
    }
    // As to_request() in web/server.cpp does.
    const std::string path = target->path();
    const std::string query(target->encoded_query());
    FUZZ_CHECK(!target->has_authority());
    (void)web::Form::parse(query).value("q");

    // The search state written back into a link reads as the same state.
    const web::SearchParams params = web::SearchParams::parse(query);
    FUZZ_CHECK(params.page >= 1);
    const web::SearchParams again = web::SearchParams::parse(params.query_string());
    FUZZ_CHECK(again.text == params.text);
    FUZZ_CHECK(again.filters == params.filters);
    FUZZ_CHECK(again.sort == params.sort);
    FUZZ_CHECK(again.page == params.page);
    for (const auto& [parameter, value] : params.filters) {
        FUZZ_CHECK(!web::SearchParams::parse(params.toggled(parameter, value)).has_filter(parameter, value));
    }
    FUZZ_CHECK(web::SearchParams::parse(params.with_page(2)).page == 2);
    return 0;
}
