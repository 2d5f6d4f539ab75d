// SPDX-License-Identifier: EUPL-1.2
// Xapian calls next() once before reading the first document, so "not started" is a state.
#include "search/doc_set_source.hpp"

#include <cmath>

namespace rundum::search {

DocSetSource::DocSetSource(std::shared_ptr<const DocSet> documents, double weight)
    : m_documents(std::move(documents)), m_weight(weight),
      m_count(static_cast<Xapian::doccount>(m_documents->count()))
{
    set_maxweight(m_weight);
}

void DocSetSource::init(const Xapian::Database&)
{
    m_current = 0;
    m_started = false;
    set_maxweight(m_weight);
}

void DocSetSource::next(double)
{
    Xapian::docid from = m_started ? m_current + 1 : 1;
    m_started = true;
    m_current = m_documents->next_from(from);
}

void DocSetSource::skip_to(Xapian::docid id, double)
{
    if (m_started && m_current >= id) {
        return;
    }
    m_started = true;
    m_current = m_documents->next_from(id);
}

DocSetSource* DocSetSource::clone() const
{
    return new DocSetSource(m_documents, m_weight);
}

double one_occurrence_weight(Xapian::doccount documents, Xapian::doccount frequency)
{
    // BM25Weight::init: idf-like ratio, lifted for terms in more than a third of the documents
    // the way Xapian lifts it; with wdf 1 and an average length the wdf factor is 1.
    double ratio = (static_cast<double>(documents) - static_cast<double>(frequency) + 0.5) /
                   (static_cast<double>(frequency) + 0.5);
    if (ratio < 2) {
        ratio = ratio * 0.5 + 1;
    }
    return std::log(ratio);
}

} // namespace rundum::search
