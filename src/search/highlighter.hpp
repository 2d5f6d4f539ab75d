// SPDX-License-Identifier: EUPL-1.2
// Decides which words of a stored text a query matched, by the same folding and stemming the
// index used, so "Familien", "familie" and "Familienzentrum" are marked for the query "Familie".
#pragma once

#include <bitset>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace rundum::search {

class Highlighter {
public:
    Highlighter() = default;
    /// `stems_by_word[i]`: the stems query word i matched (TextPlan::stems_by_word()).
    explicit Highlighter(const std::vector<std::vector<std::string>>& stems_by_word);

    /// The query word a folded text word matches, or nullopt.
    std::optional<std::size_t> match(std::string_view folded_word) const;
    bool empty() const { return m_stems.empty(); }
    /// Number of query words.
    std::size_t word_count() const { return m_word_count; }

private:
    std::unordered_map<std::string, std::size_t> m_stems;
    std::size_t m_word_count{0};
    // The first two bytes of every stem. Stemming each word of a text is the costly part of a
    // snippet; a word whose first two letters begin no stem cannot match and is not stemmed.
    std::bitset<65536> m_leads;
};

} // namespace rundum::search
