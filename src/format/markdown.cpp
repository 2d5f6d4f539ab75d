// SPDX-License-Identifier: EUPL-1.2
// cmark-gfm with its extensions attached by hand (STYLE.md: they are not on by default), and
// bounds on what it is given: some inputs cost it far more than linear time.
#include "format/markdown.hpp"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <mutex>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace rundum::format {

namespace {

using ParserPointer = std::unique_ptr<cmark_parser, decltype(&cmark_parser_free)>;
using NodePointer = std::unique_ptr<cmark_node, decltype(&cmark_node_free)>;

// CMARK_OPT_SAFE is the default since 0.29 (raw HTML and unsafe links dropped); say it anyway.
constexpr int OPTIONS = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE;

// Smart punctuation (typographic quotes and dashes) is quadratic in cmark-gfm 0.29 in the number
// of straight quotes: 10,000 of them take 0.3 s, 1,000 take 2 ms (bench/markdown). Beyond this
// many, quotes stay straight.
constexpr std::size_t MAX_SMART_QUOTES = 1000;

// The text to render: at most MAX_MARKDOWN_CHARACTERS, cut at a character boundary.
std::string_view bounded(std::string_view markdown)
{
    std::size_t characters = 0;
    for (std::size_t at = 0; at < markdown.size(); ++at) {
        const bool starts_character = (static_cast<unsigned char>(markdown[at]) & 0xC0U) != 0x80U;
        if (starts_character && ++characters > MAX_MARKDOWN_CHARACTERS) {
            return markdown.substr(0, at);
        }
    }
    return markdown;
}

int options_for(std::string_view markdown)
{
    const auto quotes = static_cast<std::size_t>(std::count_if(markdown.begin(), markdown.end(),
                                                               [](char c) { return c == '"' || c == '\''; }));
    return quotes <= MAX_SMART_QUOTES ? OPTIONS | CMARK_OPT_SMART : OPTIONS;
}

std::pair<ParserPointer, NodePointer> parse(std::string_view markdown, int options)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    ParserPointer parser(cmark_parser_new(options), cmark_parser_free);
    for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"}) {
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
            cmark_parser_attach_syntax_extension(parser.get(), extension);
        }
    }
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    NodePointer document(cmark_parser_finish(parser.get()), cmark_node_free);
    return {std::move(parser), std::move(document)};
}

std::string taken(char* rendered)
{
    std::string out = rendered != nullptr ? rendered : "";
    std::free(rendered);
    return out;
}

} // namespace

std::string markdown_to_html(std::string_view markdown)
{
    markdown = bounded(markdown);
    const int options = options_for(markdown);
    auto [parser, document] = parse(markdown, options);
    return taken(cmark_render_html(document.get(), options, cmark_parser_get_syntax_extensions(parser.get())));
}

std::string markdown_to_text(std::string_view markdown)
{
    markdown = bounded(markdown);
    const int options = options_for(markdown);
    auto [parser, document] = parse(markdown, options);
    std::string text = taken(cmark_render_plaintext(document.get(), options, 0));
    // cmark-gfm's plain-text renderer writes the noncharacters U+FFFE and U+FFFF as the single
    // bytes 0xFE and 0xFF (utf8proc's old convention), which are no UTF-8 and would break every
    // file the text goes into. Those bytes occur in nothing else: put U+FFFD in their place.
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == 0xFE || byte == 0xFF) {
            out += "\xEF\xBF\xBD";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace rundum::format
