// SPDX-License-Identifier: EUPL-1.2
// Character classes of RFC 9110 for header names and values.
#include "web/http/response_headers.hpp"

#include <spdlog/spdlog.h>

namespace rundum::web {

namespace {

bool is_token_character(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
}

} // namespace

bool is_header_name(std::string_view name)
{
    if (name.empty()) {
        return false;
    }
    for (char c : name) {
        if (!is_token_character(c)) {
            return false;
        }
    }
    return true;
}

bool is_header_value(std::string_view value)
{
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && c != '\t') || byte == 0x7F) {
            return false;
        }
    }
    return true;
}

Response with_safe_headers(Response response)
{
    if (!is_header_value(response.content_type)) {
        spdlog::error("refused to send a response: its content type holds a control character");
        return Response{500, "text/plain; charset=utf-8", "Internal Server Error\n", {}};
    }
    for (const auto& [name, value] : response.headers) {
        if (!is_header_name(name) || !is_header_value(value)) {
            spdlog::error("refused to send a response: header {} holds a control character",
                          is_header_name(name) ? name : std::string("(invalid name)"));
            return Response{500, "text/plain; charset=utf-8", "Internal Server Error\n", {}};
        }
    }
    return response;
}

} // namespace rundum::web
