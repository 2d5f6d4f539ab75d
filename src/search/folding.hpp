// SPDX-License-Identifier: EUPL-1.2
// Folds words for matching: lower case, accents and umlauts taken off, ß written as ss, so that
// "Straße", "STRASSE" and "strasse" become one word. Index and queries fold the same way.
#pragma once

#include <string>
#include <string_view>

namespace rundum::search {

/// Appends the folded form of one code point: lower case without accents (ä → a, é → e), ß and
/// ẞ → "ss", æ → "ae", œ → "oe". Combining marks (a decomposed "u" + "¨") add nothing.
void append_folded(std::string& out, unsigned codepoint);

/// The folded form of a text, code point by code point.
std::string fold(std::string_view text);

} // namespace rundum::search
