// SPDX-License-Identifier: EUPL-1.2
// Counts over posting lists (or the bitmaps of hot terms) restricted to the visible documents.
#include "search/visible_terms.hpp"

namespace rundum::search {

Xapian::doccount VisibleTerms::frequency(const std::string& term) const
{
    if (m_visible == nullptr) {
        return m_database.get_termfreq(term);
    }
    if (const DocSet* documents = m_hot.documents(term)) {
        DocSet seen = *documents;
        seen.intersect(*m_visible);
        return static_cast<Xapian::doccount>(seen.count());
    }
    Xapian::doccount count = 0;
    for (auto it = m_database.postlist_begin(term); it != m_database.postlist_end(term); ++it) {
        if (m_visible->contains(*it)) {
            ++count;
        }
    }
    return count;
}

bool VisibleTerms::any(const std::vector<std::string>& terms) const
{
    for (const std::string& term : terms) {
        if (m_visible == nullptr) {
            if (m_database.term_exists(term)) {
                return true;
            }
            continue;
        }
        if (const DocSet* documents = m_hot.documents(term)) {
            DocSet seen = *documents;
            seen.intersect(*m_visible);
            if (!seen.empty()) {
                return true;
            }
            continue;
        }
        for (auto it = m_database.postlist_begin(term); it != m_database.postlist_end(term); ++it) {
            if (m_visible->contains(*it)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace rundum::search
