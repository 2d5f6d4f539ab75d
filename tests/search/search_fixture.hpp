// SPDX-License-Identifier: EUPL-1.2
// What the search tests share: a fresh index in its own temporary directory per test, short
// German project texts, and helpers that turn results into what a test compares (ids in order).
#pragma once

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "search/search_index.hpp"

namespace rundum::search::testing {

using Ids = std::vector<std::string>;

/// Whether `id` is among `ids`.
inline bool has(const Ids& ids, const std::string& id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// The ids in ascending order, for comparing sets.
inline Ids sorted(Ids ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

/// A project document with the fields tests vary; the rest stays empty.
inline SearchDocument project(std::string id, std::string title, std::string summary = {},
                              std::string body = {})
{
    SearchDocument document;
    document.kind = "project";
    document.id = std::move(id);
    document.title = std::move(title);
    document.summary = std::move(summary);
    document.body = std::move(body);
    document.sort_title = document.title;
    return document;
}

/// A query for text alone.
inline SearchQuery text(std::string words)
{
    SearchQuery query;
    query.text = std::move(words);
    return query;
}

class SearchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_directory = std::filesystem::temp_directory_path() /
                      ("rundum-search-" + std::to_string(::getpid()) + "-" + info->name());
        std::filesystem::remove_all(m_directory);
        open();
    }

    void TearDown() override
    {
        m_index.reset();
        std::filesystem::remove_all(m_directory);
    }

    /// (Re)opens the index of this test.
    void open()
    {
        m_index.reset();
        auto opened = SearchIndex::open(m_directory);
        ASSERT_TRUE(opened) << opened.error().key << ": " << opened.error().detail;
        m_index = std::move(*opened);
    }

    SearchIndex& index() { return *m_index; }
    const std::filesystem::path& directory() const { return m_directory; }

    void put(const std::vector<SearchDocument>& documents)
    {
        auto written = m_index->put_all(documents);
        ASSERT_TRUE(written) << written.error().key << ": " << written.error().detail;
    }

    SearchResults search(const SearchQuery& query)
    {
        auto results = m_index->search(query);
        EXPECT_TRUE(results) << results.error().key << ": " << results.error().detail;
        return results ? *results : SearchResults{};
    }

    /// The ids of the hits, in order.
    Ids ids(const SearchQuery& query)
    {
        Ids found;
        for (const SearchHit& hit : search(query).hits) {
            found.push_back(hit.id);
        }
        return found;
    }

    Ids ids(const std::string& words) { return ids(text(words)); }

    /// The snippet of the hit with `id` for `words`, or "" if it is not found.
    std::string snippet(const std::string& words, const std::string& id)
    {
        for (const SearchHit& hit : search(text(words)).hits) {
            if (hit.id == id) {
                return hit.snippet_html;
            }
        }
        return {};
    }

private:
    std::filesystem::path m_directory;
    std::unique_ptr<SearchIndex> m_index;
};

} // namespace rundum::search::testing
