// cmark-gfm with its extensions attached by hand (STYLE.md: they are not on by default).
#include "format/markdown.hpp"

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
constexpr int OPTIONS = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE | CMARK_OPT_SMART;

std::pair<ParserPointer, NodePointer> parse(std::string_view markdown)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    ParserPointer parser(cmark_parser_new(OPTIONS), cmark_parser_free);
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
    auto [parser, document] = parse(markdown);
    return taken(cmark_render_html(document.get(), OPTIONS, cmark_parser_get_syntax_extensions(parser.get())));
}

std::string markdown_to_text(std::string_view markdown)
{
    auto [parser, document] = parse(markdown);
    std::string text = taken(cmark_render_plaintext(document.get(), OPTIONS, 0));
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
