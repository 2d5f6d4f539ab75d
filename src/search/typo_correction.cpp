// SPDX-License-Identifier: EUPL-1.2
// Edits are made on the lower-cased word with the letters of German (a–z, ä, ö, ü, ß), so a
// correction reads naturally ("Strase" → "Straße"); candidates are compared by their stems, so
// spellings that index alike are checked once.
#include "search/typo_correction.hpp"

#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "search/folding.hpp"
#include "search/german_analyzer.hpp"
#include "search/stop_words.hpp"
#include "search/word_expansion.hpp"

namespace rundum::search {

namespace {

constexpr std::u32string_view ALPHABET = U"abcdefghijklmnopqrstuvwxyzäöüß";

std::u32string decode(std::string_view text)
{
    std::u32string out;
    for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it) {
        out += static_cast<char32_t>(Xapian::Unicode::tolower(*it));
    }
    return out;
}

std::string encode(std::u32string_view text)
{
    std::string out;
    for (char32_t c : text) {
        Xapian::Unicode::append_utf8(out, c);
    }
    return out;
}

// Every word one edit away, in a fixed order; repeats are left for the caller to skip.
std::vector<std::u32string> edits(const std::u32string& word)
{
    std::vector<std::u32string> out;
    out.reserve(word.size() * (2 * ALPHABET.size() + 2) + ALPHABET.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        out.push_back(word.substr(0, i) + word.substr(i + 1));
    }
    for (std::size_t i = 0; i + 1 < word.size(); ++i) {
        if (word[i] != word[i + 1]) {
            std::u32string swapped = word;
            std::swap(swapped[i], swapped[i + 1]);
            out.push_back(std::move(swapped));
        }
    }
    for (std::size_t i = 0; i < word.size(); ++i) {
        for (char32_t letter : ALPHABET) {
            if (letter != word[i]) {
                std::u32string changed = word;
                changed[i] = letter;
                out.push_back(std::move(changed));
            }
        }
    }
    for (std::size_t i = 0; i <= word.size(); ++i) {
        for (char32_t letter : ALPHABET) {
            out.push_back(word.substr(0, i) + letter + word.substr(i));
        }
    }
    return out;
}

bool starts_with_capital(std::string_view typed_word)
{
    Xapian::Utf8Iterator it(typed_word.data(), typed_word.size());
    return it != Xapian::Utf8Iterator() && Xapian::Unicode::tolower(*it) != *it;
}

std::string as_typed(std::u32string candidate, bool capital)
{
    if (capital && !candidate.empty() && candidate.front() != U'ß') {
        candidate.front() = static_cast<char32_t>(Xapian::Unicode::toupper(candidate.front()));
    }
    return encode(candidate);
}

} // namespace

bool may_correct(std::string_view folded_word)
{
    return letter_count(folded_word) >= MIN_CORRECTED_LETTERS && !is_number(folded_word) &&
           !is_stop_word(folded_word);
}

std::optional<std::string> correct_typo(const Xapian::Database& database,
                                        const VisibleTerms& visible, std::string_view typed_word)
{
    struct Candidate {
        std::u32string word;
        std::string folded;
    };
    std::vector<Candidate> candidates; // one per stem, in the order first met
    std::unordered_set<std::string> seen_stems;
    std::optional<std::size_t> best;
    Xapian::doccount best_frequency = 0;
    for (std::u32string& word : edits(decode(typed_word))) {
        std::string folded = fold(encode(word));
        if (folded.empty() || is_stop_word(folded)) {
            continue;
        }
        std::string word_stem = stem(folded);
        if (!seen_stems.insert(word_stem).second) {
            continue;
        }
        Xapian::doccount frequency = visible.frequency(word_stem);
        if (frequency > best_frequency) {
            best_frequency = frequency;
            best = candidates.size();
        }
        candidates.push_back({std::move(word), std::move(folded)});
    }
    bool capital = starts_with_capital(typed_word);
    if (best) {
        return as_typed(candidates[*best].word, capital);
    }
    for (const Candidate& candidate : candidates) {
        // The cheap test first; only a word the index has is checked against what is visible.
        if (word_matches_anything(database, candidate.folded) &&
            (visible.sees_everything() ||
             visible.any(expand_word(database, candidate.folded).match_terms()))) {
            return as_typed(candidate.word, capital);
        }
    }
    return std::nullopt;
}

} // namespace rundum::search
