// SPDX-License-Identifier: EUPL-1.2
// Fuzzes what turns typed text into a search (search::plan_search and plan_suggestion: German
// analysis, stop words, compound expansion, typo correction) over a small in-memory index with
// enough documents for hot-term bitmaps, and runs the resulting queries.
#include "fuzz_support.hpp"

#include <array>
#include <string>

#include <xapian.h>

#include "search/document_builder.hpp"
#include "search/hot_terms.hpp"
#include "search/query_builder.hpp"

using namespace rundum;

namespace {

struct Index {
    Xapian::WritableDatabase database{std::string(), Xapian::DB_BACKEND_INMEMORY};
    search::HotTerms hot;

    Index()
    {
        constexpr std::array<const char*, 8> TITLES = {
            "Kitaausbau in der Innenstadt", "Familienzentrum Nord",  "Begrüßungspaket für Neugeborene",
            "Straßenfest der Familien",     "Willkommensbesuche",    "Ferienprogramm für Schulkinder",
            "Kinderarmut bekämpfen",        "Wohnen und Mieten für Familien"};
        // Over MIN_HOT_FREQUENCY documents share "Familie", so its bitmap is used.
        for (std::size_t i = 0; i < search::MIN_HOT_FREQUENCY + 20; ++i) {
            search::SearchDocument document;
            document.kind = i % 3 == 0 ? "city" : "project";
            document.id = "d" + std::to_string(i);
            document.title = TITLES[i % TITLES.size()];
            document.summary = "Familie und Kita, Projekt " + std::to_string(i);
            document.body = i % 2 == 0 ? "Elterncafé mit Sprachförderung" : "Öffnungszeiten der Kindertagesstätte";
            document.visibility = i % 5 == 0 ? search::Visibility::MembersOnly : search::Visibility::Public;
            document.facets = {{"topic", {i % 2 == 0 ? "bildung" : "wohnen"}}};
            document.sort_title = document.title;
            document.sort_date = "2026-01-01";
            auto built = search::build_document(document);
            FUZZ_CHECK(built.has_value());
            database.replace_document(built->id_term, built->document);
        }
        database.commit();
        hot.load(database);
    }
};

void check_plan(const Xapian::Database& database, const search::HotTerms& hot, const search::TextPlan& plan)
{
    FUZZ_CHECK(plan.words.size() <= search::MAX_QUERY_WORDS);
    FUZZ_CHECK(plan.stems_by_word().size() == plan.words.size());
    const std::size_t capacity = database.get_lastdocid() + 1;
    const search::DocSet matches = search::text_matches(database, hot, plan, capacity);
    FUZZ_CHECK(matches.count() <= database.get_doccount());
    Xapian::Enquire enquire(database);
    enquire.set_query(plan.query());
    const Xapian::MSet found = enquire.get_mset(0, 10);
    for (auto it = found.begin(); it != found.end(); ++it) {
        FUZZ_CHECK(*it >= 1 && *it < capacity);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const Index index;
    // Half the documents stand for the public's: corrections then come from those alone.
    static const search::DocSet visible = [] {
        search::DocSet set(index.database.get_lastdocid() + 1);
        for (Xapian::docid id = 1; id <= index.database.get_lastdocid(); id += 2) {
            set.insert(id);
        }
        return set;
    }();
    const std::string_view text = fuzz::text_of(data, size);
    check_plan(index.database, index.hot, search::plan_search(index.database, index.hot, text, nullptr));
    check_plan(index.database, index.hot, search::plan_search(index.database, index.hot, text, &visible));
    check_plan(index.database, index.hot, search::plan_suggestion(index.database, index.hot, text));
    return 0;
}
