// SPDX-License-Identifier: EUPL-1.2
// Fuzzes reading a cookie from a Cookie header (web::cookie_value). Input: the cookie's name, a
// line break, then the header.
#include "fuzz_support.hpp"

#include <string>

#include "web/http/form.hpp"

using namespace rundum;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input = fuzz::text_of(data, size);
    const std::size_t newline = input.find('\n');
    const std::string_view name = input.substr(0, newline);
    const std::string_view header = newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1);

    const std::string value = web::cookie_value(header, name);
    // What comes back was sent, right after the name and '='.
    if (!value.empty()) {
        FUZZ_CHECK(header.find(std::string(name) + "=" + value) != std::string_view::npos);
    }
    // A cookie set by name is read back by name, whatever follows it.
    const bool is_plain_name = name.find_first_of("=; ") == std::string_view::npos;
    if (is_plain_name && header.find(';') == std::string_view::npos) {
        const std::string sent = std::string(name) + "=" + std::string(header) + "; " + std::string(name) + "=other";
        FUZZ_CHECK(web::cookie_value(sent, name) == header);
    }
    return 0;
}
