// A version-stamped map of responses.
#include "web/page_cache.hpp"

namespace rundum::web {

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
    std::lock_guard lock(m_mutex);
    if (data_version != m_version) {
        m_responses.clear();
        m_version = data_version;
    }
    // Paths of existing things are few; search pages with their queries are not: a cap keeps
    // memory bounded whatever visitors ask.
    if (m_responses.size() >= MAX_ENTRIES && !m_responses.contains(key)) {
        return;
    }
    m_responses[key] = response;
}

} // namespace rundum::web
