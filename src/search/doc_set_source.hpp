// SPDX-License-Identifier: EUPL-1.2
// A Xapian posting source over an in-memory DocSet with one weight for every member. Query
// words like "Familie" stand for dozens of common compounds ("Familienzentrum", "Familienpass"…);
// merging their posting lists for ranking took most of a search's time, while walking their
// bitmap (hot_terms.hpp) costs next to nothing. For such common terms the BM25 weight hardly
// varies between documents, so one weight for all loses little.
#pragma once

#include <memory>

#include <xapian.h>

#include "search/doc_set.hpp"

namespace rundum::search {

class DocSetSource final : public Xapian::PostingSource {
public:
    DocSetSource(std::shared_ptr<const DocSet> documents, double weight);

    Xapian::doccount get_termfreq_min() const override { return m_count; }
    Xapian::doccount get_termfreq_est() const override { return m_count; }
    Xapian::doccount get_termfreq_max() const override { return m_count; }
    void init(const Xapian::Database& database) override;
    void next(double min_weight) override;
    void skip_to(Xapian::docid id, double min_weight) override;
    bool at_end() const override { return m_current == 0; }
    Xapian::docid get_docid() const override { return m_current; }
    double get_weight() const override { return m_weight; }
    DocSetSource* clone() const override;
    std::string name() const override { return "rundum::search::DocSetSource"; }

private:
    std::shared_ptr<const DocSet> m_documents;
    double m_weight;
    Xapian::doccount m_count;
    Xapian::docid m_current{0};
    bool m_started{false};
};

/// The BM25 weight (Xapian's BM25Weight with its defaults) of one occurrence of a term that
/// `frequency` of `documents` documents have, in a document of average length.
double one_occurrence_weight(Xapian::doccount documents, Xapian::doccount frequency);

} // namespace rundum::search
