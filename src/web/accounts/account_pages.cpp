// Sign-in with throttling, sessions as random tokens (stored hashed), first passwords from
// one-time links, and the member's account: sign out everywhere, own data, deletion.
#include "web/accounts/account_pages.hpp"

#include <spdlog/spdlog.h>

#include "auth/password_policy.hpp"
#include "auth/throttle.hpp"
#include "auth/tokens.hpp"
#include "core/text_input.hpp"
#include "format/json_writer.hpp"
#include "web/accounts/account_links.hpp"
#include "mail/file_transport.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/accounts/notification_mail_pages.hpp"
#include "web/accounts/notification_pages.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

const auth::ThrottlePolicy THROTTLE{};

// Verifying against a real hash when the email is unknown makes both answers take equally
// long, so timing does not tell which addresses have accounts.
const std::string& dummy_hash(auth::PasswordHasher& hasher)
{
    static const std::string hash = hasher.hash("rundum: no such account").value_or("");
    return hash;
}

TemplateData sign_in_view(const std::string& email, const std::string& return_path)
{
    TemplateData page{TemplateData::type::object};
    page.set("email", email);
    page.set("weiter", return_path);
    return page;
}

Response sign_in_form_with_error(const Request& request, Services& services, const Form& form,
                                 const std::string& message, int status)
{
    TemplateData page = sign_in_view(form.value("email"), form.value("weiter"));
    set_field_errors(page, {{"password", message}});
    Response response = html_page(request, services, "sign_in", std::move(page), "account.sign_in_title");
    response.status = status;
    return response;
}

// The attempts, or only those from `address` when it is not empty.
std::vector<auth::SignInAttempt> as_attempts(const std::vector<SignInRecord>& records, const std::string& address = {})
{
    std::vector<auth::SignInAttempt> attempts;
    for (const SignInRecord& record : records) {
        if (address.empty() || record.client_address == address) {
            attempts.push_back(auth::SignInAttempt{record.at_unix_seconds, record.succeeded});
        }
    }
    return attempts;
}

// What a sign-in attempt on `email` may be counted under, the one to record it under first: its
// hash keyed with the current throttle window's secret, then with the previous window's (the
// window's attempts may have been hashed with either), then the address itself (under which only
// an existing account's attempts are ever recorded). The secrets are deleted after two windows.
Result<std::vector<std::string>> attempt_keys(Services& services, const std::string& email, std::int64_t now)
{
    RUNDUM_TRY_ASSIGN(secrets,
                      services.store.sign_in_secrets(now / THROTTLE.window_seconds, auth::random_token()));
    std::vector<std::string> keys;
    for (const std::string& secret : secrets) {
        keys.push_back("keyed:" + auth::keyed_hash(secret, email));
    }
    keys.push_back(email);
    return keys;
}

// Password reset mails: per account and per address within an hour, so nobody can flood a
// member's inbox or the mail server; beyond, the page says the same and sends nothing.
constexpr std::int64_t MAX_RESET_MAILS_PER_ACCOUNT = 3;
constexpr std::int64_t MAX_RESET_REQUESTS_PER_ADDRESS = 10;
// Every answer to "Passwort vergessen" takes this long, known address or not.
constexpr std::chrono::milliseconds RESET_ANSWER_TIME{400};

// Starts a session for the member: the browser gets the token, the database its hash.
Response start_session(const Request& request, Services& services, const User& user,
                       const std::string& location)
{
    const std::string token = auth::random_token();
    const auto expires = std::chrono::system_clock::now() + services.config.session_lifetime;
    if (auto added = services.store.add_session(auth::token_hash(token), user.id, iso_utc(expires)); !added) {
        return error_response(request, services, added.error());
    }
    Response response = redirect_to(location);
    response.with_header("Set-Cookie", set_cookie(cookie_name(SESSION_COOKIE, services.config.secure_cookies), token,
                                                  static_cast<long>(services.config.session_lifetime.count()),
                                                  services.config.secure_cookies));
    return response;
}

Response end_session_cookie(Response response, const Services& services)
{
    response.with_header("Set-Cookie", set_cookie(cookie_name(SESSION_COOKIE, services.config.secure_cookies), "", 0,
                                                  services.config.secure_cookies));
    return response;
}

} // namespace

Response sign_in_page(const Request& request, Services& services)
{
    const Form query = Form::parse(request.query);
    if (request.visitor.is_signed_in()) {
        return redirect_to(safe_return_path(query.value("weiter")));
    }
    return html_page(request, services, "sign_in", sign_in_view("", query.value("weiter")),
                     "account.sign_in_title");
}

Response sign_in(const Request& request, Services& services)
{
    const Form form = Form::parse(request.body);
    const std::string email = normalised_email(form.value("email"));
    const std::string password = form.value("password");
    const std::int64_t now = now_unix();

    auto user = services.store.find_user_by_email(email);
    if (!user) {
        return error_response(request, services, user.error());
    }
    // Throttle per account from this address and per address, from what the database holds, so
    // all instances agree; failures from elsewhere never lock the right password out here.
    auto keys = attempt_keys(services, email, now);
    if (!keys) {
        return error_response(request, services, keys.error());
    }
    // An address without an account is counted only under its keyed hash, so nothing typed (a
    // password in the e-mail field, say) is stored; it is throttled exactly like an account, and
    // the same queries run for both, so neither the answer nor its time tells them apart.
    const std::string& recorded_as = *user ? email : keys->front();
    std::vector<SignInRecord> account_attempts;
    for (const std::string& key : *keys) {
        auto attempts = services.store.sign_in_attempts_for_email(key, now - THROTTLE.window_seconds);
        if (!attempts) {
            return error_response(request, services, attempts.error());
        }
        account_attempts.insert(account_attempts.end(), attempts->begin(), attempts->end());
    }
    auto address_attempts =
        services.store.sign_in_attempts_from(request.client_address, now - THROTTLE.window_seconds);
    if (!address_attempts) {
        return error_response(request, services, address_attempts.error());
    }
    const auto account = as_attempts(account_attempts, request.client_address);
    const auto address = as_attempts(*address_attempts);
    if (const auto wait = auth::seconds_until_allowed(account, address, now, THROTTLE); wait > 0) {
        const std::string minutes = std::to_string((wait + 59) / 60);
        return sign_in_form_with_error(request, services, form,
                                       services.catalogue.text("error.account.throttled", {minutes}), 429);
    }

    std::string stored_hash;
    if (*user) {
        auto hash = services.store.password_hash((*user)->id);
        if (!hash) {
            return error_response(request, services, hash.error());
        }
        stored_hash = *hash;
    }
    const bool matches = services.hasher.verify(password, stored_hash.empty() ? dummy_hash(services.hasher) : stored_hash) &&
                         *user && !stored_hash.empty();
    (void)services.store.record_sign_in_attempt(recorded_as, request.client_address,
                                                SignInRecord{now, matches, request.client_address});
    if (!matches) {
        // The audit log names only an account that exists: never what was typed for none.
        audit(request, services, "sign_in_failed", *user ? email : std::string());
        return sign_in_form_with_error(request, services, form,
                                       services.catalogue.text("error.account.wrong_credentials"), 200);
    }
    if (services.hasher.needs_rehash(stored_hash)) {
        if (auto rehashed = services.hasher.hash(password)) {
            (void)services.store.set_password_hash((*user)->id, *rehashed);
        }
    }
    Request signed_in = request;
    signed_in.visitor.user = **user;
    audit(signed_in, services, "sign_in", email);
    return start_session(signed_in, services, **user, safe_return_path(form.value("weiter")));
}

Response sign_out(const Request& request, Services& services)
{
    if (request.visitor.is_signed_in()) {
        (void)services.store.remove_session(request.visitor.session_token_hash);
        audit(request, services, "sign_out", request.visitor.user->email);
    }
    return end_session_cookie(redirect_to("/"), services);
}

Response sign_out_everywhere(const Request& request, Services& services)
{
    if (auto guard = require_member(request, services)) {
        return std::move(*guard);
    }
    if (auto removed = services.store.remove_sessions_of(request.visitor.user->id); !removed) {
        return error_response(request, services, removed.error());
    }
    if (Form::parse(request.body).value("api_tokens") == "ja") {
        // Offered beside the button: a lost laptop may hold a key too.
        if (auto revoked = services.store.revoke_api_tokens_of(request.visitor.user->id); !revoked) {
            return error_response(request, services, revoked.error());
        }
        audit(request, services, "api_tokens_revoked", request.visitor.user->email);
    }
    audit(request, services, "sign_out_everywhere", request.visitor.user->email);
    return end_session_cookie(redirect_to("/anmelden"), services);
}

namespace {

Response invalid_link(const Request& request, Services& services)
{
    return error_response(request, services, Error{ErrorCode::NotFound, "error.account.link_invalid", {}, {}});
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

} // namespace

Response set_password_page(const Request& request, Services& services, std::string_view token, TokenPurpose purpose)
{
    auto user = services.store.one_time_token_user(auth::token_hash(token), purpose, now_iso());
    if (!user) {
        return error_response(request, services, user.error());
    }
    if (!*user) {
        return invalid_link(request, services);
    }
    return set_password_form(request, services, **user, (*user)->name, {}, purpose);
}

Response set_password(const Request& request, Services& services, std::string_view token, TokenPurpose purpose)
{
    const std::string hash_of_token = auth::token_hash(token);
    auto user = services.store.one_time_token_user(hash_of_token, purpose, now_iso());
    if (!user) {
        return error_response(request, services, user.error());
    }
    if (!*user) {
        return invalid_link(request, services);
    }
    const Form form = Form::parse(request.body);
    const std::string name = form.value("name");
    const std::string password = form.value("password");
    FieldErrors errors;
    if (name.find_first_not_of(" \t") == std::string::npos) {
        errors.emplace_back("name", services.catalogue.text("error.account.name_missing"));
    } else if (auto valid = check_line("name", name, 200); !valid) {
        errors.emplace_back("name", services.catalogue.text(valid.error()));
    }
    if (auto allowed = auth::check_new_password(password, (*user)->email, name); !allowed) {
        errors.emplace_back("password", services.catalogue.text(allowed.error()));
    } else if (password != form.value("password_repeat")) {
        errors.emplace_back("password_repeat", services.catalogue.text("error.account.passwords_differ"));
    }
    if (!errors.empty()) {
        Response response = set_password_form(request, services, **user, name, errors, purpose);
        response.status = 400;
        return response;
    }
    auto hash = services.hasher.hash(password);
    if (!hash) {
        return error_response(request, services, hash.error());
    }
    auto updated = services.store.use_one_time_token(hash_of_token, purpose, now_iso(), name, *hash);
    if (!updated) {
        return updated.error().code == ErrorCode::NotFound ? invalid_link(request, services)
                                                            : error_response(request, services, updated.error());
    }
    Request signed_in = request;
    signed_in.visitor.user = *updated;
    if (purpose == TokenPurpose::ResetPassword) {
        // The store ended every session and revoked every API token with the link.
        audit(signed_in, services, "password_reset", updated->email);
    } else {
        audit(signed_in, services, "password_set", updated->email);
    }
    return start_session(signed_in, services, *updated, "/konto");
}

Response forgot_password_page(const Request& request, Services& services)
{
    return html_page(request, services, "forgot_password", TemplateData{TemplateData::type::object},
                     "account.forgot_title");
}

namespace {

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
    // The link is made when the mail goes out (web/account_links): the queue never holds it.
    RUNDUM_TRY(services.store.enqueue_mail(account_link_mail(
        email, services.catalogue.text("mail.reset.subject"),
        services.catalogue.text("mail.reset.body", {std::string(ACCOUNT_LINK_PLACEHOLDER)}),
        TokenPurpose::ResetPassword, user->id)));
    return {};
}

} // namespace

Response forgot_password(const Request& request, Services& services)
{
    const Form form = Form::parse(request.body);
    const std::string email = normalised_email(form.value("email"));
    if (auto requested = request_reset(request, services, email); !requested) {
        return error_response(request, services, requested.error());
    }
    // The same answer either way, after the same time: neither the page nor its timing tells
    // which addresses have accounts, or that a limit was reached.
    TemplateData page{TemplateData::type::object};
    page.set("sent", true);
    Response response = html_page(request, services, "forgot_password", std::move(page), "account.forgot_title");
    response.answer_after = RESET_ANSWER_TIME;
    return response;
}

Response account_page(const Request& request, Services& services)
{
    return account_page_with(request, services, TemplateData{TemplateData::type::object});
}

// What stands in place of an erased member's name: "ein ehemaliges Mitglied (Leipzig)".
std::string former_member_name(const i18n::Catalogue& catalogue, const std::string& city_name)
{
    return city_name.empty() ? catalogue.text("account.former_member")
                             : catalogue.text("account.former_member_of", {city_name});
}

// The name of the member's city, "" without one.
std::string city_name_of(Services& services, const User& user)
{
    if (user.city_id.empty()) {
        return {};
    }
    auto cities = services.store.list_cities();
    if (cities) {
        for (const City& city : *cities) {
            if (city.id == user.city_id) {
                return city.name;
            }
        }
    }
    return {};
}

Response account_page_with(const Request& request, Services& services, TemplateData page)
{
    if (auto guard = require_member(request, services)) {
        return std::move(*guard);
    }
    const User& user = *request.visitor.user;
    page.set("name", user.name);
    page.set("email", user.email);
    page.set("role", services.catalogue.text("account.role." + std::string(role_name(user.role))));
    page.set("is_admin", user.role == Role::Admin);
    std::string city_name;
    if (!user.city_id.empty()) {
        auto cities = services.store.list_cities();
        if (cities) {
            for (const City& city : *cities) {
                if (city.id == user.city_id) {
                    city_name = city.name;
                    page.set("city_name", city.name);
                    page.set("city_slug", city.slug);
                }
            }
        }
    }
    page.set("erasure_pseudonym", former_member_name(services.catalogue, city_name));
    if (auto tokens = services.store.api_tokens(user.id)) {
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
    add_notifications(page, services, user);
    add_notification_mail_choice(page, services, user);
    page.set("nav_account", true);
    return html_page(request, services, "account", std::move(page), "account.title");
}

Response delete_account(const Request& request, Services& services)
{
    if (auto guard = require_member(request, services)) {
        return std::move(*guard);
    }
    const Form form = Form::parse(request.body);
    if (!form.is_confirmed()) {
        TemplateData page{TemplateData::type::object};
        set_field_errors(page, {{"confirm", services.catalogue.text("error.account.confirm_delete")}});
        Response response = account_page_with(request, services, std::move(page));
        response.status = 400;
        return response;
    }
    const User user = *request.visitor.user;
    const std::string pseudonym = former_member_name(services.catalogue, city_name_of(services, user));
    if (auto erased = services.store.erase_member(user.id, pseudonym); !erased) {
        return error_response(request, services, erased.error());
    }
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
    // background (web/search_upkeep), after it has followed the change log past the erasure.
    return end_session_cookie(redirect_to("/"), services);
}

} // namespace rundum::web
