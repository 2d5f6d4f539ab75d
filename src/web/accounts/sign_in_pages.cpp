// SPDX-License-Identifier: EUPL-1.2
// Sign-in with throttling from what the database holds (so all instances agree), and sign-out.
#include "web/accounts/sign_in_pages.hpp"

#include "auth/throttle.hpp"
#include "auth/tokens.hpp"
#include "web/accounts/session_cookie.hpp"
#include "web/http/clock.hpp"
#include "web/http/form.hpp"
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

// Seconds until a sign-in on any of `keys` from this address is allowed again (0: now). Per
// account from this address and per address, so failures from elsewhere never lock the right
// password out here.
Result<std::int64_t> seconds_to_wait(const Request& request, Services& services, const std::vector<std::string>& keys,
                                     std::int64_t now)
{
    std::vector<SignInRecord> account_attempts;
    for (const std::string& key : keys) {
        RUNDUM_TRY_ASSIGN(attempts, services.store.sign_in_attempts_for_email(key, now - THROTTLE.window_seconds));
        account_attempts.insert(account_attempts.end(), attempts.begin(), attempts.end());
    }
    RUNDUM_TRY_ASSIGN(address_attempts,
                      services.store.sign_in_attempts_from(request.client_address, now - THROTTLE.window_seconds));
    return auth::seconds_until_allowed(as_attempts(account_attempts, request.client_address),
                                       as_attempts(address_attempts), now, THROTTLE);
}

// The member's password hash, "" without an account (or without a password).
Result<std::string> stored_hash_of(Services& services, const std::optional<User>& user)
{
    if (!user) {
        return std::string();
    }
    return services.store.password_hash(user->id);
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

Result<Response> sign_in(const Request& request, Services& services)
{
    const Form form = Form::parse(request.body);
    const std::string email = normalised_email(form.value("email"));
    const std::string password = form.value("password");
    const std::int64_t now = now_unix();

    RUNDUM_TRY_ASSIGN(user, services.store.find_user_by_email(email));
    RUNDUM_TRY_ASSIGN(keys, attempt_keys(services, email, now));
    // An address without an account is counted only under its keyed hash, so nothing typed (a
    // password in the e-mail field, say) is stored; it is throttled exactly like an account, and
    // the same queries run for both, so neither the answer nor its time tells them apart.
    const std::string& recorded_as = user ? email : keys.front();
    RUNDUM_TRY_ASSIGN(wait, seconds_to_wait(request, services, keys, now));
    if (wait > 0) {
        const std::string minutes = std::to_string((wait + 59) / 60);
        return sign_in_form_with_error(request, services, form,
                                       services.catalogue.text("error.account.throttled", {minutes}), 429);
    }
    RUNDUM_TRY_ASSIGN(stored_hash, stored_hash_of(services, user));
    const bool matches = services.hasher.verify(password, stored_hash.empty() ? dummy_hash(services.hasher) : stored_hash) &&
                         user && !stored_hash.empty();
    (void)services.store.record_sign_in_attempt(recorded_as, request.client_address,
                                                SignInRecord{now, matches, request.client_address});
    if (!matches) {
        // The audit log names only an account that exists: never what was typed for none.
        audit(request, services, "sign_in_failed", user ? email : std::string());
        return sign_in_form_with_error(request, services, form,
                                       services.catalogue.text("error.account.wrong_credentials"), 200);
    }
    if (services.hasher.needs_rehash(stored_hash)) {
        if (auto rehashed = services.hasher.hash(password)) {
            (void)services.store.set_password_hash(user->id, *rehashed);
        }
    }
    Request signed_in = request;
    signed_in.visitor.user = *user;
    audit(signed_in, services, "sign_in", email);
    return start_session(services, *user, safe_return_path(form.value("weiter")));
}

Response sign_out(const Request& request, Services& services)
{
    if (request.visitor.is_signed_in()) {
        (void)services.store.remove_session(request.visitor.session_token_hash);
        audit(request, services, "sign_out", request.visitor.user->email);
    }
    return end_session_cookie(redirect_to("/"), services);
}

} // namespace rundum::web
