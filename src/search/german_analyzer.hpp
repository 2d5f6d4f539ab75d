// SPDX-License-Identifier: EUPL-1.2
// Turns German text into words to index and to search for: splits it into tokens, folds them
// (folding.hpp) and stems them with Snowball's German stemmer, so that "Familien" and "Familie",
// "Kinder" and "Kind", "Strasse" and "Straße", "Mueller" and "Müller" meet.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rundum::search {

/// A word of a text, with where it stands (for snippets).
struct Token {
    std::size_t begin{0};           ///< byte offset of its first byte in the text
    std::size_t end{0};             ///< byte offset just past it
    std::string folded;             ///< lower case, accents off, ß → ss
    bool joined_to_previous{false}; ///< written with the word before it by a hyphen ("Kita-Ausbau")
};

/// Longest folded word that is indexed, in bytes; longer ones are noise (links, hashes).
constexpr std::size_t MAX_WORD_BYTES = 64;

/// The words of a text: runs of letters and digits. Hyphens, apostrophes and punctuation
/// separate words; a soft hyphen inside a word does not.
std::vector<Token> tokenize(std::string_view text);

/// The stem of a folded word. Uses Snowball's "german2" variant, which also reads "ae", "oe",
/// "ue" as umlauts (so "mueller" and "muller" both give "mull") but not where the "u" is a
/// consonant between vowels ("frauen", "neue"). Numbers stay as they are.
std::string stem(std::string_view folded_word);

/// Whether a folded word consists of digits only (years, numbers): not stemmed, not corrected.
bool is_number(std::string_view folded_word);

/// Number of code points of a UTF-8 word.
std::size_t letter_count(std::string_view word);

} // namespace rundum::search
