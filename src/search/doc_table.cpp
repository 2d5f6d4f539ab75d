// SPDX-License-Identifier: EUPL-1.2
// Loading reads postings of the boolean terms and the value streams, never document data, so
// opening an index of 50,000 documents takes a fraction of a second.
#include "search/doc_table.hpp"

#include <algorithm>
#include <set>

#include <xapian.h>

#include "search/index_terms.hpp"

namespace rundum::search {

namespace {

std::string_view kind_of_key(std::string_view key)
{
    return key.substr(0, key.find('\0'));
}

} // namespace

void DocTable::load(const Xapian::Database& database)
{
    clear();
    reserve(static_cast<std::size_t>(database.get_lastdocid()) + 1);
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
        m_documents.insert(*it);
        ++m_size;
    }
    const std::string public_term = visibility_term(Visibility::Public);
    for (auto it = database.postlist_begin(public_term); it != database.postlist_end(public_term);
         ++it) {
        m_public.insert(*it);
    }
    const std::string facet_prefix(FACET_PREFIX);
    for (auto term = database.allterms_begin(facet_prefix);
         term != database.allterms_end(facet_prefix); ++term) {
        const std::string term_text = *term; // the iterator hands out a temporary
        std::string_view facet_and_value = std::string_view(term_text).substr(facet_prefix.size());
        std::size_t colon = facet_and_value.find(':');
        if (colon == std::string_view::npos) {
            continue; // not written by document_builder
        }
        std::uint32_t value = value_index(std::string(facet_and_value.substr(0, colon)),
                                          std::string(facet_and_value.substr(colon + 1)));
        for (auto it = database.postlist_begin(term_text); it != database.postlist_end(term_text);
             ++it) {
            add_value(*it, value);
        }
    }
    for (auto it = database.valuestream_begin(DATE_SLOT); it != database.valuestream_end(DATE_SLOT);
         ++it) {
        m_date_keys[it.get_docid()] = search::date_key(*it);
    }
    for (auto it = database.valuestream_begin(TITLE_SLOT);
         it != database.valuestream_end(TITLE_SLOT); ++it) {
        m_title_keys[it.get_docid()] = *it;
    }
    for (auto it = database.valuestream_begin(KEY_SLOT); it != database.valuestream_end(KEY_SLOT);
         ++it) {
        m_keys[it.get_docid()] = *it;
        m_kinds[std::string(kind_of_key(*it))].insert(it.get_docid());
    }
}

void DocTable::put(Xapian::docid id, const DocumentAttributes& attributes)
{
    remove(id);
    reserve(static_cast<std::size_t>(id) + 1);
    m_documents.insert(id);
    ++m_size;
    if (attributes.is_public) {
        m_public.insert(id);
    }
    m_kinds[attributes.kind].insert(id);
    for (const auto& [facet, value] : attributes.facet_values) {
        add_value(id, value_index(facet, value));
    }
    m_date_keys[id] = attributes.date_key;
    m_title_keys[id] = attributes.title_key;
    m_keys[id] = attributes.key;
}

void DocTable::remove(Xapian::docid id)
{
    if (!m_documents.contains(id)) {
        return;
    }
    m_documents.erase(id);
    --m_size;
    m_public.erase(id);
    auto kind = m_kinds.find(std::string(kind_of_key(m_keys[id])));
    if (kind != m_kinds.end()) {
        kind->second.erase(id);
    }
    for_each_value(id, [&](std::uint32_t value) { m_values[value].documents.erase(id); });
    std::size_t first = static_cast<std::size_t>(id) * INLINE_VALUES;
    std::fill_n(m_inline_values.begin() + static_cast<std::ptrdiff_t>(first), INLINE_VALUES,
                NO_VALUE);
    m_more_values.erase(id);
    m_date_keys[id] = 0;
    m_title_keys[id].clear();
    m_keys[id].clear();
}

void DocTable::clear()
{
    *this = DocTable();
}

DocSet DocTable::visible(bool include_members_only, const std::vector<std::string>& kinds) const
{
    DocSet result = include_members_only ? m_documents : m_public;
    if (!kinds.empty()) {
        DocSet of_kinds(capacity());
        for (const std::string& kind : kinds) {
            auto found = m_kinds.find(kind);
            if (found != m_kinds.end()) {
                of_kinds.unite(found->second);
            }
        }
        result.intersect(of_kinds);
    }
    return result;
}

DocSet DocTable::with_keys(const std::vector<std::pair<std::string, std::string>>& keys) const
{
    DocSet result(capacity());
    if (keys.empty()) {
        return result;
    }
    std::set<std::string> wanted;
    for (const auto& [kind, id] : keys) {
        wanted.insert(kind + '\0' + id);
    }
    // A scan, not a lookup table: only searches of an index that fell behind ask this.
    m_documents.for_each([&](Xapian::docid doc) {
        if (wanted.count(m_keys[doc]) > 0) {
            result.insert(doc);
        }
    });
    return result;
}

DocSet DocTable::with_any_value(const std::string& facet,
                                const std::vector<std::string>& values) const
{
    DocSet result(capacity());
    std::optional<std::uint32_t> index = facet_index(facet);
    if (!index) {
        return result;
    }
    for (const std::string& value : values) {
        auto found = m_value_indexes.find({*index, value});
        if (found != m_value_indexes.end()) {
            result.unite(m_values[found->second].documents);
        }
    }
    return result;
}

std::optional<std::uint32_t> DocTable::facet_index(const std::string& facet) const
{
    auto found = m_facet_indexes.find(facet);
    if (found == m_facet_indexes.end()) {
        return std::nullopt;
    }
    return found->second;
}

void DocTable::reserve(std::size_t capacity)
{
    if (capacity <= m_keys.size()) {
        return;
    }
    m_inline_values.resize(capacity * INLINE_VALUES, NO_VALUE);
    m_date_keys.resize(capacity, 0);
    m_title_keys.resize(capacity);
    m_keys.resize(capacity);
}

std::uint32_t DocTable::value_index(const std::string& facet, const std::string& value)
{
    auto [facet_entry, new_facet] =
        m_facet_indexes.emplace(facet, static_cast<std::uint32_t>(m_facet_names.size()));
    if (new_facet) {
        m_facet_names.push_back(facet);
    }
    std::uint32_t facet_number = facet_entry->second;
    auto [value_entry, new_value] = m_value_indexes.emplace(
        std::make_pair(facet_number, value), static_cast<std::uint32_t>(m_values.size()));
    if (new_value) {
        m_values.push_back(FacetValue{facet_number, value, DocSet(capacity())});
    }
    return value_entry->second;
}

void DocTable::add_value(Xapian::docid id, std::uint32_t value)
{
    m_values[value].documents.insert(id);
    std::size_t first = static_cast<std::size_t>(id) * INLINE_VALUES;
    for (std::size_t slot = first; slot < first + INLINE_VALUES; ++slot) {
        if (m_inline_values[slot] == NO_VALUE) {
            m_inline_values[slot] = value;
            return;
        }
    }
    m_more_values[id].push_back(value);
}

} // namespace rundum::search
