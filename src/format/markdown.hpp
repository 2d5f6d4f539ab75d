// Markdown that members write (statements, later project descriptions) as safe HTML.
#pragma once

#include <string>
#include <string_view>

namespace rundum::format {

/// HTML of GitHub-flavoured Markdown (tables, strikethrough, autolinks) in cmark-gfm's safe
/// mode: raw HTML and javascript:/data: links never pass through.
std::string markdown_to_html(std::string_view markdown);

/// The words of Markdown without its marks, for the search index and plain-text exports.
std::string markdown_to_text(std::string_view markdown);

} // namespace rundum::format
