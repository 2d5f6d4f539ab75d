// SPDX-License-Identifier: EUPL-1.2
// Registration handlers. The deadline is compared with the wall clock in Berlin; after it the
// page says so and only admins still see the form.
#include "web/meetings/registration_pages.hpp"

#include <algorithm>

#include "core/meeting_rules.hpp"
#include "core/permissions.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/meetings/meeting_form.hpp"
#include "web/meetings/meeting_view.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

struct RegistrationContext {
    Meeting meeting;
    std::vector<City> cities;
    std::optional<City> city; ///< nullopt: an admin who has not chosen yet
    std::optional<Registration> stored;
    bool is_admin{false};
};

// The meeting and the city the member registers; Forbidden for another city.
Result<RegistrationContext> registration_context(Services& services, const User& member,
                                                 std::string_view meeting_id, std::string_view chosen_slug)
{
    RUNDUM_TRY_ASSIGN(meeting, meeting_or_fail(services, meeting_id));
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RegistrationContext context{std::move(meeting), std::move(cities), std::nullopt, std::nullopt,
                                is_allowed(&member, Action::ManageMeetings)};
    const City* city = nullptr;
    if (context.is_admin) {
        auto chosen = std::find_if(context.cities.begin(), context.cities.end(),
                                   [&](const City& c) { return c.slug == chosen_slug; });
        city = chosen != context.cities.end() ? &*chosen : nullptr;
    } else {
        city = city_with_id(context.cities, member.city_id);
        if (!chosen_slug.empty() && (city == nullptr || city->slug != chosen_slug)) {
            return fail(ErrorCode::Forbidden, "error.account.forbidden");
        }
    }
    if (city == nullptr) {
        if (!context.is_admin) {
            return fail(ErrorCode::Forbidden, "error.account.forbidden");
        }
        return context;
    }
    if (!is_allowed(&member, Action::RegisterForMeeting, city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    context.city = *city;
    RUNDUM_TRY_ASSIGN(all, services.store.registrations(context.meeting.id));
    for (Registration& registration : all) {
        if (registration.city_id == city->id) {
            context.stored = std::move(registration);
        }
    }
    return context;
}

Response registration_form(const Request& request, Services& services, const RegistrationContext& context,
                           const Registration& shown, const FieldErrors& errors, int status)
{
    TemplateData page{TemplateData::type::object};
    page.set("nav_meetings", true);
    page.set("id", context.meeting.id);
    page.set("meeting_title", context.meeting.title);
    page.set("when", readable_meeting_time(context.meeting, services.catalogue));
    page.set("deadline", readable_local_time(context.meeting.registration_deadline, services.catalogue));
    const bool open = is_registration_open(context.meeting, meeting_now());
    page.set("is_open", open);
    page.set("is_cancelled", context.meeting.is_cancelled);
    page.set("may_change", !context.meeting.is_cancelled && (open || context.is_admin));
    page.set("admin_after_deadline", !open && context.is_admin && !context.meeting.is_cancelled);
    page.set("is_admin", context.is_admin);
    page.set("saved", request.query.find("gespeichert=1") != std::string::npos);
    if (!context.city) {
        page.set("choose_city", true);
        page.set("cities", city_options(context.cities, ""));
        return html_page(request, services, "meeting_registration", std::move(page), "meeting.registration.title");
    }
    page.set("city_name", context.city->name);
    page.set("city_slug", context.city->slug);
    page.set("is_registered", context.stored.has_value());
    if (context.stored) {
        page.set("stored_counts", attendee_counts({*context.stored}, services.catalogue));
    }
    const int rows = attendee_rows(shown);
    kainjow::mustache::list list;
    for (int i = 0; i < rows; ++i) {
        TemplateData row{TemplateData::type::object};
        row.set("index", std::to_string(i));
        row.set("number", std::to_string(i + 1));
        const bool filled = i < static_cast<int>(shown.attendees.size());
        row.set("name", filled ? shown.attendees[static_cast<std::size_t>(i)].name : std::string());
        row.set("online", filled && shown.attendees[static_cast<std::size_t>(i)].is_online);
        row.set("first", i == 0);
        list.push_back(row);
    }
    page.set("rows", list);
    page.set("row_count", std::to_string(rows));
    page.set("note", shown.note);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response =
        html_page(request, services, "meeting_registration", std::move(page), "meeting.registration.title");
    response.status = status;
    return response;
}

std::string back_to(const RegistrationContext& context)
{
    std::string path = "/treffen/" + context.meeting.id + "/anmeldung?gespeichert=1";
    if (context.is_admin) {
        path += "&stadt=" + context.city->slug;
    }
    return path;
}

std::string chosen_city(const Request& request)
{
    const Form query = Form::parse(request.query);
    return request.method == "POST" ? Form::parse(request.body).value("stadt") : query.value("stadt");
}

} // namespace

Result<Response> registration_page(const Request& request, Services& services, std::string_view meeting_id)
{
    RUNDUM_TRY_ASSIGN(context,
                      registration_context(services, *request.visitor.member(), meeting_id, chosen_city(request)));
    return registration_form(request, services, context, context.stored.value_or(Registration{}), {}, 200);
}

Result<Response> save_registration(const Request& request, Services& services, std::string_view meeting_id)
{
    const User& member = *request.visitor.member();
    RUNDUM_TRY_ASSIGN(context, registration_context(services, member, meeting_id, chosen_city(request)));
    if (!context.city) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    Registration registration = read_registration_form(Form::parse(request.body));
    registration.meeting_id = context.meeting.id;
    registration.city_id = context.city->id;
    registration.registered_by = member.id;
    registration.updated_at = now_iso();
    if (auto valid = validate_registration(registration, context.meeting, meeting_now(), context.is_admin); !valid) {
        return registration_form(request, services, context, registration,
                                 {{meeting_field_of(valid.error()), services.catalogue.text(valid.error())}},
                                 http_status(valid.error().code));
    }
    RUNDUM_TRY(services.store.save_registration(registration));
    audit(request, services, "meeting_registered", context.meeting.title + ": " + context.city->name);
    return redirect_to(back_to(context));
}

Result<Response> withdraw_registration(const Request& request, Services& services, std::string_view meeting_id)
{
    RUNDUM_TRY_ASSIGN(context,
                      registration_context(services, *request.visitor.member(), meeting_id, chosen_city(request)));
    if (!context.city) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    if (!context.is_admin && !is_registration_open(context.meeting, meeting_now())) {
        return registration_form(request, services, context, context.stored.value_or(Registration{}),
                                 {{"name_0", services.catalogue.text("meeting.error.deadline_passed")}}, 409);
    }
    RUNDUM_TRY(services.store.remove_registration(context.meeting.id, context.city->id));
    audit(request, services, "meeting_withdrawn", context.meeting.title + ": " + context.city->name);
    return redirect_to(back_to(context));
}

} // namespace rundum::web
