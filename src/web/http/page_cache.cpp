// SPDX-License-Identifier: EUPL-1.2
// A version-stamped map of responses, bounded in bytes.
#include "web/http/page_cache.hpp"

#include <array>

namespace rundum::web {

namespace {

std::size_t size_of(const std::string& key, const Response& response)
{
    std::size_t size = key.size() + response.body.size() + response.content_type.size();
    for (const auto& [name, value] : response.headers) {
        size += name.size() + value.size();
    }
    return size;
}

// Every query parameter a public page reads (search_params.cpp, api_*.cpp, city, challenge,
// learning and question pages, and the "saved" notes after a change).
constexpr std::array<std::string_view, 26> KNOWN_PARAMETERS = {
    "q",         "thema",    "stadt",  "zielgruppe", "status",    "jahr",       "sortierung",
    "seite",     "topic",    "city",   "target",     "year",      "page",       "merkmal",
    "indicator", "indicators", "weiter", "projekt",  "herausforderung", "gespeichert", "entfernt",
    "geloescht", "interesse", "limit", "kind",       "sort",
};

bool is_known_parameter(std::string_view name)
{
    for (std::string_view known : KNOWN_PARAMETERS) {
        if (name == known) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<Response> PageCache::find(const std::string& key, std::uint64_t data_version)
{
    std::lock_guard lock(m_mutex);
    if (data_version != m_version) {
        return std::nullopt;
    }
    auto found = m_responses.find(key);
    if (found == m_responses.end()) {
        return std::nullopt;
    }
    return found->second;
}

void PageCache::store(const std::string& key, std::uint64_t data_version, const Response& response)
{
    const std::size_t size = size_of(key, response);
    if (size > MAX_ENTRY_BYTES) {
        return;
    }
    std::lock_guard lock(m_mutex);
    if (data_version != m_version) {
        m_responses.clear();
        m_bytes = 0;
        m_version = data_version;
    }
    // Paths of existing things are few; search pages with their queries are not: the byte
    // bound keeps memory within what the operator expects, whatever visitors ask.
    auto existing = m_responses.find(key);
    const std::size_t replaced = existing == m_responses.end() ? 0 : size_of(key, existing->second);
    if (m_bytes - replaced + size > MAX_BYTES) {
        return;
    }
    m_bytes = m_bytes - replaced + size;
    m_responses[key] = response;
}

std::size_t PageCache::bytes()
{
    std::lock_guard lock(m_mutex);
    return m_bytes;
}

bool has_only_known_parameters(std::string_view query)
{
    std::size_t start = 0;
    while (start < query.size()) {
        std::size_t end = query.find('&', start);
        if (end == std::string_view::npos) {
            end = query.size();
        }
        const std::string_view pair = query.substr(start, end - start);
        if (!pair.empty() && !is_known_parameter(pair.substr(0, pair.find('=')))) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

} // namespace rundum::web
