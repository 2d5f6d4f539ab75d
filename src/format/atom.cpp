// Writes Atom feeds. The text comes from members' input, so escaping decodes UTF-8 itself:
// one stray control character or broken byte would make the whole feed unreadable for every
// subscriber (XML parsers stop at the first error).
#include "format/atom.hpp"

#include "core/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

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

/// Text made safe for XML character data and attribute values (both quotes escaped).
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

void append_element(std::string& out, std::string_view indent, std::string_view name,
                    std::string_view text)
{
    out += indent;
    out += '<';
    out += name;
    out += '>';
    out += xml_escaped(text);
    out += "</";
    out += name;
    out += ">\n";
}

void append_link(std::string& out, std::string_view indent, std::string_view relation,
                 std::string_view type, std::string_view href)
{
    out += indent;
    out += "<link rel=\"";
    out += relation;
    out += "\" type=\"";
    out += type;
    out += "\" href=\"";
    out += xml_escaped(href);
    out += "\"/>\n";
}

void append_entry(std::string& out, const AtomEntry& entry, std::string_view fallback_author)
{
    constexpr std::string_view INDENT = "    ";
    out += "  <entry>\n";
    append_element(out, INDENT, "id", entry.id);
    append_element(out, INDENT, "title", entry.title);
    if (!entry.link.empty()) {
        append_link(out, INDENT, "alternate", "text/html", entry.link);
    }
    if (!entry.published.empty()) {
        append_element(out, INDENT, "published", entry.published);
    }
    append_element(out, INDENT, "updated", entry.updated.empty() ? entry.published : entry.updated);
    out += "    <author>\n";
    append_element(out, "      ", "name", entry.author.empty() ? fallback_author : entry.author);
    out += "    </author>\n";
    for (const std::string& category : entry.categories) {
        out += "    <category term=\"";
        out += xml_escaped(category);
        out += "\"/>\n";
    }
    if (!entry.summary.empty()) {
        append_element(out, INDENT, "summary", entry.summary);
    }
    out += "  </entry>\n";
}

/// The feed's `updated`: its own, else the latest of its entries'. RFC 3339 stamps in one time
/// zone (the platform writes UTC with "Z") sort as text.
std::string_view feed_updated(const AtomFeed& feed)
{
    if (!feed.updated.empty()) {
        return feed.updated;
    }
    std::string_view latest;
    for (const AtomEntry& entry : feed.entries) {
        latest = std::max(
            latest, std::string_view(entry.updated.empty() ? entry.published : entry.updated));
    }
    return latest;
}

} // namespace

std::string write_atom(const AtomFeed& feed)
{
    constexpr std::string_view INDENT = "  ";
    std::string out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"";
    out += xml_escaped(feed.language.empty() ? std::string_view("de") : feed.language);
    out += "\">\n";
    append_element(out, INDENT, "id", feed.id);
    append_element(out, INDENT, "title", feed.title);
    if (!feed.subtitle.empty()) {
        append_element(out, INDENT, "subtitle", feed.subtitle);
    }
    if (!feed.self_url.empty()) {
        append_link(out, INDENT, "self", "application/atom+xml", feed.self_url);
    }
    if (!feed.alternate_url.empty()) {
        append_link(out, INDENT, "alternate", "text/html", feed.alternate_url);
    }
    append_element(out, INDENT, "updated", feed_updated(feed));
    for (const AtomEntry& entry : feed.entries) {
        append_entry(out, entry, feed.title);
    }
    out += "</feed>\n";
    return out;
}

} // namespace rundum::format
