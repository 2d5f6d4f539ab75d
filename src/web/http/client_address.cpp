// SPDX-License-Identifier: EUPL-1.2
// X-Forwarded-For read from the right, as each proxy appends the address it saw.
#include "web/http/client_address.hpp"

#include <algorithm>

#include <boost/asio/ip/address.hpp>

#include "core/text.hpp"

namespace rundum::web {

namespace {

// The address in its canonical form ("::ffff:127.0.0.1" and "127.0.0.1" stay apart), or "".
std::string canonical_address(std::string_view text)
{
    boost::system::error_code error;
    const auto address = boost::asio::ip::make_address(std::string(trim_blanks(text)), error);
    return error ? std::string() : address.to_string();
}

bool is_trusted(const std::string& address, const std::vector<std::string>& trusted_proxies)
{
    return std::any_of(trusted_proxies.begin(), trusted_proxies.end(),
                       [&](const std::string& proxy) { return canonical_address(proxy) == address; });
}

} // namespace

std::string client_address(std::string_view peer, std::string_view forwarded_for,
                           const std::vector<std::string>& trusted_proxies)
{
    std::string current = canonical_address(peer);
    if (current.empty()) {
        return std::string(peer);
    }
    while (is_trusted(current, trusted_proxies) && !forwarded_for.empty()) {
        const std::size_t comma = forwarded_for.rfind(',');
        const std::string_view last =
            comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1);
        forwarded_for = comma == std::string_view::npos ? std::string_view() : forwarded_for.substr(0, comma);
        std::string named = canonical_address(last);
        if (named.empty()) {
            break; // a proxy we trust wrote garbage: keep the last address we know
        }
        current = std::move(named);
    }
    return current;
}

} // namespace rundum::web
