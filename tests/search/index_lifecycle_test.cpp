// SPDX-License-Identifier: EUPL-1.2
// Writing and keeping the index: replace, remove, clear, bulk writes that are all or nothing,
// metadata, reopening, a second process, invalid input, and searches while writing.
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "sample_projects.hpp"

namespace rundum::search::testing {
namespace {

using IndexLifecycle = SearchTest;

TEST_F(IndexLifecycle, PutReplacesTheDocumentWithSameKindAndId)
{
    put({project("p", "Kita-Ausbau")});
    put({project("p", "Spielstraße")});
    EXPECT_EQ(index().size(), 1U);
    EXPECT_TRUE(ids("Kita").empty());
    EXPECT_EQ(ids("Spielstraße"), (Ids{"p"}));
}

TEST_F(IndexLifecycle, SameIdOfAnotherKindIsAnotherDocument)
{
    SearchDocument city = project("leipzig", "Leipzig");
    city.kind = "city";
    put({project("leipzig", "Leipzig"), city});
    EXPECT_EQ(index().size(), 2U);
}

TEST_F(IndexLifecycle, RemoveDeletesAndMissingIsNoError)
{
    put(sample_projects());
    ASSERT_TRUE(index().remove("project", "p-leipzig-kita"));
    EXPECT_EQ(index().size(), 4U);
    EXPECT_FALSE(has(ids("Kita"), "p-leipzig-kita"));
    EXPECT_TRUE(index().remove("project", "p-leipzig-kita"));
    EXPECT_TRUE(index().remove("city", "nirgendwo"));
}

TEST_F(IndexLifecycle, ClearRemovesEverything)
{
    put(sample_projects());
    ASSERT_TRUE(index().set_metadata("position", "42"));
    ASSERT_TRUE(index().clear());
    EXPECT_EQ(index().size(), 0U);
    EXPECT_EQ(search(SearchQuery{}).total, 0U);
    EXPECT_EQ(*index().metadata("position"), "");
    put({kita_leipzig()});
    EXPECT_EQ(ids("Kita"), (Ids{"p-leipzig-kita"}));
}

TEST_F(IndexLifecycle, PutAllWithAnInvalidDocumentWritesNothing)
{
    std::vector<SearchDocument> documents = sample_projects();
    documents.push_back(project("", "Ohne Kennung"));
    auto written = index().put_all(documents);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, ErrorCode::Invalid);
    EXPECT_EQ(written.error().key, "error.search.invalid_document");
    EXPECT_EQ(index().size(), 0U);
    EXPECT_TRUE(ids("Kita").empty());
}

TEST_F(IndexLifecycle, InvalidKindsAndFacetsAreRejected)
{
    SearchDocument bad_kind = project("p", "Titel");
    bad_kind.kind = "Project Kind";
    EXPECT_EQ(index().put(bad_kind).error().key, "error.search.invalid_document");
    SearchDocument bad_facet = project("p", "Titel");
    bad_facet.facets["Topic Name"] = {"bildung"};
    EXPECT_EQ(index().put(bad_facet).error().key, "error.search.invalid_document");
    SearchDocument long_value = project("p", "Titel");
    long_value.facets["target"] = {std::string(161, 'x')};
    EXPECT_EQ(index().put(long_value).error().key, "error.search.invalid_document");
    EXPECT_EQ(index().size(), 0U);
}

TEST_F(IndexLifecycle, EmptyFacetValuesAreLeftOut)
{
    SearchDocument document = project("p", "Titel");
    document.facets["target"] = {"", "Eltern mit Neugeborenen"};
    put({document});
    SearchQuery query;
    query.facets = {"target"};
    SearchResults results = search(query);
    ASSERT_EQ(results.facets["target"].size(), 1U);
    EXPECT_EQ(results.facets["target"][0].value, "Eltern mit Neugeborenen");
}

TEST_F(IndexLifecycle, MetadataRoundTripsAndSurvivesReopening)
{
    ASSERT_TRUE(index().set_metadata("change_log_position", "1234"));
    EXPECT_EQ(*index().metadata("change_log_position"), "1234");
    EXPECT_EQ(*index().metadata("unknown"), "");
    open();
    EXPECT_EQ(*index().metadata("change_log_position"), "1234");
    EXPECT_EQ(index().set_metadata("", "x").error().key, "error.search.invalid_metadata_key");
}

TEST_F(IndexLifecycle, ReopenedIndexKeepsDocumentsFacetsAndVisibility)
{
    std::vector<SearchDocument> documents = sample_projects();
    documents[0].facets["city"] = {"leipzig"};
    documents[0].sort_date = "2024-05-01";
    documents[1].facets["city"] = {"halle"};
    documents[1].visibility = Visibility::MembersOnly;
    put(documents);
    open();
    EXPECT_EQ(index().size(), 5U);
    SearchQuery query;
    query.facets = {"city"};
    SearchResults results = search(query);
    EXPECT_EQ(results.total, 4U); // the members-only one is hidden
    ASSERT_EQ(results.facets["city"].size(), 1U);
    EXPECT_EQ(results.facets["city"][0].value, "leipzig");
    EXPECT_EQ(results.hits[0].id, "p-leipzig-kita"); // the only one with a date: newest
    query.filters["city"] = {"halle"};
    query.include_members_only = true;
    EXPECT_EQ(ids(query), (Ids{"p-halle-kinderarmut"}));
}

TEST_F(IndexLifecycle, SecondOpenOfTheSameDirectoryIsRefused)
{
    auto second = SearchIndex::open(directory());
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(second.error().key, "error.search.locked");
}

TEST_F(IndexLifecycle, UnusableDirectoryIsUnavailable)
{
    auto opened = SearchIndex::open("/proc/rundum-no-such-place/index");
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code, ErrorCode::Unavailable);
    EXPECT_EQ(opened.error().key, "error.search.unavailable");
}

TEST_F(IndexLifecycle, OverlongQueriesAndPagesAreRejected)
{
    SearchQuery query = text(std::string(1001, 'a'));
    EXPECT_EQ(index().search(query).error().key, "error.search.query_too_long");
    SearchQuery page;
    page.limit = 1001;
    EXPECT_EQ(index().search(page).error().key, "error.search.page_too_large");
}

TEST_F(IndexLifecycle, SearchesWhileWritingSeeWholeWrites)
{
    put(sample_projects()); // three of them have a Familie… word
    std::atomic<bool> writing{true};
    std::atomic<int> failures{0};
    std::vector<std::thread> readers;
    readers.reserve(3);
    for (int reader = 0; reader < 3; ++reader) {
        readers.emplace_back([&] {
            while (writing) {
                auto results = index().search(text("Familien"));
                // every write adds a pair of documents: a search sees both or neither
                if (!results || (results->total - 3) % 2 != 0) {
                    ++failures;
                }
            }
        });
    }
    for (int pair = 0; pair < 10; ++pair) {
        std::string number = std::to_string(pair);
        ASSERT_TRUE(index().put_all(
            {project("a" + number, "Familien"), project("b" + number, "Familien")}));
    }
    writing = false;
    for (std::thread& reader : readers) {
        reader.join();
    }
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(search(text("Familien")).total, 23U);
}

TEST_F(IndexLifecycle, CommonWordBitmapsFollowWrites)
{
    // Over 500 documents make "Elternbrief" a hot term once the index is reopened; later writes
    // must keep its in-memory bitmap right.
    std::vector<SearchDocument> documents;
    documents.reserve(520);
    for (int i = 0; i < 520; ++i) {
        const std::string number = std::to_string(i);
        // Appended, not "p" + number: g++ 12 at -O3 warns falsely (-Wrestrict) about the latter.
        std::string id = "p";
        id += number;
        documents.push_back(project(id, "Elternbrief " + number));
    }
    put(documents);
    open();
    EXPECT_EQ(search(text("Elternbrief")).total, 520U);
    put({project("p0", "Spielplatz"), project("neu", "Elternbrief Nummer zwei")});
    ASSERT_TRUE(index().remove("project", "p1"));
    EXPECT_EQ(search(text("Elternbrief")).total, 519U);
    EXPECT_FALSE(has(ids("Elternbrief"), "p0"));
}

// Whether any file of the index holds the bytes.
bool index_files_hold(const std::filesystem::path& directory, const std::string& bytes)
{
    for (const auto& entry : std::filesystem::recursive_directory_iterator(directory)) {
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (entry.is_regular_file() && content.find(bytes) != std::string::npos) {
            return true;
        }
    }
    return false;
}

TEST_F(IndexLifecycle, CompactionDropsTheWordsOfRemovedDocumentsFromTheFilesAndKeepsTheRest)
{
    put(sample_projects());
    put({project("weg", "Quarzsandhaufen im Hof")});
    ASSERT_TRUE(index().set_metadata("position", "7"));
    ASSERT_TRUE(index().remove("project", "weg"));
    EXPECT_TRUE(ids("Quarzsandhaufen").empty());
    ASSERT_TRUE(index_files_hold(directory(), "quarzsandhauf")) << "removed, but still in freed blocks";
    const Ids kita_before = ids("Kita");

    ASSERT_TRUE(index().compact());
    EXPECT_FALSE(index_files_hold(directory(), "quarzsandhauf"));
    EXPECT_EQ(index().size(), sample_projects().size());
    EXPECT_EQ(ids("Kita"), kita_before);
    EXPECT_EQ(*index().metadata("position"), "7");
    put({project("neu", "Bolzplatzwiese")});
    EXPECT_EQ(ids("Bolzplatzwiese"), (Ids{"neu"}));
}

TEST_F(IndexLifecycle, ClearLeavesNoWordOfTheOldDocumentsInTheFiles)
{
    put({project("weg", "Quarzsandhaufen im Hof")});
    ASSERT_TRUE(index_files_hold(directory(), "quarzsandhauf"));
    ASSERT_TRUE(index().clear());
    put(sample_projects());
    EXPECT_FALSE(index_files_hold(directory(), "quarzsandhauf")) << "a rebuild starts from fresh files";
}

} // namespace
} // namespace rundum::search::testing
