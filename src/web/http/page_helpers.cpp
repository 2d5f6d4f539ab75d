// SPDX-License-Identifier: EUPL-1.2
// Shared helpers of member pages.
#include "web/http/page_helpers.hpp"

#include <spdlog/spdlog.h>

#include "core/text_input.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/redirect_target.hpp"

namespace rundum::web {

Response html_page(const Request& request, Services& services, const std::string& template_name,
                   TemplateData page, const std::string& title_key)
{
    Response response;
    response.body = services.templates.render_page(template_name, std::move(page),
                                                   services.catalogue.text(title_key), request.visitor);
    // Member pages hold personal data: never keep them in a shared cache or the back button.
    response.with_header("Cache-Control", "no-store");
    return response;
}

Response redirect_to(const std::string& location)
{
    Response response{303, "text/plain; charset=utf-8", "", {}};
    // Every redirect goes through the one check: whatever a handler puts together, the browser
    // stays on this site.
    response.with_header("Location", site_local_target(location, "/"));
    return response;
}

std::optional<Response> require_member(const Request& request, Services& services)
{
    if (request.visitor.is_signed_in()) {
        return std::nullopt;
    }
    if (request.method == "GET" || request.method == "HEAD") {
        // The query goes along: /fragen/neu?projekt=… still knows its project after signing in.
        std::string wanted = request.path;
        if (!request.query.empty()) {
            wanted += '?';
            wanted += request.query;
        }
        std::string location = "/anmelden?weiter=";
        location += query_value_encoded(wanted);
        return redirect_to(location);
    }
    return error_response(request, services, Error{ErrorCode::Unauthorised, "error.account.sign_in_needed", {}, {}});
}

Result<City> editable_city(const Request& request, Services& services, std::string_view slug)
{
    RUNDUM_TRY_ASSIGN(city, services.store.find_city(slug));
    if (!city) {
        return fail(ErrorCode::NotFound, "error.city.not_found", {std::string(slug)});
    }
    if (!is_allowed(request.visitor.member(), Action::EditCity, &*city)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return std::move(*city);
}

Response forbidden(const Request& request, Services& services)
{
    return error_response(request, services, Error{ErrorCode::Forbidden, "error.account.forbidden", {}, {}});
}

void audit(const Request& request, Services& services, std::string_view action, std::string subject)
{
    // What a visitor typed (an email on sign-in, a title) may be megabytes of anything: the log
    // keeps a short, printable excerpt, so an entry stays a row and the admin page stays small.
    constexpr std::size_t MAX_AUDIT_TEXT = 300;
    const User* member = request.visitor.member();
    AuditEntry entry{now_iso(),
                     member != nullptr ? member->id : "",
                     member != nullptr ? bounded_excerpt(member->email, MAX_AUDIT_TEXT) : "",
                     std::string(action),
                     bounded_excerpt(subject, MAX_AUDIT_TEXT),
                     bounded_excerpt(request.client_address, MAX_AUDIT_TEXT)};
    if (auto added = services.store.add_audit_entry(entry); !added) {
        spdlog::error("audit log: {}", added.error().detail);
    }
}

std::string safe_return_path(std::string_view wanted)
{
    return site_local_target(wanted, "/konto");
}

void set_field_errors(TemplateData& page, const FieldErrors& errors)
{
    kainjow::mustache::list summary;
    for (const auto& [field, message] : errors) {
        page.set(field + "_error", message);
        page.set(field + "_invalid", true);
        TemplateData entry{TemplateData::type::object};
        entry.set("field", field);
        entry.set("message", message);
        summary.push_back(entry);
    }
    page.set("errors", summary);
    page.set("has_errors", !errors.empty());
}

} // namespace rundum::web
