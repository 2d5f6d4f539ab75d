// Admin page handlers and the one way accounts come into being.
#include "web/admin_pages.hpp"

#include "auth/tokens.hpp"
#include "web/clock.hpp"
#include "web/error_pages.hpp"
#include "web/form.hpp"
#include "web/page_helpers.hpp"

namespace rundum::web {

Result<std::string> create_member_with_link(store::Store& store, const AppConfig& config,
                                            const std::string& email, Role role,
                                            const std::string& city_id)
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
    const std::string token = auth::random_token();
    const auto expires = std::chrono::system_clock::now() + config.invitation_lifetime;
    RUNDUM_TRY(store.add_one_time_token(auth::token_hash(token), user.id, TokenPurpose::SetPassword,
                                        iso_utc(expires)));
    std::string base = config.base_url;
    while (base.ends_with('/')) {
        base.pop_back();
    }
    return base + "/passwort-setzen/" + token;
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
    auto link = create_member_with_link(services.store, services.config, email, Role::Coordinator, city_id);
    if (!link) {
        set_field_errors(page, {{"email", services.catalogue.text(link.error())}});
        Response response = render_admin(request, services, std::move(page));
        response.status = link.error().code == ErrorCode::Conflict ? 409 : 400;
        return response;
    }
    audit(request, services, "member_invited", normalised_email(email));
    // The invitee gets the link by mail (queued, so a mail server that is down loses nothing);
    // the admin sees it too, for the case that mail does not arrive.
    const std::string inviter = request.visitor.user->name.empty() ? request.visitor.user->email
                                                                   : request.visitor.user->name;
    (void)services.store.enqueue_mail(QueuedMail{0, normalised_email(email),
                                                 services.catalogue.text("mail.invitation.subject"),
                                                 services.catalogue.text("mail.invitation.body", {inviter, *link}),
                                                 0, ""});
    TemplateData done{TemplateData::type::object};
    done.set("invited_email", normalised_email(email));
    done.set("invitation_link", *link);
    return render_admin(request, services, std::move(done));
}

} // namespace rundum::web
