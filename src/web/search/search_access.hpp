// SPDX-License-Identifier: EUPL-1.2
// Searching from a request: the index first catches up with the database, so a page never
// shows results older than the data it was asked about (whichever instance wrote it).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "search/search_index.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Runs `query` on an index brought up to the store's newest change. When the index cannot
/// catch up (a full disk), searches it as it is, logging that at most once a minute; a search
/// without members-only documents then leaves out every record changed since the index's
/// position (it may have become members-only), and fails only when that cannot be told.
Result<search::SearchResults> search_now(Services& services, const search::SearchQuery& query);

/// Suggestions (SearchIndex::suggest) on an index brought up to the store, or as it is, as
/// search_now does.
Result<std::vector<search::SearchHit>> suggest_now(Services& services, const std::string& typed,
                                                   bool include_members_only, std::size_t limit);

/// The path of a hit's page: /praxisbeispiele/…, /fragen/… (questions, members only) or
/// /staedte/….
std::string hit_path(const search::SearchHit& hit);

/// The ids of the project hits, in their order (cities and other kinds left out).
std::vector<std::string> hit_ids(const search::SearchResults& results);

/// Display names of facet values: topic slugs, city slugs and status keys as people read them.
class FacetLabels {
public:
    /// Reads topics and cities from the store.
    static Result<FacetLabels> load(Services& services);

    /// The name for a value of a facet ("topic", "wohnen-und-mieten" -> "Wohnen und Mieten").
    std::string label(std::string_view facet, const std::string& value) const;

    /// The name of the city with this id ("" if none).
    std::string city_name_of_id(const std::string& id) const;

private:
    const i18n::Catalogue* m_catalogue{nullptr};
    std::map<std::string, std::string> m_topics; ///< slug -> name
    std::map<std::string, std::string> m_cities; ///< slug -> name
    std::map<std::string, std::string> m_cities_by_id; ///< id -> name
};

} // namespace rundum::web
