// SPDX-License-Identifier: EUPL-1.2
// Admin page handlers and the one way accounts come into being.
#include "web/admin/admin_pages.hpp"

#include "auth/tokens.hpp"
#include "web/accounts/account_links.hpp"
#include "web/http/clock.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

Result<User> create_member(store::Store& store, const std::string& email, Role role, const std::string& city_id)
{
    const std::string normalised = normalised_email(email);
    if (!is_plausible_email(normalised)) {
        return fail(ErrorCode::Invalid, "error.account.email_invalid", {email});
    }
    User user;
    user.id = "user-" + auth::random_token().substr(0, 16);
    user.email = normalised;
    user.role = role;
    user.city_id = city_id;
    user.created_at = now_iso();
    RUNDUM_TRY(store.add_user(user));
    return user;
}

Result<std::string> create_member_with_link(store::Store& store, const AppConfig& config,
                                            const std::string& email, Role role,
                                            const std::string& city_id)
{
    RUNDUM_TRY_ASSIGN(user, create_member(store, email, role, city_id));
    return mint_account_link(store, account_link_settings(config), user.id, TokenPurpose::SetPassword);
}

namespace {

kainjow::mustache::list city_options(const std::vector<City>& cities)
{
    kainjow::mustache::list options;
    for (const City& city : cities) {
        TemplateData option{TemplateData::type::object};
        option.set("id", city.id);
        option.set("name", city.name);
        options.push_back(option);
    }
    return options;
}

kainjow::mustache::list member_rows(Services& services, const std::vector<User>& users, const std::vector<City>& cities)
{
    std::map<std::string, std::string> city_names;
    for (const City& city : cities) {
        city_names[city.id] = city.name;
    }
    kainjow::mustache::list members;
    for (const User& user : users) {
        TemplateData row{TemplateData::type::object};
        row.set("email", user.email);
        row.set("name", user.name);
        row.set("role", services.catalogue.text("account.role." + std::string(role_name(user.role))));
        row.set("city", city_names[user.city_id]);
        row.set("pending", !user.has_password);
        // A pending coordinator's invitation can be sent again (a new link; the old one stops).
        row.set("can_resend", !user.has_password && !user.city_id.empty());
        row.set("city_id", user.city_id);
        members.push_back(row);
    }
    return members;
}

kainjow::mustache::list audit_rows(Services& services, const std::vector<AuditEntry>& log)
{
    kainjow::mustache::list entries;
    for (const AuditEntry& entry : log) {
        TemplateData row{TemplateData::type::object};
        row.set("at", readable_time(entry.at));
        row.set("actor", entry.actor_email);
        row.set("action", services.catalogue.text("audit.action." + entry.action));
        row.set("subject", entry.subject);
        row.set("address", entry.client_address);
        entries.push_back(row);
    }
    return entries;
}

// The mails still waiting to go out, if any (a hint for the admin; a failure leaves it out).
void add_pending_mails(TemplateData& page, Services& services)
{
    auto pending = services.store.pending_mails(20);
    if (!pending || pending->empty()) {
        return;
    }
    kainjow::mustache::list waiting;
    for (const QueuedMail& queued : *pending) {
        TemplateData row{TemplateData::type::object};
        row.set("to", queued.to);
        row.set("subject", queued.subject);
        row.set("attempts", std::to_string(queued.attempts));
        row.set("last_error", queued.last_error);
        waiting.push_back(row);
    }
    page.set("pending_mails", waiting);
    page.set("has_pending_mails", true);
}

Result<Response> render_admin(const Request& request, Services& services, TemplateData page)
{
    RUNDUM_TRY_ASSIGN(users, services.store.list_users());
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(log, services.store.audit_entries("", 100));
    page.set("cities", city_options(cities));
    page.set("members", member_rows(services, users, cities));
    page.set("entries", audit_rows(services, log));
    add_pending_mails(page, services);
    return html_page(request, services, "admin", std::move(page), "admin.title");
}

// The admin page again with `message` at `field` of the invitation form, answered with `status`.
Result<Response> invitation_error(const Request& request, Services& services, TemplateData page,
                                  const std::string& field, const std::string& message, int status)
{
    set_field_errors(page, {{field, message}});
    RUNDUM_TRY_ASSIGN(response, render_admin(request, services, std::move(page)));
    response.status = status;
    return response;
}

Result<void> may_manage_members(const Request& request)
{
    if (!is_allowed(request.visitor.member(), Action::ManageMembers)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return {};
}

} // namespace

Result<Response> admin_page(const Request& request, Services& services)
{
    RUNDUM_TRY(may_manage_members(request));
    return render_admin(request, services, TemplateData{TemplateData::type::object});
}

Result<Response> invite_member(const Request& request, Services& services)
{
    RUNDUM_TRY(may_manage_members(request));
    const Form form = Form::parse(request.body);
    const std::string email = form.value("email");
    const std::string city_id = form.value("city");
    TemplateData page{TemplateData::type::object};
    page.set("invite_email", email);
    auto cities = services.store.list_cities();
    const bool city_exists = cities && std::any_of(cities->begin(), cities->end(),
                                                   [&](const City& city) { return city.id == city_id; });
    if (!city_exists) {
        return invitation_error(request, services, std::move(page), "city",
                                services.catalogue.text("error.account.city_missing"), 400);
    }
    // An invitation not yet accepted is sent again: a new mail whose link replaces the old one.
    RUNDUM_TRY_ASSIGN(existing, services.store.find_user_by_email(normalised_email(email)));
    const bool again = existing && !existing->has_password && !existing->city_id.empty();
    auto member = again ? Result<User>(*existing) : create_member(services.store, email, Role::Coordinator, city_id);
    if (!member) {
        return invitation_error(request, services, std::move(page), "email", services.catalogue.text(member.error()),
                                member.error().code == ErrorCode::Conflict ? 409 : 400);
    }
    audit(request, services, again ? "member_invited_again" : "member_invited", member->email);
    // The invitee alone gets the link, made when the mail is sent (web/accounts/account_links):
    // it is neither stored nor shown here, because a link shown here and the one in the mail
    // would each make the other stop working.
    const std::string inviter = request.visitor.user->name.empty() ? request.visitor.user->email
                                                                   : request.visitor.user->name;
    RUNDUM_TRY(services.store.enqueue_mail(invitation_mail(services.catalogue, services.config, *member, inviter)));
    TemplateData done{TemplateData::type::object};
    done.set("invited", true);
    done.set("invited_email", member->email);
    done.set("invitation_hours", std::to_string(invitation_hours(services.config)));
    return render_admin(request, services, std::move(done));
}

std::int64_t invitation_hours(const AppConfig& config)
{
    return std::chrono::duration_cast<std::chrono::hours>(config.invitation_lifetime).count();
}

QueuedMail invitation_mail(const i18n::Catalogue& catalogue, const AppConfig& config, const User& member,
                           const std::string& inviter)
{
    return account_link_mail(member.email, catalogue.text("mail.invitation.subject"),
                             catalogue.text("mail.invitation.body",
                                            {inviter, std::to_string(invitation_hours(config)),
                                             std::string(ACCOUNT_LINK_PLACEHOLDER)}),
                             TokenPurpose::SetPassword, member.id);
}

} // namespace rundum::web
