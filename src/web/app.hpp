// SPDX-License-Identifier: EUPL-1.2
// The web application as one function from request to response: routing, caching, security
// headers and the boundary that turns bugs into a friendly 500 page.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

#include "core/result.hpp"
#include "geo/germany_map.hpp"
#include "i18n/catalogue.hpp"
#include "store/store.hpp"
#include "web/http/app_config.hpp"
#include "web/http/http_types.hpp"
#include "web/http/page_cache.hpp"
#include "web/http/router.hpp"
#include "web/http/services.hpp"
#include "web/http/templates.hpp"

namespace rundum::web {

/// Everything a request needs, built once at start.
class App {
public:
    /// Parses templates and the map; fails only on a broken build (Internal).
    static Result<std::unique_ptr<App>> create(store::Store& store, search::SearchIndex& search_index,
                                               const i18n::Catalogue& catalogue, AppConfig config = {},
                                               auth::PasswordHashCost hash_cost = {});

    /// Answers one request. Never throws; safe to call from several threads at once.
    Response handle(const Request& request);

    /// The answer to a request that is refused from its head alone, before its body is read
    /// (a form sent without any form token); nullopt when the body is to be read.
    std::optional<Response> refuse_before_body(const Request& head);

    /// What handlers use, for background jobs that build the same things (the meeting mailer's
    /// calendar events).
    Services& services() { return m_services; }

    /// The largest body the server reads for a request with this head (the route's limit).
    std::size_t body_limit(const Request& head, std::size_t upload_bytes) const;

private:
    App(store::Store& store, search::SearchIndex& search_index, const i18n::Catalogue& catalogue,
        std::unique_ptr<Templates> templates, geo::GermanyMap map, AppConfig config,
        auth::PasswordHashCost hash_cost);

    Response route(Request& request);
    std::optional<Response> without_trailing_slash(const Request& request);
    Result<void> check_form_token(const Request& request) const;
    std::optional<Response> refuse_by_access(const Request& request, const Route& route);
    Response answer(const Request& request, const Route& route, const PathParams& params);
    Response respond(const Request& request, const Route& route, const PathParams& params);
    void identify(Request& request);

    std::unique_ptr<Templates> m_templates;
    geo::GermanyMap m_map;
    PageCache m_cache;
    AppConfig m_config;
    auth::PasswordHasher m_hasher;
    search::IndexFollower m_follower;
    Services m_services;
    Router m_router;
    std::atomic<std::uint64_t> m_incidents{0}; ///< numbers failed requests, for the log and the user
};

} // namespace rundum::web
