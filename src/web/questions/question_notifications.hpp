// SPDX-License-Identifier: EUPL-1.2
// In-app notifications about questions to the network (emailing them is the notification
// mail's business): a new answer tells the asker, a new question tells the members of the cities
// whose projects it links.
#pragma once

#include "core/question.hpp"
#include "core/user.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Tells the asker that `author` answered (nothing when they answered themselves).
void tell_asker_about_answer(Services& services, const Question& question, const Answer& answer, const User& author);

/// Tells every member of a city that has a project linked to the new question (not the asker,
/// each member once). The links are few (MAX_QUESTION_PROJECTS), so the messages are too.
void tell_linked_cities_about_question(Services& services, const Question& question, const User& asker);

} // namespace rundum::web
