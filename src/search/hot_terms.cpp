// SPDX-License-Identifier: EUPL-1.2
// Only the terms that make match sets are kept: stems and reversed stems, not the title and
// summary terms (ranking only) nor the boolean ones (the table has those).
#include "search/hot_terms.hpp"

#include <algorithm>

#include "search/index_terms.hpp"

namespace rundum::search {

namespace {

bool is_match_term(const std::string& term)
{
    char first = term.empty() ? 'A' : term.front();
    return !(first >= 'A' && first <= 'Z') || term.starts_with(REVERSED_PREFIX);
}

} // namespace

void HotTerms::load(const Xapian::Database& database)
{
    clear();
    std::vector<std::pair<Xapian::doccount, std::string>> frequent;
    for (auto it = database.allterms_begin(); it != database.allterms_end(); ++it) {
        Xapian::doccount frequency = it.get_termfreq();
        if (frequency >= MIN_HOT_FREQUENCY) {
            std::string term = *it;
            if (is_match_term(term)) {
                frequent.emplace_back(frequency, std::move(term));
            }
        }
    }
    if (frequent.size() > MAX_HOT_TERMS) {
        std::partial_sort(frequent.begin(),
                          frequent.begin() + static_cast<std::ptrdiff_t>(MAX_HOT_TERMS),
                          frequent.end(), [](const auto& a, const auto& b) { return a > b; });
        frequent.resize(MAX_HOT_TERMS);
    }
    std::size_t capacity = static_cast<std::size_t>(database.get_lastdocid()) + 1;
    m_documents.reserve(frequent.size());
    for (const auto& [frequency, term] : frequent) {
        DocSet set(capacity);
        for (auto it = database.postlist_begin(term); it != database.postlist_end(term); ++it) {
            set.insert(*it);
        }
        m_indexes.emplace(term, static_cast<std::uint32_t>(m_documents.size()));
        m_documents.push_back(std::move(set));
    }
}

void HotTerms::clear()
{
    m_indexes.clear();
    m_documents.clear();
}

const DocSet* HotTerms::documents(const std::string& term) const
{
    auto found = m_indexes.find(term);
    return found == m_indexes.end() ? nullptr : &m_documents[found->second];
}

std::vector<std::uint32_t> HotTerms::hot_terms_of(const Xapian::Document& document) const
{
    std::vector<std::uint32_t> hot;
    if (m_indexes.empty()) {
        return hot;
    }
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
        auto found = m_indexes.find(*it);
        if (found != m_indexes.end()) {
            hot.push_back(found->second);
        }
    }
    return hot;
}

void HotTerms::replace(Xapian::docid id, const std::vector<std::uint32_t>& hot_terms)
{
    remove(id);
    for (std::uint32_t index : hot_terms) {
        m_documents[index].insert(id);
    }
}

void HotTerms::remove(Xapian::docid id)
{
    for (DocSet& set : m_documents) {
        set.erase(id);
    }
}

} // namespace rundum::search
