// SPDX-License-Identifier: EUPL-1.2
// Small pieces every member page uses: rendering, redirects, guards, the audit log.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/permissions.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// A 200 HTML page from a template.
Response html_page(const Request& request, Services& services, const std::string& template_name,
                   TemplateData page, const std::string& title_key);

/// 303 See Other: after a POST, the browser loads `location` with GET; a location that is no
/// path of this site (site_local_target) becomes "/".
Response redirect_to(const std::string& location);

/// nullopt when a member is signed in; otherwise the answer: a GET is sent to the sign-in page
/// (and back afterwards), anything else gets 401.
std::optional<Response> require_member(const Request& request, Services& services);

/// The city of `slug` if the visitor may edit it: NotFound for no such city, Forbidden for a
/// member without the right (admins; a coordinator of this city).
Result<City> editable_city(const Request& request, Services& services, std::string_view slug);

/// The 403 page.
Response forbidden(const Request& request, Services& services);

/// Appends a line to the audit log; a failure is logged, never shown (the action happened).
void audit(const Request& request, Services& services, std::string_view action, std::string subject);

/// A local path to go back to after signing in ("/staedte/jena/bearbeiten"), or "/konto" when
/// `wanted` could lead elsewhere ("//evil.example", "https://...", "/\tevil"): see
/// site_local_target.
std::string safe_return_path(std::string_view wanted);

/// Form errors: field name (the input's id) and message.
using FieldErrors = std::vector<std::pair<std::string, std::string>>;

/// Template fields for form errors: `<field>_error` (text) and `<field>_invalid` per field,
/// `errors` (list of field, message) for the summary at the top, and `has_errors`.
void set_field_errors(TemplateData& page, const FieldErrors& errors);

} // namespace rundum::web
