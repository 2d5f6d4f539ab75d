// SPDX-License-Identifier: EUPL-1.2
// First passwords and resets from one-time links (stored hashed), and reset mails that neither by
// their answer nor by its timing tell which addresses have accounts.
#include "web/accounts/password_pages.hpp"

#include "auth/password_policy.hpp"
#include "auth/tokens.hpp"
#include "core/text_input.hpp"
#include "web/accounts/account_links.hpp"
#include "web/accounts/session_cookie.hpp"
#include "web/http/clock.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

// Password reset mails: per account and per address within an hour, so nobody can flood a
// member's inbox or the mail server; beyond, the page says the same and sends nothing.
constexpr std::int64_t MAX_RESET_MAILS_PER_ACCOUNT = 3;
constexpr std::int64_t MAX_RESET_REQUESTS_PER_ADDRESS = 10;
// Every answer to "Passwort vergessen" takes this long, known address or not.
constexpr std::chrono::milliseconds RESET_ANSWER_TIME{400};

tl::unexpected<Error> invalid_link()
{
    return fail(ErrorCode::NotFound, "error.account.link_invalid");
}

// The member whose unused, unexpired link of `purpose` has this token hash.
Result<User> link_user(Services& services, const std::string& hash_of_token, TokenPurpose purpose)
{
    RUNDUM_TRY_ASSIGN(user, services.store.one_time_token_user(hash_of_token, purpose, now_iso()));
    if (!user) {
        return invalid_link();
    }
    return std::move(*user);
}

Response set_password_form(const Request& request, Services& services, const User& user,
                           const std::string& name, const FieldErrors& errors, TokenPurpose purpose)
{
    TemplateData page{TemplateData::type::object};
    page.set("is_reset", purpose == TokenPurpose::ResetPassword);
    page.set("email", user.email);
    page.set("name", name);
    page.set("action", request.path);
    set_field_errors(page, errors);
    return html_page(request, services, "set_password", std::move(page),
                     purpose == TokenPurpose::ResetPassword ? "account.reset_title" : "account.set_password_title");
}

// What is wrong with the name and the new password sent for `user`.
FieldErrors password_form_errors(Services& services, const Form& form, const User& user)
{
    const std::string name = form.value("name");
    const std::string password = form.value("password");
    FieldErrors errors;
    if (name.find_first_not_of(" \t") == std::string::npos) {
        errors.emplace_back("name", services.catalogue.text("error.account.name_missing"));
    } else if (auto valid = check_line("name", name, 200); !valid) {
        errors.emplace_back("name", services.catalogue.text(valid.error()));
    }
    if (auto allowed = auth::check_new_password(password, user.email, name); !allowed) {
        errors.emplace_back("password", services.catalogue.text(allowed.error()));
    } else if (password != form.value("password_repeat")) {
        errors.emplace_back("password_repeat", services.catalogue.text("error.account.passwords_differ"));
    }
    return errors;
}

// Whether another reset mail may go out now: few per account and per address in an hour. The
// requests are counted in the audit log, which every instance shares.
Result<bool> may_send_reset_mail(const Request& request, Services& services, const std::string& email)
{
    const std::string hour_ago = iso_utc(std::chrono::system_clock::now() - std::chrono::hours(1));
    RUNDUM_TRY_ASSIGN(from_address, services.store.count_audit_entries("password_reset_requested",
                                                                       request.client_address, "", hour_ago));
    if (from_address >= MAX_RESET_REQUESTS_PER_ADDRESS) {
        return false;
    }
    RUNDUM_TRY_ASSIGN(for_account, services.store.count_audit_entries("password_reset_requested", "", email, hour_ago));
    return for_account < MAX_RESET_MAILS_PER_ACCOUNT;
}

// Sends a reset link if the address has an account with a password and the limits allow;
// records the request either way (without the typed text when it names no account).
Result<void> request_reset(const Request& request, Services& services, const std::string& email)
{
    RUNDUM_TRY_ASSIGN(user, services.store.find_user_by_email(email));
    const bool known = user && user->has_password;
    RUNDUM_TRY_ASSIGN(allowed, may_send_reset_mail(request, services, known ? email : std::string("-")));
    audit(request, services, "password_reset_requested", known ? email : std::string());
    if (!known || !allowed) {
        return {};
    }
    // The link is made when the mail goes out (web/accounts/account_links): the queue never holds it.
    RUNDUM_TRY(services.store.enqueue_mail(account_link_mail(
        email, services.catalogue.text("mail.reset.subject"),
        services.catalogue.text("mail.reset.body", {std::string(ACCOUNT_LINK_PLACEHOLDER)}),
        TokenPurpose::ResetPassword, user->id)));
    return {};
}

} // namespace

Result<Response> set_password_page(const Request& request, Services& services, std::string_view token,
                                   TokenPurpose purpose)
{
    RUNDUM_TRY_ASSIGN(user, link_user(services, auth::token_hash(token), purpose));
    return set_password_form(request, services, user, user.name, {}, purpose);
}

Result<Response> set_password(const Request& request, Services& services, std::string_view token,
                              TokenPurpose purpose)
{
    const std::string hash_of_token = auth::token_hash(token);
    RUNDUM_TRY_ASSIGN(user, link_user(services, hash_of_token, purpose));
    const Form form = Form::parse(request.body);
    const std::string name = form.value("name");
    if (const FieldErrors errors = password_form_errors(services, form, user); !errors.empty()) {
        Response response = set_password_form(request, services, user, name, errors, purpose);
        response.status = 400;
        return response;
    }
    RUNDUM_TRY_ASSIGN(hash, services.hasher.hash(form.value("password")));
    auto updated = services.store.use_one_time_token(hash_of_token, purpose, now_iso(), name, hash);
    if (!updated) {
        return updated.error().code == ErrorCode::NotFound ? invalid_link() : fail(updated.error());
    }
    Request signed_in = request;
    signed_in.visitor.user = *updated;
    // A reset: the store ended every session and revoked every API token with the link.
    audit(signed_in, services, purpose == TokenPurpose::ResetPassword ? "password_reset" : "password_set",
          updated->email);
    return start_session(services, *updated, "/konto");
}

Response forgot_password_page(const Request& request, Services& services)
{
    return html_page(request, services, "forgot_password", TemplateData{TemplateData::type::object},
                     "account.forgot_title");
}

Result<Response> forgot_password(const Request& request, Services& services)
{
    const Form form = Form::parse(request.body);
    RUNDUM_TRY(request_reset(request, services, normalised_email(form.value("email"))));
    // The same answer either way, after the same time: neither the page nor its timing tells
    // which addresses have accounts, or that a limit was reached.
    TemplateData page{TemplateData::type::object};
    page.set("sent", true);
    Response response = html_page(request, services, "forgot_password", std::move(page), "account.forgot_title");
    response.answer_after = RESET_ANSWER_TIME;
    return response;
}

} // namespace rundum::web
