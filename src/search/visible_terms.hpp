// SPDX-License-Identifier: EUPL-1.2
// What one visitor may see of the index's words. Typo corrections and "does this word match
// anything" must be decided from the visitor's documents only: a correction to a word that only
// a members-only text contains would tell the public that word.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "search/doc_set.hpp"
#include "search/hot_terms.hpp"

namespace rundum::search {

/// The index's terms as seen through a set of visible documents (or all of them).
class VisibleTerms {
public:
    /// `visible` nullptr: the visitor sees every document (no filtering, no extra cost).
    /// Otherwise it must outlive this object.
    VisibleTerms(const Xapian::Database& database, const HotTerms& hot, const DocSet* visible)
        : m_database(database), m_hot(hot), m_visible(visible)
    {
    }

    /// How many visible documents have `term`.
    Xapian::doccount frequency(const std::string& term) const;

    /// Whether any visible document has any of `terms`.
    bool any(const std::vector<std::string>& terms) const;

    /// Whether the visitor sees every document.
    bool sees_everything() const { return m_visible == nullptr; }

private:
    const Xapian::Database& m_database;
    const HotTerms& m_hot;
    const DocSet* m_visible;
};

} // namespace rundum::search
