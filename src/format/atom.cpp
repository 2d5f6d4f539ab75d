// SPDX-License-Identifier: EUPL-1.2
// Writes Atom feeds; the text is made safe by xml_escaped.
#include "format/atom.hpp"

#include "format/xml_text.hpp"

#include <algorithm>
#include <string_view>

namespace rundum::format {

namespace {

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
