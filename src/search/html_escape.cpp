// SPDX-License-Identifier: EUPL-1.2
// The five characters that can end a text node or an attribute value; nothing else needs it.
#include "search/html_escape.hpp"

namespace rundum::search {

void append_html_escaped(std::string& out, std::string_view text)
{
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
}

std::string html_escape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    append_html_escaped(out, text);
    return out;
}

} // namespace rundum::search
