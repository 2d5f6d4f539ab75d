// SPDX-License-Identifier: EUPL-1.2
// Interest handlers and the messages that tell the original's city.
#include "web/adoptions/interest_pages.hpp"

#include <spdlog/spdlog.h>

#include "auth/tokens.hpp"
#include "core/learning_rules.hpp"
#include "core/permissions.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/projects/project_access.hpp"

namespace rundum::web {

namespace {

std::string trimmed(const std::string& text)
{
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    const std::size_t last = text.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

// The interested city: the coordinator's own. Admins belong to no city and are told so.
Result<City> interested_city(Services& services, const User& member, const ProjectWithCity& project)
{
    if (member.city_id.empty()) {
        return fail(ErrorCode::Invalid, "interest.error.no_city");
    }
    if (member.city_id == project.city.id) {
        return fail(ErrorCode::Invalid, "interest.error.own_project");
    }
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const City* city = city_with_id(cities, member.city_id);
    if (city == nullptr || !is_allowed(&member, Action::RecordLearning, city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return *city;
}

Response form_page(const Request& request, Services& services, const ProjectWithCity& project,
                   const std::string& note, const FieldErrors& errors, int status)
{
    TemplateData page{TemplateData::type::object};
    page.set("id", project.project.id);
    page.set("project_title", project.project.title);
    page.set("city_name", project.city.name);
    page.set("note", note);
    page.set("nav_projects", true);
    set_field_errors(page, errors);
    Response response = html_page(request, services, "interest_edit", std::move(page), "interest.title");
    response.status = status;
    return response;
}

std::string base_url(const Services& services)
{
    std::string base = services.config.base_url;
    while (base.ends_with('/')) {
        base.pop_back();
    }
    return base;
}

// In rundum for every member of the project's city; by email to the project's contact, or to
// those members while the project names none. The note stays in the network: only a member
// account of the project's city gets it by mail; a contact address outside rundum learns only
// that a city is interested, and where members read more. Failures are logged: the interest is
// recorded.
void tell_the_original_city(Services& services, const ProjectWithCity& project, const City& interested,
                            const std::string& note)
{
    auto users = services.store.list_users();
    if (!users) {
        spdlog::error("interest: members of {}: {}", project.city.id, users.error().detail);
        return;
    }
    const std::string path = "/praxisbeispiele/" + project.project.id;
    const std::string contact = normalised_email(project.project.contact_email);
    std::vector<std::pair<std::string, bool>> recipients; // address, whether the note may go there
    bool contact_is_member = false;
    for (const User& user : *users) {
        if (user.city_id != project.city.id) {
            continue;
        }
        Notification notification{"n-" + auth::random_token().substr(0, 16), user.id, "notification.interest",
                                  {interested.name, project.project.title}, path + "#interesse", now_iso(), false};
        if (auto added = services.store.add_notification(notification); !added) {
            spdlog::error("interest: notification for {}: {}", user.id, added.error().detail);
        }
        contact_is_member = contact_is_member || user.email == contact;
        if (contact.empty()) {
            recipients.emplace_back(user.email, true);
        }
    }
    if (!contact.empty()) {
        recipients.emplace_back(project.project.contact_email, contact_is_member);
    }
    const i18n::Catalogue& catalogue = services.catalogue;
    for (const auto& [to, with_note] : recipients) {
        const std::string note_part = note.empty() ? ""
                                      : with_note  ? catalogue.text("interest.mail.note", {note})
                                                   : catalogue.text("interest.mail.note_in_rundum");
        const QueuedMail mail{0, to, catalogue.text("interest.mail.subject", {project.project.title}),
                              catalogue.text("interest.mail.body", {interested.name, project.project.title, note_part,
                                                                    base_url(services) + path + "#interesse"}),
                              0, ""};
        if (auto queued = services.store.enqueue_mail(mail); !queued) {
            spdlog::error("interest: mail to {}: {}", to, queued.error().detail);
        }
    }
}

} // namespace

Result<Response> interest_page(const Request& request, Services& services, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(project, visible_project(services, request.visitor.member(), project_id));
    RUNDUM_TRY(interested_city(services, *request.visitor.user, project));
    return form_page(request, services, project, "", {}, 200);
}

Result<Response> express_interest(const Request& request, Services& services, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(project, visible_project(services, request.visitor.member(), project_id));
    const std::string note = Form::parse(request.body).value("note");
    auto invalid = [&](const Error& error, int status) {
        return form_page(request, services, project, note, {{"note", services.catalogue.text(error)}}, status);
    };
    auto city = interested_city(services, *request.visitor.user, project);
    if (!city) {
        if (city.error().code == ErrorCode::Forbidden) {
            return fail(city.error());
        }
        return invalid(city.error(), http_status(city.error().code));
    }
    const Interest interest{project.project.id, city->id, request.visitor.user->id, trimmed(note), now_iso()};
    if (auto valid = validate_interest(interest); !valid) {
        return invalid(valid.error(), 400);
    }
    RUNDUM_TRY_ASSIGN(added, services.store.add_interest(interest));
    if (added) {
        // Only the city's first word of interest is passed on: saying it again sends nothing.
        tell_the_original_city(services, project, *city, interest.note);
        audit(request, services, "interest_added", city->name + ": " + project.project.title);
    }
    return redirect_to("/praxisbeispiele/" + project.project.id + "?interesse=1#interesse");
}

Result<Response> withdraw_interest(const Request& request, Services& services, std::string_view project_id)
{
    RUNDUM_TRY_ASSIGN(project, visible_project(services, request.visitor.member(), project_id));
    // Coordinators withdraw their city's interest; an admin names the city.
    const User& member = *request.visitor.user;
    const std::string city_id = member.role == Role::Admin ? Form::parse(request.body).value("city_id") : member.city_id;
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    const City* city = city_with_id(cities, city_id);
    if (city == nullptr) {
        return fail(ErrorCode::Invalid, "interest.error.no_city");
    }
    if (!is_allowed(&member, Action::RecordLearning, city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    RUNDUM_TRY(services.store.remove_interest(project.project.id, city->id));
    audit(request, services, "interest_withdrawn", city->name + ": " + project.project.title);
    return redirect_to("/praxisbeispiele/" + project.project.id + "#interesse");
}

} // namespace rundum::web
