// SPDX-License-Identifier: EUPL-1.2
// The network office's page: members, invitations, the audit log.
#pragma once

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> admin_page(const Request& request, Services& services);    ///< GET /verwaltung
Result<Response> invite_member(const Request& request, Services& services); ///< POST /verwaltung/einladen

/// Creates an account without password (its first password comes through a one-time link).
Result<User> create_member(store::Store& store, const std::string& email, Role role, const std::string& city_id);

/// Creates an account without password and its one-time link; returns the link's URL, which
/// exists nowhere else (for `rundum user add`, which prints it).
Result<std::string> create_member_with_link(store::Store& store, const AppConfig& config,
                                            const std::string& email, Role role,
                                            const std::string& city_id);

/// How many whole hours an invitation link works.
std::int64_t invitation_hours(const AppConfig& config);

/// The invitation to `member` from `inviter`; its link is made when it is sent.
QueuedMail invitation_mail(const i18n::Catalogue& catalogue, const AppConfig& config, const User& member,
                           const std::string& inviter);

} // namespace rundum::web
