// SPDX-License-Identifier: EUPL-1.2
// Questions to the network, for members only: the list with a topic filter, asking, a
// question's page with its answers, changing and deleting one's own question. Answers are in
// answer_pages.
#pragma once

#include <string>
#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/page_helpers.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /fragen (?thema=slug): newest first, with answer counts and helpful marks.
Result<Response> question_list_page(const Request& request, Services& services);
/// GET /fragen/neu (?projekt=ID, ?herausforderung=SLUG tick that link)
Result<Response> new_question_page(const Request& request, Services& services);
/// POST /fragen/neu
Result<Response> create_question(const Request& request, Services& services);
/// GET /fragen/{id}
Result<Response> question_page(const Request& request, Services& services, std::string_view id);
/// GET /fragen/{id}/bearbeiten (the asker or an admin)
Result<Response> question_edit_page(const Request& request, Services& services, std::string_view id);
/// POST /fragen/{id}/bearbeiten
Result<Response> save_question(const Request& request, Services& services, std::string_view id);
/// POST /fragen/{id}/loeschen (with the confirmation tick)
Result<Response> delete_question(const Request& request, Services& services, std::string_view id);

/// A question's page as a member sees it, with `answer_text` in the answer form and `errors`
/// on it (a refused answer is shown again, nothing typed lost).
Result<Response> question_page_with(const Request& request, Services& services, std::string_view id,
                                    const std::string& answer_text, const FieldErrors& errors, int status);

/// A questions page for members (`template_name`, titled `title`) with `errors` on its form:
/// the navigation entry lit, never cached, answered with `status`.
Response question_member_page(const Request& request, Services& services, const std::string& template_name,
                              TemplateData page, const std::string& title, const FieldErrors& errors = {},
                              int status = 200);

/// The question of `id`, NotFound if there is none.
Result<Question> existing_question(Services& services, std::string_view id);

} // namespace rundum::web
