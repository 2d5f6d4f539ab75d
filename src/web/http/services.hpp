// SPDX-License-Identifier: EUPL-1.2
// What every handler may use: the store, texts, templates, the map and the page cache.
#pragma once

#include "auth/password_hashing.hpp"
#include "geo/germany_map.hpp"
#include "i18n/catalogue.hpp"
#include "search/index_follower.hpp"
#include "search/search_index.hpp"
#include "store/store.hpp"
#include "web/http/app_config.hpp"
#include "web/http/page_cache.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// The dependencies of handlers, built once at start and shared by all requests.
struct Services {
    store::Store& store;
    const i18n::Catalogue& catalogue;
    Templates& templates;
    const geo::GermanyMap& map;
    PageCache& cache;
    auth::PasswordHasher& hasher;
    const AppConfig& config;
    search::SearchIndex& search_index;
    search::IndexFollower& search_follower;
};

} // namespace rundum::web
