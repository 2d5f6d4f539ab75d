// SPDX-License-Identifier: EUPL-1.2
// What searches know about every document without asking Xapian: who may see it, its kind, its
// facet values and its sort keys, kept in memory as bitmaps and arrays indexed by document id.
// Filters, facet counts, totals and the non-relevance orders are computed from it in microseconds;
// Xapian is only asked for text matches and relevance.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "search/doc_set.hpp"
#include "search/document_builder.hpp"

namespace rundum::search {

/// One value of one facet and the documents that carry it.
struct FacetValue {
    std::uint32_t facet{0}; ///< index into DocTable::facet_names()
    std::string value;
    DocSet documents;
};

/// The in-memory table. Not synchronised: the index guards it with its state lock.
class DocTable {
public:
    /// Replaces the table with the attributes of every document of `database`, read from its
    /// boolean terms and value slots (the same ones document_builder writes).
    void load(const Xapian::Database& database);

    /// Sets (or replaces) the attributes of a document.
    void put(Xapian::docid id, const DocumentAttributes& attributes);
    /// Forgets a document; nothing happens if it is not there.
    void remove(Xapian::docid id);
    void clear();

    /// Number of documents.
    std::size_t size() const { return m_size; }
    /// One past the highest document id seen: the capacity to give DocSets.
    std::size_t capacity() const { return m_keys.size(); }
    /// Every document.
    const DocSet& documents() const { return m_documents; }

    /// Documents of the kinds (all kinds when empty) that the searcher may see.
    DocSet visible(bool include_members_only, const std::vector<std::string>& kinds) const;
    /// The documents with these keys (kind, id); keys not in the table are ignored.
    DocSet with_keys(const std::vector<std::pair<std::string, std::string>>& keys) const;
    /// Documents with at least one of the values of the facet; empty for an unknown facet.
    DocSet with_any_value(const std::string& facet, const std::vector<std::string>& values) const;

    /// The index of a facet name, or nullopt when no document has that facet.
    std::optional<std::uint32_t> facet_index(const std::string& facet) const;
    const std::vector<std::string>& facet_names() const { return m_facet_names; }
    const std::vector<FacetValue>& values() const { return m_values; }
    /// Calls `visit(index)` with the index into values() of each of a document's facet values.
    template <typename Visit> void for_each_value(Xapian::docid id, Visit&& visit) const
    {
        std::size_t first = static_cast<std::size_t>(id) * INLINE_VALUES;
        for (std::size_t slot = first; slot < first + INLINE_VALUES; ++slot) {
            if (m_inline_values[slot] == NO_VALUE) {
                return;
            }
            visit(m_inline_values[slot]);
        }
        auto more = m_more_values.find(id);
        if (more != m_more_values.end()) {
            for (std::uint32_t value : more->second) {
                visit(value);
            }
        }
    }

    std::uint64_t date_key(Xapian::docid id) const { return m_date_keys[id]; }
    const std::string& title_key(Xapian::docid id) const { return m_title_keys[id]; }
    /// kind, NUL, id: the final tie-breaker of every order.
    const std::string& key(Xapian::docid id) const { return m_keys[id]; }

private:
    // A document's values sit in a fixed row of INLINE_VALUES slots (the rest NO_VALUE), so that
    // counting facets over 50,000 matches reads one array front to back; the rare document with
    // more values keeps the others in m_more_values.
    static constexpr std::size_t INLINE_VALUES = 12;
    static constexpr std::uint32_t NO_VALUE = UINT32_MAX;

    void reserve(std::size_t capacity);
    std::uint32_t value_index(const std::string& facet, const std::string& value);
    void add_value(Xapian::docid id, std::uint32_t value);

    std::size_t m_size{0};
    DocSet m_documents;
    DocSet m_public;
    std::map<std::string, DocSet> m_kinds;
    std::vector<std::string> m_facet_names;
    std::map<std::string, std::uint32_t> m_facet_indexes;
    std::vector<FacetValue> m_values;
    std::map<std::pair<std::uint32_t, std::string>, std::uint32_t> m_value_indexes;
    std::vector<std::uint32_t> m_inline_values; ///< capacity() rows of INLINE_VALUES
    std::unordered_map<Xapian::docid, std::vector<std::uint32_t>> m_more_values;
    std::vector<std::uint64_t> m_date_keys;
    std::vector<std::string> m_title_keys;
    std::vector<std::string> m_keys;
};

} // namespace rundum::search
