// SPDX-License-Identifier: EUPL-1.2
// Bitmaps of the commonest text terms, kept in memory. A broad query word ("Familie") stands for
// terms in most documents; reading their postings from disk for every search costs milliseconds,
// OR-ing their bitmaps costs microseconds.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "search/doc_set.hpp"

namespace rundum::search {

/// A term is hot when at least this many documents have it...
constexpr Xapian::doccount MIN_HOT_FREQUENCY = 500;
/// ...and it is among the this many most frequent (memory: capacity / 8 bytes each).
constexpr std::size_t MAX_HOT_TERMS = 2000;

/// Not synchronised: the index guards the bitmaps with its state lock. Which terms are hot only
/// changes in load(), under both of the index's locks.
class HotTerms {
public:
    /// Chooses the hot terms of `database` and reads their postings.
    void load(const Xapian::Database& database);
    void clear();

    /// The documents having `term`, if it is hot.
    const DocSet* documents(const std::string& term) const;

    /// The hot terms among a document's terms, as indexes for replace().
    std::vector<std::uint32_t> hot_terms_of(const Xapian::Document& document) const;
    /// Makes a document's bits those of `hot_terms` (from hot_terms_of), dropping the old ones.
    void replace(Xapian::docid id, const std::vector<std::uint32_t>& hot_terms);
    /// Drops a document's bits.
    void remove(Xapian::docid id);

private:
    std::unordered_map<std::string, std::uint32_t> m_indexes;
    std::vector<DocSet> m_documents;
};

} // namespace rundum::search
