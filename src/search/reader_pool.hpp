// SPDX-License-Identifier: EUPL-1.2
// Read-only Xapian handles for searches. A Xapian::Database must not be used by two threads at
// once, and opening one costs far more than a search; so each search borrows a handle from a pool
// and gives it back, and a handle older than the last write is reopened before it is lent.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <vector>

#include <xapian.h>

namespace rundum::search {

class ReaderPool {
    struct Handle {
        Xapian::Database database;
        std::uint64_t generation{0};
    };

public:
    /// Handles on the index in `directory`; at most `max_idle` are kept between searches.
    ReaderPool(std::filesystem::path directory, std::size_t max_idle);

    /// A borrowed handle; given back when it goes out of scope.
    class Lease {
    public:
        Lease(ReaderPool& pool, std::unique_ptr<Handle> handle)
            : m_pool(&pool), m_handle(std::move(handle))
        {
        }
        Lease(Lease&&) = default;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease();

        Xapian::Database& database() { return m_handle->database; }

    private:
        ReaderPool* m_pool;
        std::unique_ptr<Handle> m_handle;
    };

    /// A handle that shows the index as of write `generation` (the caller holds the index's
    /// state lock, so no write happens meanwhile). Throws Xapian::Error if it cannot be opened.
    Lease acquire(std::uint64_t generation);

    /// Closes the idle handles (the index directory is about to be recreated).
    void close_idle();

private:
    void give_back(std::unique_ptr<Handle> handle);

    std::filesystem::path m_directory;
    std::size_t m_max_idle;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<Handle>> m_idle;
};

} // namespace rundum::search
