// SPDX-License-Identifier: EUPL-1.2
// Relevance: title above summary above body, exact words above compound parts, equal weights by
// kind and id, and filters that restrict without changing weights.
#include "sample_projects.hpp"

namespace rundum::search::testing {
namespace {

using Ranking = SearchTest;

// Body texts of equal length, so that only where a word stands decides.
const std::string filler = "Das Angebot wurde gemeinsam mit Trägern und Eltern entwickelt.";

TEST_F(Ranking, TitleHitRanksAboveSummaryHitAboveBodyHit)
{
    put({project("body", "Offener Treff", "Ein Ort für alle Generationen.",
                 filler + " Auch Stadtteilmütter helfen mit."),
         project("title", "Stadtteilmütter im Quartier", "Ein Ort für alle Generationen.",
                 filler + " Auch Nachbarinnen helfen mit."),
         project("summary", "Offener Treff", "Stadtteilmütter für alle Generationen.",
                 filler + " Auch Nachbarinnen helfen mit.")});
    EXPECT_EQ(ids("Stadtteilmütter"), (Ids{"title", "summary", "body"}));
}

TEST_F(Ranking, TitleHitRanksAboveRepeatedBodyHits)
{
    put({project("body", "Offener Treff", "",
                 "Lesepaten lesen vor. Lesepaten kommen jede Woche. Lesepaten sind Ehrenamtliche."),
         project("title", "Lesepaten an Grundschulen", "", filler)});
    EXPECT_EQ(ids("Lesepaten"), (Ids{"title", "body"}));
}

TEST_F(Ranking, ExactWordRanksAboveCompoundPart)
{
    put({project("compound", "Plätze", "", filler + " Der Kitaausbau geht voran."),
         project("exact", "Plätze", "", filler + " Die neue Kita geht voran.")});
    EXPECT_EQ(ids("Kita"), (Ids{"exact", "compound"}));
}

TEST_F(Ranking, ExactWordRanksAboveCommonCompoundPart)
{
    // With over 500 documents "Kitaausbau" is common enough to be ranked from its in-memory
    // bitmap (hot_terms.hpp) once the index is reopened: exact words must still come first.
    std::vector<SearchDocument> documents;
    documents.reserve(521);
    for (int i = 0; i < 520; ++i) {
        documents.push_back(project("compound" + std::to_string(i), "Plätze", "",
                                    filler + " Der Kitaausbau geht voran."));
    }
    documents.push_back(project("exact", "Plätze", "", filler + " Die neue Kita geht voran."));
    put(documents);
    open();
    SearchQuery query = text("Kita");
    query.limit = 3;
    SearchResults results = search(query);
    EXPECT_EQ(results.total, 521U);
    ASSERT_EQ(results.hits.size(), 3U);
    EXPECT_EQ(results.hits[0].id, "exact");
    EXPECT_EQ(results.hits[1].id, "compound0"); // equal weights: by id
    EXPECT_EQ(results.hits[2].id, "compound1");
}

TEST_F(Ranking, EqualWeightsAreOrderedByKindThenId)
{
    SearchDocument city = project("leipzig", "Elterncafé");
    city.kind = "city";
    put({project("c", "Elterncafé"), city, project("a", "Elterncafé"), project("b", "Elterncafé")});
    SearchResults results = search(text("Elterncafé"));
    ASSERT_EQ(results.hits.size(), 4U);
    EXPECT_EQ(results.hits[0].kind, "city");
    EXPECT_EQ(ids("Elterncafé"), (Ids{"leipzig", "a", "b", "c"}));
}

TEST_F(Ranking, SameQueryGivesSameResults)
{
    put(sample_projects());
    SearchResults first = search(text("Familien Kinder"));
    SearchResults second = search(text("Familien Kinder"));
    ASSERT_EQ(first.hits.size(), second.hits.size());
    for (std::size_t i = 0; i < first.hits.size(); ++i) {
        EXPECT_EQ(first.hits[i].id, second.hits[i].id);
        EXPECT_EQ(first.hits[i].relevance, second.hits[i].relevance);
        EXPECT_EQ(first.hits[i].snippet_html, second.hits[i].snippet_html);
    }
}

TEST_F(Ranking, FiltersDoNotChangeWeights)
{
    std::vector<SearchDocument> projects = sample_projects();
    projects[1].facets["topic"] = {"familien-und-kinderarmut"};
    put(projects);
    SearchQuery filtered = text("Familien");
    filtered.filters["topic"] = {"familien-und-kinderarmut"};
    SearchResults narrow = search(filtered);
    SearchResults wide = search(text("Familien"));
    ASSERT_EQ(narrow.hits.size(), 1U);
    for (const SearchHit& hit : wide.hits) {
        if (hit.id == narrow.hits[0].id) {
            EXPECT_EQ(hit.relevance, narrow.hits[0].relevance);
        }
    }
}

TEST_F(Ranking, RelevanceIsZeroWhenNotSortedByRelevance)
{
    put(sample_projects());
    SearchQuery query = text("Kinder");
    query.sort = SortOrder::Newest;
    for (const SearchHit& hit : search(query).hits) {
        EXPECT_EQ(hit.relevance, 0.0);
    }
    for (const SearchHit& hit : search(text("Kinder")).hits) {
        EXPECT_GT(hit.relevance, 0.0);
    }
}

} // namespace
} // namespace rundum::search::testing
