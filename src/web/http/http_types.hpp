// SPDX-License-Identifier: EUPL-1.2
// Requests and responses as plain values, so handlers are functions without sockets.
#pragma once

#include <chrono>
#include <string>
#include <utility>
#include <vector>

#include "web/http/visitor.hpp"

namespace rundum::web {

/// What a handler needs to know of an HTTP request.
struct Request {
    std::string method; ///< "GET", "HEAD", "POST" ...
    std::string path;   ///< percent-decoded path, e.g. "/staedte/muenchen"
    std::string query;  ///< raw query string without '?'
    std::string cookie; ///< the Cookie header
    std::string content_type;   ///< of the body
    std::string authorization;  ///< the Authorization header ("Bearer <API token>")
    std::string if_match;       ///< the If-Match header (API writes against a known state)
    std::string body;           ///< POST body (size-limited by the server)
    std::string client_address; ///< the peer's IP address (the client's, behind a trusted proxy)
    std::string forwarded_for;  ///< the X-Forwarded-For header, read only from trusted proxies
    Visitor visitor;            ///< filled in by App::handle from the cookies
};

/// A complete HTTP response.
struct Response {
    int status{200};
    std::string content_type{"text/html; charset=utf-8"};
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers; ///< extra headers
    /// The answer leaves no earlier than this after the request arrived: answers whose timing
    /// would tell something (is this address known?) take the same time either way.
    std::chrono::milliseconds answer_after{0};

    Response& with_header(std::string name, std::string value)
    {
        headers.emplace_back(std::move(name), std::move(value));
        return *this;
    }
};

} // namespace rundum::web
