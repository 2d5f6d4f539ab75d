// SPDX-License-Identifier: EUPL-1.2
// Whose address a request comes from. Behind a reverse proxy every peer is the proxy, so
// throttling per address would throttle everyone together; the proxy names the client in
// X-Forwarded-For, which is believed only from proxies the operator named.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace rundum::web {

/// The client's address: `peer` itself unless it is one of `trusted_proxies`; then the
/// rightmost address of `forwarded_for` that is no trusted proxy (the leftmost entries are
/// what the client claimed and could be forged). Falls back to `peer` when the header is
/// missing or names no valid IP address.
std::string client_address(std::string_view peer, std::string_view forwarded_for,
                           const std::vector<std::string>& trusted_proxies);

} // namespace rundum::web
