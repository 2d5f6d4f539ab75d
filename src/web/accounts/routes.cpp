// SPDX-License-Identifier: EUPL-1.2
// Signing in and out, passwords, the member's account, API tokens, mail choice and unsubscribing, notifications.
#include "web/routes.hpp"

#include "web/accounts/account_pages.hpp"
#include "web/accounts/api_token_pages.hpp"
#include "web/accounts/notification_mail_pages.hpp"
#include "web/accounts/notification_pages.hpp"
#include "web/accounts/password_pages.hpp"
#include "web/accounts/sign_in_pages.hpp"

namespace rundum::web {

namespace {

template <TokenPurpose purpose>
Result<Response> password_page(const Request& request, Services& services, std::string_view token)
{
    return set_password_page(request, services, token, purpose);
}

template <TokenPurpose purpose>
Result<Response> password_form(const Request& request, Services& services, std::string_view token)
{
    return set_password(request, services, token, purpose);
}

} // namespace

RouteList account_routes()
{
    RouteList routes;
    routes.push_back(get("/anmelden", sign_in_page).small_form());
    routes.push_back(post("/anmelden", sign_in).small_form());
    routes.push_back(post("/abmelden", sign_out).small_form());
    routes.push_back(get("/passwort-setzen/{token}", password_page<TokenPurpose::SetPassword>));
    routes.push_back(post("/passwort-setzen/{token}", password_form<TokenPurpose::SetPassword>).small_form());
    routes.push_back(get("/passwort-neu/{token}", password_page<TokenPurpose::ResetPassword>));
    routes.push_back(post("/passwort-neu/{token}", password_form<TokenPurpose::ResetPassword>).small_form());
    routes.push_back(get("/passwort-vergessen", forgot_password_page));
    routes.push_back(post("/passwort-vergessen", forgot_password).small_form());
    routes.push_back(get("/konto", account_page).members());
    routes.push_back(post("/konto/ueberall-abmelden", sign_out_everywhere).members().small_form());
    routes.push_back(post("/konto/loeschen", delete_account).members().small_form());
    routes.push_back(post("/konto/api-token", create_api_token).members().small_form());
    routes.push_back(post("/konto/api-token/{id}/widerrufen", revoke_api_token).members().small_form());
    routes.push_back(post("/konto/benachrichtigungen", save_notification_mail_mode).members().small_form());
    routes.push_back(post("/konto/mitteilungen/gelesen", mark_notifications_read).members().small_form());
    // One click in a mail (RFC 8058): the link's token is the proof, there is no form token.
    routes.push_back(get("/benachrichtigungen/abbestellen/{token}", unsubscribe_page));
    routes.push_back(post("/benachrichtigungen/abbestellen/{token}", unsubscribe).small_form().without_form_token());
    return routes;
}

} // namespace rundum::web
