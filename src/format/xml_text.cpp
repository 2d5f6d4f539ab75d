// SPDX-License-Identifier: EUPL-1.2
// Escaping for XML. The text comes from members' input, so it decodes UTF-8 itself: one stray
// control character or broken byte would make a whole feed or picture unreadable (XML parsers
// stop at the first error).
#include "format/xml_text.hpp"

#include <cstdint>

#include "core/utf8.hpp"

namespace rundum::format {

namespace {

constexpr std::string_view REPLACEMENT_CHARACTER = "\xEF\xBF\xBD";

/// Whether XML 1.0 allows the character and it is not a discouraged control (DEL, C1).
bool is_wanted_in_xml(std::uint32_t code_point)
{
    if (code_point < 0x20U) {
        return code_point == '\t' || code_point == '\n';
    }
    if (code_point >= 0x7FU && code_point <= 0x9FU) {
        return false;
    }
    return code_point != 0xFFFEU && code_point != 0xFFFFU;
}

} // namespace

std::string xml_escaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const char c = text[at];
        if (c == '\r') {
            // XML parsers turn CR LF and lone CR into LF anyway; doing it here keeps one form.
            out += '\n';
            at += text.substr(at, 2) == "\r\n" ? 2 : 1;
            continue;
        }
        const Utf8Char decoded = decode_utf8(text, at);
        if (decoded.length == 0) {
            out += REPLACEMENT_CHARACTER;
            ++at;
            continue;
        }
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
            out += "&apos;";
            break;
        default:
            if (is_wanted_in_xml(decoded.code_point)) {
                out.append(text, at, decoded.length);
            }
        }
        at += decoded.length;
    }
    return out;
}

} // namespace rundum::format
