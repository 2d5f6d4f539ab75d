// SPDX-License-Identifier: EUPL-1.2
// The HTTP server: Boost.Beast sessions on C++20 coroutines around App::handle.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>

#include "core/result.hpp"
#include "web/app.hpp"

namespace rundum::web {

/// How the server listens and protects itself.
struct ServerConfig {
    std::string address = "127.0.0.1";           ///< interface to bind; loopback by default
    unsigned short port = 8080;                  ///< TCP port
    unsigned threads = 0;                        ///< worker threads; 0 = one per core
    std::chrono::seconds read_timeout{30};       ///< idle or slow clients are cut off after this
    std::size_t body_limit = 8 * 1024 * 1024;    ///< largest request body (an image upload), in bytes
};

/// Serves `app` until SIGINT or SIGTERM. `on_listening` runs once the socket accepts
/// connections. Fails (Unavailable) if the address cannot be bound, e.g. the port is in use.
Result<void> run_server(const ServerConfig& config, App& app,
                        const std::function<void(const std::string& url)>& on_listening);

} // namespace rundum::web
