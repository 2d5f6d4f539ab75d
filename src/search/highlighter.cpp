// SPDX-License-Identifier: EUPL-1.2
// Stems keep the first letters of their word, except where german2 reads a leading "ae", "oe"
// or "ue" as an umlaut ("uebung" → "ubung"): such words are looked up under both leads.
#include "search/highlighter.hpp"

#include "search/german_analyzer.hpp"

namespace rundum::search {

namespace {

std::size_t lead(char first, char second)
{
    return (static_cast<std::size_t>(static_cast<unsigned char>(first)) << 8U) |
           static_cast<unsigned char>(second);
}

std::size_t lead_of(std::string_view word)
{
    return lead(word[0], word.size() > 1 ? word[1] : '\0');
}

bool is_umlaut_spelling(char vowel, char e)
{
    return e == 'e' && (vowel == 'a' || vowel == 'o' || vowel == 'u');
}

} // namespace

Highlighter::Highlighter(const std::vector<std::vector<std::string>>& stems_by_word)
    : m_word_count(stems_by_word.size())
{
    for (std::size_t word = 0; word < stems_by_word.size(); ++word) {
        for (const std::string& stem : stems_by_word[word]) {
            if (!stem.empty()) {
                m_stems.emplace(stem, word); // a stem two words share counts for the first
                m_leads.set(lead_of(stem));
            }
        }
    }
}

std::optional<std::size_t> Highlighter::match(std::string_view folded_word) const
{
    if (folded_word.empty() || folded_word.size() > MAX_WORD_BYTES) {
        return std::nullopt;
    }
    bool may_match = m_leads.test(lead_of(folded_word));
    if (!may_match && folded_word.size() > 2 &&
        is_umlaut_spelling(folded_word[0], folded_word[1])) {
        may_match = m_leads.test(lead(folded_word[0], folded_word[2]));
    }
    if (!may_match) {
        return std::nullopt;
    }
    auto found = m_stems.find(stem(folded_word));
    if (found == m_stems.end()) {
        return std::nullopt;
    }
    return found->second;
}

} // namespace rundum::search
