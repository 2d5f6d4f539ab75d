// SPDX-License-Identifier: EUPL-1.2
// The SearchIndex on a Xapian glass database: one writer, a pool of readers, and the in-memory
// document table, kept in step under one lock so every search sees one consistent revision.
#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <shared_mutex>
#include <span>
#include <vector>

#include <xapian.h>

#include "search/doc_table.hpp"
#include "search/document_builder.hpp"
#include "search/hot_terms.hpp"
#include "search/reader_pool.hpp"
#include "search/search_index.hpp"

namespace rundum::search {

class XapianIndex final : public SearchIndex {
public:
    /// Opens the index in `directory`, creating it if missing, and loads the table. Throws
    /// Xapian::Error.
    explicit XapianIndex(const std::filesystem::path& directory);

    Result<void> put(const SearchDocument& document) override;
    Result<void> put_all(const std::vector<SearchDocument>& documents) override;
    Result<void> remove(const std::string& kind, const std::string& id) override;
    Result<void> clear() override;
    Result<void> compact() override;
    Result<SearchResults> search(const SearchQuery& query) const override;
    Result<std::vector<SearchHit>> suggest(const std::string& typed, bool include_members_only,
                                           std::size_t limit) const override;
    Result<void> set_metadata(const std::string& key, const std::string& value) override;
    Result<std::string> metadata(const std::string& key) const override;
    std::size_t size() const override;

private:
    /// Writes documents in one transaction and publishes them with the table; if one of them is
    /// invalid, none is written.
    Result<void> write(std::span<const SearchDocument> documents);
    /// Commits the open transaction and runs `update_table`, both under the state lock, then
    /// tells readers to reopen. The caller holds m_write_mutex.
    template <typename UpdateTable> void commit(UpdateTable&& update_table);
    /// Runs `body` (which returns Result<void> and commits) in a Xapian transaction that is
    /// cancelled when the body fails or throws. The caller holds m_write_mutex.
    template <typename Body> Result<void> in_transaction(Body&& body);
    /// Drops the open transaction's changes, if it is still open.
    void cancel_transaction();
    /// The state lock for a search, behind any writer already waiting.
    std::shared_lock<std::shared_mutex> lock_for_reading() const;
    /// The state lock for a commit.
    std::unique_lock<std::shared_mutex> lock_for_writing();

    std::filesystem::path m_directory;
    std::mutex m_write_mutex;          ///< one writer at a time
    Xapian::WritableDatabase m_writer; ///< guarded by m_write_mutex
    /// Searches hold it shared for their whole run; a commit holds it alone, so a search never
    /// sees a table and a revision that disagree.
    mutable std::shared_mutex m_state_mutex;
    /// Taken by a writer before m_state_mutex, and passed through by every search before it: a
    /// waiting writer stops new searches from starting, so a steady stream of searches cannot
    /// starve writes (glibc's shared_mutex lets readers overtake a waiting writer).
    mutable std::mutex m_writer_queue;
    DocTable m_table;              ///< guarded by m_state_mutex
    HotTerms m_hot;                ///< guarded by m_state_mutex (its term list: by both)
    std::uint64_t m_generation{0}; ///< counts commits; guarded by m_state_mutex
    mutable ReaderPool m_readers;
};

} // namespace rundum::search
