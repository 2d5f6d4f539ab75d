// Rendered responses kept until the database changes: public pages are read far more often
// than written, and the database's own change counter tells every process when to drop them.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "web/http_types.hpp"

namespace rundum::web {

/// Responses by path, each valid for one data version of the store.
class PageCache {
public:
    /// The response cached for `key` at `data_version`, if any.
    std::optional<Response> find(const std::string& key, std::uint64_t data_version);

    /// Keeps a response for `key`; entries of older versions are dropped.
    void store(const std::string& key, std::uint64_t data_version, const Response& response);

    /// The most responses kept for one data version.
    static constexpr std::size_t MAX_ENTRIES = 4000;

private:
    std::mutex m_mutex;
    std::uint64_t m_version{0};
    std::map<std::string, Response> m_responses;
};

} // namespace rundum::web
