// SPDX-License-Identifier: EUPL-1.2
// The choice of how notifications are mailed, and unsubscribing by the link of a mail.
#include "web/accounts/notification_mail_pages.hpp"

#include "auth/tokens.hpp"
#include "core/notification_mail.hpp"
#include "web/accounts/account_pages.hpp"
#include "web/http/clock.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

constexpr std::string_view MODE_FIELD = "mail_mode";

void set_modes(TemplateData& page, Services& services, std::string_view chosen)
{
    kainjow::mustache::list modes;
    for (std::string_view mode : NOTIFICATION_MAIL_MODES) {
        TemplateData item{TemplateData::type::object};
        item.set("key", std::string(mode));
        item.set("label", services.catalogue.text("notification.email.mode." + std::string(mode)));
        item.set("checked", mode == chosen);
        modes.push_back(item);
    }
    page.set("mail_modes", modes);
}

// The member the link belongs to, or the 404 page that says the link is unknown.
Result<User> link_owner(Services& services, std::string_view token)
{
    RUNDUM_TRY_ASSIGN(user, services.store.unsubscribe_token_user(auth::token_hash(token)));
    if (!user) {
        return fail(ErrorCode::NotFound, "notification.email.unknown_token");
    }
    return std::move(*user);
}

Response unsubscribe_view(const Request& request, Services& services, std::string_view token, bool done)
{
    TemplateData page{TemplateData::type::object};
    page.set("token", std::string(token));
    page.set("done", done);
    return html_page(request, services, "notification_unsubscribe", std::move(page),
                     done ? "notification.email.unsubscribed_title" : "notification.email.unsubscribe_title");
}

} // namespace

void add_notification_mail_choice(TemplateData& page, Services& services, const User& member)
{
    auto settings = services.store.notification_mail_settings(member.id);
    // A re-shown form keeps what the member sent; a store failure shows the default.
    set_modes(page, services, settings ? settings->mode : DEFAULT_NOTIFICATION_MAIL_MODE);
}

Result<Response> save_notification_mail_mode(const Request& request, Services& services)
{
    const std::string mode = Form::parse(request.body).value(std::string(MODE_FIELD));
    if (!is_notification_mail_mode(mode)) {
        return account_form_error(request, services, std::string(MODE_FIELD),
                                  services.catalogue.text("notification.email.error.mode"), 422);
    }
    RUNDUM_TRY(services.store.set_notification_mail_mode(request.visitor.user->id, mode));
    audit(request, services, "notification_mail_mode", mode);
    TemplateData page{TemplateData::type::object};
    page.set("mail_mode_saved", services.catalogue.text("notification.email.saved",
                                                        {services.catalogue.text("notification.email.mode." + mode)}));
    return account_page_with(request, services, std::move(page));
}

bool is_unsubscribe_path(std::string_view path)
{
    return path.starts_with(UNSUBSCRIBE_PATH) && path.size() > UNSUBSCRIBE_PATH.size();
}

Result<Response> unsubscribe_page(const Request& request, Services& services, std::string_view token)
{
    RUNDUM_TRY(link_owner(services, token));
    return unsubscribe_view(request, services, token, false);
}

// No form token here, on purpose: mail programs POST "List-Unsubscribe=One-Click" without a
// session or cookie (RFC 8058), and the 256-bit random token in the path is the credential. A
// forged cross-site POST would need that token, which only the mail's recipient has.
Result<Response> unsubscribe(const Request& request, Services& services, std::string_view token)
{
    RUNDUM_TRY_ASSIGN(owner, link_owner(services, token));
    RUNDUM_TRY(services.store.set_notification_mail_mode(owner.id, MAIL_NEVER));
    // The visitor may be a mail program, not signed in: the entry names the link's owner.
    (void)services.store.add_audit_entry(AuditEntry{now_iso(), owner.id, owner.email,
                                                    "notification_mail_unsubscribed", "", request.client_address});
    return unsubscribe_view(request, services, token, true);
}

} // namespace rundum::web
