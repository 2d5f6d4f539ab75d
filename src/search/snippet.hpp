// SPDX-License-Identifier: EUPL-1.2
// Makes the passage shown under a hit: about 200 characters of the stored text around the best
// match, HTML-escaped, with the matched words wrapped in <mark>…</mark>.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "search/highlighter.hpp"

namespace rundum::search {

/// Target length of a snippet in bytes (about as many characters in German text).
constexpr std::size_t SNIPPET_BYTES = 200;

/// The passage of summary or body with the most different query words (most matches on a tie,
/// the summary on a further tie), cut at word boundaries with "…" where text was left out.
/// Without any match: the start of the summary (or of the body when there is no summary).
/// The result is safe to insert into HTML as it is.
std::string snippet_html(std::string_view summary, std::string_view body,
                         const Highlighter& highlighter);

/// All of `text`, escaped, with the matched words marked (titles of suggestions).
std::string highlighted_html(std::string_view text, const Highlighter& highlighter);

} // namespace rundum::search
