// SPDX-License-Identifier: EUPL-1.2
// Reopening is cheap when nothing changed; Xapian does it only when the revision on disk moved.
#include "search/reader_pool.hpp"

namespace rundum::search {

ReaderPool::ReaderPool(std::filesystem::path directory, std::size_t max_idle)
    : m_directory(std::move(directory)), m_max_idle(max_idle)
{
}

ReaderPool::Lease::~Lease()
{
    if (m_handle) {
        m_pool->give_back(std::move(m_handle));
    }
}

ReaderPool::Lease ReaderPool::acquire(std::uint64_t generation)
{
    std::unique_ptr<Handle> handle;
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            handle = std::move(m_idle.back());
            m_idle.pop_back();
        }
    }
    if (!handle) {
        handle = std::make_unique<Handle>(
            Handle{Xapian::Database(m_directory.string(), Xapian::DB_BACKEND_GLASS), generation});
    } else if (handle->generation != generation) {
        handle->database.reopen();
        handle->generation = generation;
    }
    return Lease(*this, std::move(handle));
}

void ReaderPool::close_idle()
{
    std::lock_guard lock(m_mutex);
    m_idle.clear();
}

void ReaderPool::give_back(std::unique_ptr<Handle> handle)
{
    std::lock_guard lock(m_mutex);
    if (m_idle.size() < m_max_idle) {
        m_idle.push_back(std::move(handle));
    }
}

} // namespace rundum::search
