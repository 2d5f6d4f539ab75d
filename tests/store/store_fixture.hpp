// SPDX-License-Identifier: EUPL-1.2
// What the store tests share: a fresh store on the backend under test (SQLite, or PostgreSQL
// when the test runs against it) with a few member cities and projects, and a check that a
// write moved data_version (pages cached under the old version must not be served after it).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "process.hpp"
#include "store/open_store.hpp"
#include "test_database.hpp"

namespace rundum::store {

/// A member city with id "city-<slug>".
City sample_city(const std::string& slug, const std::string& name);

/// A public, running project of the city "city-<city_slug>", created on 2026-01-01.
Project sample_project(const std::string& id, const std::string& city_slug, const std::string& title);

class FreshStoreTest : public ::testing::Test {
protected:
    /// Creates the store with `cities` and saves `projects`; a failure fails the test (check
    /// HasFatalFailure() after calling it from SetUp).
    void open_store(const std::vector<City>& cities, const std::vector<Project>& projects = {});

    /// Whether `write` moved the store's data_version.
    template <typename Write> bool moves_version(Write&& write)
    {
        const auto before = m_store->data_version().value();
        write();
        return m_store->data_version().value() != before;
    }

    rundum::testing::TemporaryDirectory m_directory;
    rundum::testing::TestDatabase m_database;
    std::unique_ptr<Store> m_store;
};

} // namespace rundum::store
