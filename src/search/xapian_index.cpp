// SPDX-License-Identifier: EUPL-1.2
// Locking and error mapping around searcher.cpp and document_builder.cpp. Every write runs in a
// Xapian transaction: a failed write leaves neither the index nor the table half changed. Inside a
// transaction Xapian still writes its buffers out every 10,000 documents (without committing), so
// a full rebuild does not hold all postings in memory.
#include "search/xapian_index.hpp"

#include <system_error>

#include "search/index_terms.hpp"
#include "search/searcher.hpp"
#include "search/xapian_errors.hpp"

namespace rundum::search {

namespace {

constexpr std::size_t MAX_IDLE_READERS = 8;
// Block size of a new database (Xapian's default is 8 KiB). Larger blocks mean fewer reads of
// the long posting lists broad words have.
constexpr int BLOCK_SIZE = 32768;
// After a write this large (a rebuild) the hot terms are chosen again; single writes only keep
// the bitmaps of the terms already hot up to date.
constexpr std::size_t HOT_TERMS_RELOAD_DOCUMENTS = 1000;
constexpr std::size_t MAX_METADATA_KEY_BYTES = 200;
constexpr std::size_t MAX_TERM_BYTES = 245; // Xapian's limit for a term

Result<void> check_metadata_key(const std::string& key)
{
    if (key.empty() || key.size() > MAX_METADATA_KEY_BYTES) {
        return fail(ErrorCode::Invalid, "error.search.invalid_metadata_key", {},
                    "metadata key of " + std::to_string(key.size()) + " bytes");
    }
    return {};
}

} // namespace

Result<std::unique_ptr<SearchIndex>> SearchIndex::open(const std::filesystem::path& directory)
{
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) {
        return fail(ErrorCode::Unavailable, "error.search.unavailable", {},
                    directory.string() + ": " + error.message());
    }
    try {
        return std::unique_ptr<SearchIndex>(std::make_unique<XapianIndex>(directory));
    } catch (const Xapian::Error& xapian_error) {
        return fail(search_error(xapian_error));
    }
}

XapianIndex::XapianIndex(const std::filesystem::path& directory)
    : m_directory(directory),
      m_writer(directory.string(), Xapian::DB_CREATE_OR_OPEN | Xapian::DB_BACKEND_GLASS,
               BLOCK_SIZE),
      m_readers(directory, MAX_IDLE_READERS)
{
    m_table.load(m_writer);
    m_hot.load(m_writer);
}

std::shared_lock<std::shared_mutex> XapianIndex::lock_for_reading() const
{
    {
        std::lock_guard queue(m_writer_queue);
    }
    return std::shared_lock(m_state_mutex);
}

std::unique_lock<std::shared_mutex> XapianIndex::lock_for_writing()
{
    std::lock_guard queue(m_writer_queue);
    return std::unique_lock(m_state_mutex);
}

void XapianIndex::cancel_transaction()
{
    try {
        m_writer.cancel_transaction();
    } catch (const Xapian::Error&) {
        // A failed commit has already ended the transaction; the first error is the one to report.
    }
}

template <typename Body> Result<void> XapianIndex::in_transaction(Body&& body)
{
    try {
        m_writer.begin_transaction();
        try {
            Result<void> done = body();
            if (!done) {
                cancel_transaction();
            }
            return done;
        } catch (const Xapian::Error&) {
            cancel_transaction();
            throw;
        }
    } catch (const Xapian::Error& error) {
        return fail(search_error(error));
    }
}

template <typename UpdateTable> void XapianIndex::commit(UpdateTable&& update_table)
{
    std::unique_lock state = lock_for_writing();
    m_writer.commit_transaction();
    update_table();
    ++m_generation;
}

Result<void> XapianIndex::write(std::span<const SearchDocument> documents)
{
    std::lock_guard writing(m_write_mutex);
    return in_transaction([&]() -> Result<void> {
        // Built one at a time: a built document holds all its terms, 50,000 of them would not
        // fit in memory; the table only needs the small attributes.
        struct Written {
            Xapian::docid id;
            DocumentAttributes attributes;
            std::vector<std::uint32_t> hot_terms;
        };
        std::vector<Written> written;
        const bool bulk = documents.size() >= HOT_TERMS_RELOAD_DOCUMENTS;
        written.reserve(documents.size());
        for (const SearchDocument& document : documents) {
            RUNDUM_TRY_ASSIGN(built, build_document(document));
            Xapian::docid id = m_writer.replace_document(built.id_term, built.document);
            written.push_back({id, std::move(built.attributes),
                               bulk ? std::vector<std::uint32_t>() : m_hot.hot_terms_of(built.document)});
        }
        commit([&] {
            for (const Written& document : written) {
                m_table.put(document.id, document.attributes);
                if (!bulk) {
                    m_hot.replace(document.id, document.hot_terms);
                }
            }
            if (bulk) {
                m_hot.load(m_writer);
            }
        });
        return {};
    });
}

Result<void> XapianIndex::put(const SearchDocument& document)
{
    return write(std::span<const SearchDocument>(&document, 1));
}

Result<void> XapianIndex::put_all(const std::vector<SearchDocument>& documents)
{
    if (documents.empty()) {
        return {};
    }
    return write(documents);
}

Result<void> XapianIndex::remove(const std::string& kind, const std::string& id)
{
    const std::string term = id_term(kind, id);
    if (term.size() > MAX_TERM_BYTES) {
        return {}; // no document can have it
    }
    std::lock_guard writing(m_write_mutex);
    std::vector<Xapian::docid> ids;
    try {
        for (auto it = m_writer.postlist_begin(term); it != m_writer.postlist_end(term); ++it) {
            ids.push_back(*it);
        }
        if (ids.empty()) {
            return {};
        }
    } catch (const Xapian::Error& error) {
        return fail(search_error(error));
    }
    return in_transaction([&]() -> Result<void> {
        m_writer.delete_document(term);
        commit([&] {
            for (Xapian::docid removed : ids) {
                m_table.remove(removed);
                m_hot.remove(removed);
            }
        });
        return {};
    });
}

Result<void> XapianIndex::clear()
{
    std::lock_guard writing(m_write_mutex);
    std::unique_lock state = lock_for_writing();
    try {
        // Overwriting starts an empty database at once, where deleting 50,000 documents one by
        // one would take longer than the rebuild that follows.
        m_readers.close_idle();
        m_writer.close();
        m_writer = Xapian::WritableDatabase(
            m_directory.string(), Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS,
            BLOCK_SIZE);
        m_table.clear();
        m_hot.clear();
        ++m_generation;
    } catch (const Xapian::Error& error) {
        return fail(search_error(error));
    }
    return {};
}

Result<void> XapianIndex::compact()
{
    std::lock_guard writing(m_write_mutex);
    const std::filesystem::path fresh = m_directory.string() + ".compact";
    const std::filesystem::path stale = m_directory.string() + ".stale";
    std::error_code error;
    std::filesystem::remove_all(fresh, error);
    std::filesystem::remove_all(stale, error);
    try {
        // Reads the committed revision, so searches go on; the document ids stay, and with them
        // the table and the hot terms.
        m_writer.compact(fresh.string(), Xapian::DBCOMPACT_NO_RENUMBER, BLOCK_SIZE);
        std::unique_lock state = lock_for_writing();
        m_readers.close_idle();
        m_writer.close();
        std::filesystem::rename(m_directory, stale, error);
        if (!error) {
            std::filesystem::rename(fresh, m_directory, error);
            if (error) {
                std::error_code ignored;
                std::filesystem::rename(stale, m_directory, ignored); // the old files again
            }
        }
        m_writer = Xapian::WritableDatabase(m_directory.string(), Xapian::DB_OPEN | Xapian::DB_BACKEND_GLASS);
        ++m_generation;
    } catch (const Xapian::Error& xapian_error) {
        return fail(search_error(xapian_error));
    }
    std::error_code ignored;
    std::filesystem::remove_all(stale, ignored);
    std::filesystem::remove_all(fresh, ignored);
    if (error) {
        return fail(ErrorCode::Unavailable, "error.search.unavailable", {},
                    m_directory.string() + ": " + error.message());
    }
    return {};
}

Result<SearchResults> XapianIndex::search(const SearchQuery& query) const
{
    RUNDUM_TRY(check_query(query));
    std::shared_lock state = lock_for_reading();
    try {
        ReaderPool::Lease reader = m_readers.acquire(m_generation);
        return run_search(reader.database(), m_table, m_hot, query);
    } catch (const Xapian::Error& error) {
        return fail(search_error(error));
    }
}

Result<std::vector<SearchHit>>
XapianIndex::suggest(const std::string& typed, bool include_members_only, std::size_t limit) const
{
    if (typed.size() > MAX_QUERY_BYTES) {
        return fail(ErrorCode::Invalid, "error.search.query_too_long", {},
                    "typed text of " + std::to_string(typed.size()) + " bytes");
    }
    std::shared_lock state = lock_for_reading();
    try {
        ReaderPool::Lease reader = m_readers.acquire(m_generation);
        return run_suggest(reader.database(), m_table, m_hot, typed, include_members_only,
                           std::min(limit, MAX_PAGE_SIZE));
    } catch (const Xapian::Error& error) {
        return fail(search_error(error));
    }
}

Result<void> XapianIndex::set_metadata(const std::string& key, const std::string& value)
{
    RUNDUM_TRY(check_metadata_key(key));
    std::lock_guard writing(m_write_mutex);
    return in_transaction([&]() -> Result<void> {
        m_writer.set_metadata(key, value);
        commit([] {});
        return {};
    });
}

Result<std::string> XapianIndex::metadata(const std::string& key) const
{
    RUNDUM_TRY(check_metadata_key(key));
    std::shared_lock state = lock_for_reading();
    try {
        ReaderPool::Lease reader = m_readers.acquire(m_generation);
        return reader.database().get_metadata(key);
    } catch (const Xapian::Error& error) {
        return fail(search_error(error));
    }
}

std::size_t XapianIndex::size() const
{
    std::shared_lock state = lock_for_reading();
    return m_table.size();
}

} // namespace rundum::search
