// SPDX-License-Identifier: EUPL-1.2
// The member's account: API tokens, notifications and their mail, sign out everywhere, own
// data, deletion.
#include "web/accounts/account_pages.hpp"

#include <spdlog/spdlog.h>

#include "mail/file_transport.hpp"
#include "web/accounts/notification_mail_pages.hpp"
#include "web/accounts/notification_pages.hpp"
#include "web/accounts/session_cookie.hpp"
#include "web/http/clock.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

// What stands in place of an erased member's name: "ein ehemaliges Mitglied (Leipzig)".
std::string former_member_name(const i18n::Catalogue& catalogue, const std::string& city_name)
{
    return city_name.empty() ? catalogue.text("account.former_member")
                             : catalogue.text("account.former_member_of", {city_name});
}

// The member's city; none without one (or when the cities cannot be read).
std::optional<City> city_of(Services& services, const User& user)
{
    if (user.city_id.empty()) {
        return std::nullopt;
    }
    if (auto cities = services.store.list_cities()) {
        for (const City& city : *cities) {
            if (city.id == user.city_id) {
                return city;
            }
        }
    }
    return std::nullopt;
}

void add_api_tokens(TemplateData& page, Services& services, const User& user)
{
    auto tokens = services.store.api_tokens(user.id);
    if (!tokens) {
        return;
    }
    kainjow::mustache::list list;
    for (const ApiTokenInfo& token : *tokens) {
        TemplateData row{TemplateData::type::object};
        row.set("id", token.id);
        row.set("label", token.label);
        row.set("created_at", readable_time(token.created_at));
        row.set("last_used_at", token.last_used_at.empty() ? services.catalogue.text("account.api.never_used")
                                                           : readable_time(token.last_used_at));
        list.push_back(row);
    }
    page.set("has_tokens", !list.empty());
    page.set("tokens", list);
}

} // namespace

Response account_page(const Request& request, Services& services)
{
    return account_page_with(request, services, TemplateData{TemplateData::type::object});
}

Response account_page_with(const Request& request, Services& services, TemplateData page)
{
    const User& user = *request.visitor.user;
    page.set("name", user.name);
    page.set("email", user.email);
    page.set("role", services.catalogue.text("account.role." + std::string(role_name(user.role))));
    page.set("is_admin", user.role == Role::Admin);
    const std::optional<City> city = city_of(services, user);
    if (city) {
        page.set("city_name", city->name);
        page.set("city_slug", city->slug);
    }
    page.set("erasure_pseudonym", former_member_name(services.catalogue, city ? city->name : std::string()));
    add_api_tokens(page, services, user);
    add_notifications(page, services, user);
    add_notification_mail_choice(page, services, user);
    page.set("nav_account", true);
    return html_page(request, services, "account", std::move(page), "account.title");
}

Response account_form_error(const Request& request, Services& services, const std::string& field,
                            const std::string& message, int status)
{
    TemplateData page{TemplateData::type::object};
    set_field_errors(page, {{field, message}});
    Response response = account_page_with(request, services, std::move(page));
    response.status = status;
    return response;
}

Result<Response> sign_out_everywhere(const Request& request, Services& services)
{
    RUNDUM_TRY(services.store.remove_sessions_of(request.visitor.user->id));
    if (Form::parse(request.body).value("api_tokens") == "ja") {
        // Offered beside the button: a lost laptop may hold a key too.
        RUNDUM_TRY(services.store.revoke_api_tokens_of(request.visitor.user->id));
        audit(request, services, "api_tokens_revoked", request.visitor.user->email);
    }
    audit(request, services, "sign_out_everywhere", request.visitor.user->email);
    return end_session_cookie(redirect_to("/anmelden"), services);
}

Result<Response> delete_account(const Request& request, Services& services)
{
    if (!Form::parse(request.body).is_confirmed()) {
        return account_form_error(request, services, "confirm",
                                  services.catalogue.text("error.account.confirm_delete"), 400);
    }
    const User user = *request.visitor.user;
    const std::optional<City> city = city_of(services, user);
    const std::string pseudonym = former_member_name(services.catalogue, city ? city->name : std::string());
    RUNDUM_TRY(services.store.erase_member(user.id, pseudonym));
    // Written afterwards, so that it names no one either.
    if (auto logged = services.store.add_audit_entry({now_iso(), "", pseudonym, "account_deleted", pseudonym, ""});
        !logged) {
        spdlog::error("audit log: {}", logged.error().detail);
    }
    // Mail already written as files for this instance's outbox (development and test setups).
    if (!services.config.outbox_directory.empty()) {
        if (auto removed = mail::remove_mail_files_to(services.config.outbox_directory, user.email); !removed) {
            spdlog::error("erasure: outbox {}: {}", services.config.outbox_directory, removed.error().detail);
        }
    }
    // The search index drops the words of deleted content when it is compacted, in the
    // background (jobs/search_upkeep), after it has followed the change log past the erasure.
    return end_session_cookie(redirect_to("/"), services);
}

} // namespace rundum::web
