// SPDX-License-Identifier: EUPL-1.2
// Making one-time account links at send time and putting them into a mail's text in memory.
#include "web/accounts/account_links.hpp"

#include "auth/tokens.hpp"
#include "web/http/clock.hpp"

namespace rundum::web {

AccountLinkSettings account_link_settings(const AppConfig& config)
{
    std::string base = config.base_url;
    while (base.ends_with('/')) {
        base.pop_back();
    }
    return AccountLinkSettings{base, config.invitation_lifetime, RESET_LINK_LIFETIME};
}

Result<std::string> mint_account_link(store::Store& store, const AccountLinkSettings& settings,
                                      std::string_view user_id, TokenPurpose purpose)
{
    const std::string token = auth::random_token();
    const bool first_password = purpose == TokenPurpose::SetPassword;
    const auto expires = std::chrono::system_clock::now() +
                         (first_password ? settings.invitation_lifetime : settings.reset_lifetime);
    RUNDUM_TRY(store.add_one_time_token(auth::token_hash(token), user_id, purpose, iso_utc(expires)));
    return settings.base_url + (first_password ? "/passwort-setzen/" : "/passwort-neu/") + token;
}

QueuedMail account_link_mail(std::string to, std::string subject, std::string body, TokenPurpose purpose,
                             std::string user_id)
{
    QueuedMail mail{0, std::move(to), std::move(subject), std::move(body), 0, ""};
    mail.link_purpose = purpose;
    mail.link_user_id = std::move(user_id);
    return mail;
}

Result<std::string> body_with_account_link(store::Store& store, const AccountLinkSettings& settings,
                                           const QueuedMail& mail)
{
    if (!mail.link_purpose) {
        return mail.body;
    }
    RUNDUM_TRY_ASSIGN(user, store.find_user(mail.link_user_id));
    if (!user) {
        return fail(ErrorCode::Invalid, "error.account.link_invalid", {}, "the account of this link is gone");
    }
    if (*mail.link_purpose == TokenPurpose::SetPassword && user->has_password) {
        return fail(ErrorCode::Invalid, "error.account.link_invalid", {}, "the invitation was accepted already");
    }
    if (*mail.link_purpose == TokenPurpose::ResetPassword && !user->has_password) {
        return fail(ErrorCode::Invalid, "error.account.link_invalid", {}, "the account has no password to reset");
    }
    RUNDUM_TRY_ASSIGN(link, mint_account_link(store, settings, user->id, *mail.link_purpose));
    std::string body = mail.body;
    for (auto at = body.find(ACCOUNT_LINK_PLACEHOLDER); at != std::string::npos;
         at = body.find(ACCOUNT_LINK_PLACEHOLDER, at + link.size())) {
        body.replace(at, ACCOUNT_LINK_PLACEHOLDER.size(), link);
    }
    return body;
}

} // namespace rundum::web
