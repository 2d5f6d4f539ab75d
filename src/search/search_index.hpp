// SPDX-License-Identifier: EUPL-1.2
// The search engine of rundum: one index over everything the network publishes (projects and
// cities now; meetings, questions and challenges later), built on Xapian with German analysis.
// It knows nothing of the database: the web layer turns stored things into SearchDocuments and
// keeps the index current by following the store's change log (search/index_follower.hpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace rundum::search {

/// Who may see a document.
enum class Visibility {
    Public,      ///< everyone
    MembersOnly, ///< signed-in members of the network
};

/// One thing to find. `kind` + `id` identify it; everything else is what it is found by.
struct SearchDocument {
    std::string kind;    ///< "project", "city", ...
    std::string id;      ///< unique within its kind
    std::string title;   ///< weighted highest
    std::string summary; ///< weighted second
    std::string body;    ///< all other text (plain text, Markdown already stripped), weighted least
    Visibility visibility{Visibility::Public};
    /// Facet values by facet name, e.g. {"topic", {"wohnen-und-mieten", "bildung"}},
    /// {"city", {"leipzig"}}, {"status", {"laeuft"}}, {"year", {"2023", "2024"}}. A document
    /// may have several values per facet. Values are machine keys (no spaces needed).
    std::map<std::string, std::vector<std::string>> facets;
    std::string sort_title; ///< for sorting by title (already folded by the caller or not)
    std::string sort_date;  ///< ISO 8601, for sorting newest first
};

/// How results are ordered.
enum class SortOrder {
    Relevance, ///< best match first; without query text, newest first
    Newest,    ///< sort_date descending
    Title,     ///< sort_title ascending, German collation good enough for folded text
};

/// A search: free text (may be empty: then every visible document of the kinds matches),
/// filters and a page.
struct SearchQuery {
    /// Every word must match, stop words ("und", "für") excepted; words of four letters or more
    /// also match compounds that begin or end with them ("Kita" → "Kitaausbau", "Armut" →
    /// "Kinderarmut"); a word of six letters or more that matches nothing is replaced by its
    /// best neighbour one typo away (SearchResults::corrections). At most 1000 bytes.
    std::string text;
    std::vector<std::string> kinds;  ///< empty: all kinds
    /// Filters by facet: a document matches when, for every facet named here, it has at least
    /// one of the listed values (OR within a facet, AND across facets). A facet named with no
    /// values filters nothing.
    std::map<std::string, std::vector<std::string>> filters;
    bool include_members_only{false};
    SortOrder sort{SortOrder::Relevance};
    std::size_t offset{0};
    std::size_t limit{20}; ///< at most 1000
    /// Facets to count over all matches (not only the page), e.g. {"topic", "city"}. The count
    /// for a facet ignores that facet's own filter, so a user sees how many they would get by
    /// choosing another value ("disjunctive" facets).
    std::vector<std::string> facets;
    /// Documents (kind, id) that count for nothing: no hit, and no part of totals, facets or
    /// corrections. Searching an index that is behind the store withholds what changed since.
    std::vector<std::pair<std::string, std::string>> withheld;
};

/// One found document.
struct SearchHit {
    std::string kind;
    std::string id;
    std::string title;
    /// A short passage of the document around what matched, as HTML: the text is escaped and the
    /// matched words are wrapped in <mark>…</mark>. Safe to insert unescaped.
    std::string snippet_html;
    double relevance{0}; ///< Xapian's weight; 0 when not sorted by relevance
};

/// A value of a facet with how many matches carry it.
struct FacetCount {
    std::string value;
    std::size_t count{0};
};

struct SearchResults {
    std::size_t total{0}; ///< exact number of matches
    std::vector<SearchHit> hits;
    /// Per requested facet, values with count > 0, most frequent first, ties by value.
    std::map<std::string, std::vector<FacetCount>> facets;
    /// When a query word matched nothing and a word one typo away did, the words used instead
    /// (original → replacement), so the page can say "Ergebnisse für …".
    std::map<std::string, std::string> corrections;
};

/// The index. Thread-safe: any number of concurrent searches; writes are serialised and become
/// visible to searches started after the write returns.
class SearchIndex {
public:
    /// An index kept in the directory (created if missing). The directory belongs to this one
    /// process; several processes each keep their own.
    static Result<std::unique_ptr<SearchIndex>> open(const std::filesystem::path& directory);

    virtual ~SearchIndex() = default;

    /// Adds or replaces the document with the same kind and id.
    virtual Result<void> put(const SearchDocument& document) = 0;
    /// Adds or replaces many documents in one commit (full rebuilds).
    virtual Result<void> put_all(const std::vector<SearchDocument>& documents) = 0;
    /// Removes a document; no error if it is not there.
    virtual Result<void> remove(const std::string& kind, const std::string& id) = 0;
    /// Removes everything, metadata included (before a full rebuild).
    virtual Result<void> clear() = 0;
    /// Rewrites the index files from the live documents only: words of removed and replaced
    /// documents, which stay in freed blocks of the files until then, are gone afterwards (a
    /// member's erasure). Searches go on meanwhile; writes wait for it.
    virtual Result<void> compact() = 0;

    virtual Result<SearchResults> search(const SearchQuery& query) const = 0;

    /// Completions for what someone is typing: titles of visible documents containing a word
    /// that begins with the last (partial) word of `typed`, best first, at most `limit`. The
    /// partial word needs two letters; a trailing space makes it a whole word. Each hit's
    /// snippet_html is its title, escaped, with the matching words marked.
    virtual Result<std::vector<SearchHit>> suggest(const std::string& typed, bool include_members_only,
                                                   std::size_t limit) const = 0;

    /// A value the owner stores with the index (the change-log position it reflects).
    virtual Result<void> set_metadata(const std::string& key, const std::string& value) = 0;
    virtual Result<std::string> metadata(const std::string& key) const = 0;

    /// Number of documents in the index.
    virtual std::size_t size() const = 0;
};

} // namespace rundum::search
