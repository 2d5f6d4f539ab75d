// SPDX-License-Identifier: EUPL-1.2
// The body limits by route. Reads carry no body worth reading; the account forms are tiny.
#include "web/request_limits.hpp"

#include <array>

namespace rundum::web {

namespace {

// Forms that take a few short fields (and are reachable without an account).
constexpr std::array<std::string_view, 5> SMALL_FORM_PREFIXES = {
    "/anmelden", "/abmelden", "/passwort-", "/konto/", "/verwaltung/einladen",
};

} // namespace

std::size_t body_limit_for(std::string_view method, std::string_view path,
                           std::string_view content_type, std::size_t upload_bytes)
{
    if (method == "GET" || method == "HEAD" || method == "OPTIONS" || method == "DELETE") {
        return SMALL_FORM_BYTES; // nobody needs a body here; a small one is read and ignored
    }
    if (content_type.starts_with("multipart/form-data")) {
        return upload_bytes;
    }
    for (std::string_view prefix : SMALL_FORM_PREFIXES) {
        if (path.starts_with(prefix)) {
            return SMALL_FORM_BYTES;
        }
    }
    return FORM_BYTES;
}

std::size_t form_field_count(std::string_view body, std::size_t stop_after)
{
    std::size_t count = 0;
    std::size_t start = 0;
    while (start <= body.size() && count <= stop_after) {
        std::size_t end = body.find('&', start);
        if (end == std::string_view::npos) {
            end = body.size();
        }
        if (end > start) {
            ++count;
        }
        start = end + 1;
    }
    return count;
}

} // namespace rundum::web
