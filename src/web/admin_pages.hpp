// The network office's page: members, invitations, the audit log.
#pragma once

#include "web/http_types.hpp"
#include "web/services.hpp"

namespace rundum::web {

Response admin_page(const Request& request, Services& services);    ///< GET /verwaltung
Response invite_member(const Request& request, Services& services); ///< POST /verwaltung/einladen

/// Creates an account without password and its one-time link; returns the link's URL.
/// Shared by the web form and `rundum user add`.
Result<std::string> create_member_with_link(store::Store& store, const AppConfig& config,
                                            const std::string& email, Role role,
                                            const std::string& city_id);

} // namespace rundum::web
