// SPDX-License-Identifier: EUPL-1.2
// Markdown that members write (statements, later project descriptions) as safe HTML.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rundum::format {

/// The most characters rendered; the rest of a longer text is left out. The longest Markdown
/// field (a meeting's minutes) is 50,000 characters: this only bounds text that never passed
/// the input rule. At this size the worst case renders in tens of milliseconds (bench/markdown).
inline constexpr std::size_t MAX_MARKDOWN_CHARACTERS = 50'000;

/// HTML of GitHub-flavoured Markdown (tables, strikethrough, autolinks) in cmark-gfm's safe
/// mode: raw HTML and javascript:/data: links never pass through. Smart punctuation unless the
/// text has very many straight quotes (its cost grows with their square).
std::string markdown_to_html(std::string_view markdown);

/// The words of Markdown without its marks, for the search index and plain-text exports.
std::string markdown_to_text(std::string_view markdown);

} // namespace rundum::format
