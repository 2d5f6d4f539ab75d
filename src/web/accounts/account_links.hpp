// SPDX-License-Identifier: EUPL-1.2
// One-time account links in mails, made when the mail is sent: the queue keeps a placeholder and
// whose link it is, so neither a queued nor a sent mail's stored body opens an account.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "core/account.hpp"
#include "core/result.hpp"
#include "store/store.hpp"
#include "web/http/app_config.hpp"

namespace rundum::web {

/// Stands in a queued mail's body where the link goes (catalogue texts get it as their argument).
inline constexpr std::string_view ACCOUNT_LINK_PLACEHOLDER = "[[Link]]";

/// How long a password reset link works.
inline constexpr std::chrono::seconds RESET_LINK_LIFETIME = std::chrono::hours(1);

/// What making a link needs.
struct AccountLinkSettings {
    std::string base_url;                                             ///< without the last '/'
    std::chrono::seconds invitation_lifetime{std::chrono::hours(72)}; ///< first password
    std::chrono::seconds reset_lifetime{RESET_LINK_LIFETIME};         ///< forgotten password
};

/// The settings of a running site.
AccountLinkSettings account_link_settings(const AppConfig& config);

/// Makes a new one-time link for the member (their older unused link of that purpose stops
/// working) and returns its URL. The token exists only in the returned text.
Result<std::string> mint_account_link(store::Store& store, const AccountLinkSettings& settings,
                                      std::string_view user_id, TokenPurpose purpose);

/// A mail whose body (with ACCOUNT_LINK_PLACEHOLDER where the link goes) gets a `purpose` link for
/// `user_id` when it is sent.
QueuedMail account_link_mail(std::string to, std::string subject, std::string body, TokenPurpose purpose,
                             std::string user_id);

/// The body of `mail` with a link made now in place of the placeholder, for sending only (never
/// stored). Invalid when the account is gone, or when a first-password link is asked for an
/// account that has a password already; the body unchanged for a mail without a link.
Result<std::string> body_with_account_link(store::Store& store, const AccountLinkSettings& settings,
                                           const QueuedMail& mail);

} // namespace rundum::web
