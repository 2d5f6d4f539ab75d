// SPDX-License-Identifier: EUPL-1.2
// The one rule for text that members and API clients send: what every stored text field accepts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace rundum {

/// Whether a field holds one line (names, titles, addresses) or several (descriptions, notes).
enum class TextShape { Line, Lines };

/// The longest single-line field, unless a rule says less: long enough for any name or title.
inline constexpr std::size_t MAX_LINE_CHARACTERS = 300;
/// The longest multi-line field (a project's description, a city's statement): one readable
/// dossier, and a bound on what the Markdown renderer is given.
inline constexpr std::size_t MAX_TEXT_CHARACTERS = 20'000;

/// The input rule: valid UTF-8 (no lone surrogates, no overlong forms), no C0 or C1 control
/// characters (a multi-line field may hold line breaks and tabs), no bidirectional embedding,
/// override or isolate characters (U+202A–U+202E, U+2066–U+2069), at most `max_characters`
/// characters. Errors are Invalid with `field` set to `field`: `error.text.not_utf8`,
/// `error.text.control_character` (args: the character as "U+0000"), `error.text.line_break`,
/// `error.text.bidi_control` (args: the character), `error.text.too_long` (args: the limit).
Result<void> check_text(std::string_view field, std::string_view text, TextShape shape,
                        std::size_t max_characters);

/// The one length rule of every text limit: at most `max_characters` characters (Unicode code
/// points, so "ä" counts one, never bytes), else Invalid with `key` and the limit as its argument.
Result<void> check_length(std::string_view text, std::size_t max_characters, std::string key);

/// check_text for one line of at most `max_characters`.
Result<void> check_line(std::string_view field, std::string_view text,
                        std::size_t max_characters = MAX_LINE_CHARACTERS);

/// check_text for several lines of at most `max_characters` in all.
Result<void> check_lines(std::string_view field, std::string_view text,
                         std::size_t max_characters = MAX_TEXT_CHARACTERS);

/// check_line for every item of a list (lines of a text area, one item each).
Result<void> check_line_items(std::string_view field, const std::vector<std::string>& items,
                              std::size_t max_characters = MAX_LINE_CHARACTERS);

/// Any bytes as a short, printable text for logs and the audit trail: valid UTF-8 (broken bytes
/// and control characters become U+FFFD), at most `max_characters` characters, a cut marked "…".
std::string bounded_excerpt(std::string_view text, std::size_t max_characters);

} // namespace rundum
