// SPDX-License-Identifier: EUPL-1.2
// Rendered responses kept until the database changes: public pages are read far more often
// than written, and the database's own change counter tells every process when to drop them.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "web/http/http_types.hpp"

namespace rundum::web {

/// Responses by path and query, each valid for one data version of the store, bounded in bytes.
class PageCache {
public:
    /// The response cached for `key` at `data_version`, if any.
    std::optional<Response> find(const std::string& key, std::uint64_t data_version);

    /// Keeps a response for `key`; entries of older versions are dropped. Nothing is kept once
    /// the entries of this version hold MAX_BYTES, nor a single response over MAX_ENTRY_BYTES.
    void store(const std::string& key, std::uint64_t data_version, const Response& response);

    /// What the cached responses of one version may take together (keys, bodies, headers).
    static constexpr std::size_t MAX_BYTES = 64 * 1024 * 1024;
    /// The largest response kept: larger ones (exports of the whole network) are made anew.
    static constexpr std::size_t MAX_ENTRY_BYTES = 2 * 1024 * 1024;

    /// The bytes the cached responses take now.
    std::size_t bytes();

private:
    std::mutex m_mutex;
    std::uint64_t m_version{0};
    std::size_t m_bytes{0};
    std::map<std::string, Response> m_responses;
};

/// Whether a query names only parameters that some page of rundum reads: only such answers are
/// cached, so a made-up parameter ("?x=1", "?x=2" …) cannot fill the cache with copies.
bool has_only_known_parameters(std::string_view query);

} // namespace rundum::web
