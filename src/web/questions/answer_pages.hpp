// SPDX-License-Identifier: EUPL-1.2
// Answers to questions to the network, for members only: answering, changing and deleting
// one's own answer, and the asker's mark that an answer helped.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// POST /fragen/{id}/antworten (any member; the asker is told)
Result<Response> add_answer(const Request& request, Services& services, std::string_view question_id);
/// GET /antworten/{id}/bearbeiten (the answer's author or an admin)
Result<Response> answer_edit_page(const Request& request, Services& services, std::string_view id);
/// POST /antworten/{id}/bearbeiten
Result<Response> save_answer(const Request& request, Services& services, std::string_view id);
/// POST /antworten/{id}/loeschen (with the confirmation tick)
Result<Response> delete_answer(const Request& request, Services& services, std::string_view id);
/// POST /antworten/{id}/hilfreich (helpful=ja|nein; the asker or an admin)
Result<Response> mark_answer_helpful(const Request& request, Services& services, std::string_view id);

} // namespace rundum::web
