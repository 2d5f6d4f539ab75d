// Admin page handlers and the one way accounts come into being.
#include "web/admin/admin_pages.hpp"

#include "auth/tokens.hpp"
#include "web/accounts/account_links.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
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

Response render_admin(const Request& request, Services& services, TemplateData page)
{
    auto users = services.store.list_users();
    auto cities = services.store.list_cities();
    auto log = services.store.audit_entries("", 100);
    if (!users || !cities || !log) {
        return error_response(request, services, !users ? users.error() : !cities ? cities.error() : log.error());
    }
    std::map<std::string, std::string> city_names;
    kainjow::mustache::list city_options;
    for (const City& city : *cities) {
        city_names[city.id] = city.name;
        TemplateData option{TemplateData::type::object};
        option.set("id", city.id);
        option.set("name", city.name);
        city_options.push_back(option);
    }
    kainjow::mustache::list members;
    for (const User& user : *users) {
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
    kainjow::mustache::list entries;
    for (const AuditEntry& entry : *log) {
        TemplateData row{TemplateData::type::object};
        row.set("at", readable_time(entry.at));
        row.set("actor", entry.actor_email);
        row.set("action", services.catalogue.text("audit.action." + entry.action));
        row.set("subject", entry.subject);
        row.set("address", entry.client_address);
        entries.push_back(row);
    }
    page.set("cities", city_options);
    page.set("members", members);
    page.set("entries", entries);
    if (auto pending = services.store.pending_mails(20); pending && !pending->empty()) {
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
    return html_page(request, services, "admin", std::move(page), "admin.title");
}

} // namespace

Response admin_page(const Request& request, Services& services)
{
    if (auto guard = require_member(request, services)) {
        return std::move(*guard);
    }
    if (!is_allowed(request.visitor.member(), Action::ManageMembers)) {
        return forbidden(request, services);
    }
    return render_admin(request, services, TemplateData{TemplateData::type::object});
}

Response invite_member(const Request& request, Services& services)
{
    if (auto guard = require_member(request, services)) {
        return std::move(*guard);
    }
    if (!is_allowed(request.visitor.member(), Action::ManageMembers)) {
        return forbidden(request, services);
    }
    const Form form = Form::parse(request.body);
    const std::string email = form.value("email");
    const std::string city_id = form.value("city");
    TemplateData page{TemplateData::type::object};
    page.set("invite_email", email);
    auto cities = services.store.list_cities();
    const bool city_exists = cities && std::any_of(cities->begin(), cities->end(),
                                                   [&](const City& city) { return city.id == city_id; });
    if (!city_exists) {
        set_field_errors(page, {{"city", services.catalogue.text("error.account.city_missing")}});
        Response response = render_admin(request, services, std::move(page));
        response.status = 400;
        return response;
    }
    // An invitation not yet accepted is sent again: a new mail whose link replaces the old one.
    auto existing = services.store.find_user_by_email(normalised_email(email));
    if (!existing) {
        return error_response(request, services, existing.error());
    }
    const bool resend = *existing && !(*existing)->has_password && !(*existing)->city_id.empty();
    auto member = resend ? Result<User>(**existing)
                         : create_member(services.store, email, Role::Coordinator, city_id);
    if (!member) {
        set_field_errors(page, {{"email", services.catalogue.text(member.error())}});
        Response response = render_admin(request, services, std::move(page));
        response.status = member.error().code == ErrorCode::Conflict ? 409 : 400;
        return response;
    }
    audit(request, services, resend ? "member_invited_again" : "member_invited", member->email);
    // The invitee alone gets the link, made when the mail is sent (web/account_links): it is
    // neither stored nor shown here, because a link shown here and the one in the mail would
    // each make the other stop working.
    const std::string inviter = request.visitor.user->name.empty() ? request.visitor.user->email
                                                                   : request.visitor.user->name;
    const QueuedMail invitation = invitation_mail(services.catalogue, services.config, *member, inviter);
    if (auto queued = services.store.enqueue_mail(invitation); !queued) {
        return error_response(request, services, queued.error());
    }
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
