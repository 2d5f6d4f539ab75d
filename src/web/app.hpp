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
#include "web/app_config.hpp"
#include "web/http_types.hpp"
#include "web/page_cache.hpp"
#include "web/services.hpp"
#include "web/templates.hpp"

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

private:
    App(store::Store& store, search::SearchIndex& search_index, const i18n::Catalogue& catalogue,
        std::unique_ptr<Templates> templates, geo::GermanyMap map, AppConfig config,
        auth::PasswordHashCost hash_cost);

    Response route(Request& request);
    Response route_public(const Request& request);
    std::optional<Response> route_members(const Request& request);
    std::optional<Response> route_projects(const Request& request);
    std::optional<Response> route_challenges(const Request& request);
    std::optional<Response> route_learning(const Request& request);
    std::optional<Response> route_questions(const Request& request);
    std::optional<Response> route_notification_mail(const Request& request);
    std::optional<Response> route_pilots(const Request& request);
    std::optional<Response> route_meetings(const Request& request);
    std::optional<Response> route_api_writes(const Request& request);
    std::optional<Response> route_api_reads(const Request& request);
    void identify(Request& request);

    std::unique_ptr<Templates> m_templates;
    geo::GermanyMap m_map;
    PageCache m_cache;
    AppConfig m_config;
    auth::PasswordHasher m_hasher;
    search::IndexFollower m_follower;
    Services m_services;
    std::atomic<std::uint64_t> m_incidents{0}; ///< numbers failed requests, for the log and the user
};

} // namespace rundum::web
