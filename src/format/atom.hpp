// SPDX-License-Identifier: EUPL-1.2
// Atom 1.0 feeds (RFC 4287) of what is new in the network, for feed readers and for other sites
// that show a city's news.
#pragma once

#include <string>
#include <vector>

namespace rundum::format {

/// One entry of a feed: a project, a piece of news. All text is plain text (never HTML).
struct AtomEntry {
    std::string id; ///< permanent and unique: a `tag:` URI or the entry's URL
    std::string title;
    std::string link;      ///< absolute URL of the entry's page
    std::string published; ///< RFC 3339, e.g. "2024-05-02T08:00:00Z"; "" leaves it out
    std::string updated;   ///< RFC 3339; "" takes `published`
    std::string author;    ///< a person's or organisation's name; "" takes the feed's title
    std::string summary;   ///< plain text; "" leaves it out
    std::vector<std::string> categories; ///< category terms, e.g. topic names
};

/// A whole feed.
struct AtomFeed {
    std::string id; ///< permanent: the feed's own URL or a `tag:` URI
    std::string title;
    std::string subtitle;        ///< "" leaves it out
    std::string self_url;        ///< absolute URL the feed is fetched from; "" leaves the link out
    std::string alternate_url;   ///< absolute URL of the HTML page it mirrors; "" leaves it out
    std::string updated;         ///< RFC 3339; "" takes the latest entry's (compared as text)
    std::string language = "de"; ///< becomes `xml:lang`; "" means "de"
    std::vector<AtomEntry> entries; ///< written in this order (newest first, by convention)
};

/// The feed as a UTF-8 XML document. Text and attribute values are escaped (& < > " '),
/// characters XML 1.0 does not allow (most C0 controls, U+FFFE, U+FFFF) and the discouraged
/// DEL and C1 controls are dropped, CR LF and lone CR become LF, and invalid UTF-8 bytes become
/// U+FFFD, so the result is well-formed whatever the input. Every entry has an author (the feed
/// has none of its own, RFC 4287 4.1.1).
std::string write_atom(const AtomFeed& feed);

} // namespace rundum::format
