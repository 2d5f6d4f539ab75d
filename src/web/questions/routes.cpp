// SPDX-License-Identifier: EUPL-1.2
// Questions to the network and their answers: members only, never cached.
#include "web/routes.hpp"

#include "web/questions/answer_pages.hpp"
#include "web/questions/question_pages.hpp"

namespace rundum::web {

RouteList question_routes()
{
    RouteList routes;
    routes.push_back(get("/fragen", question_list_page).members());
    routes.push_back(get("/fragen/neu", new_question_page).members());
    routes.push_back(post("/fragen/neu", create_question).members());
    routes.push_back(get("/fragen/{id}", question_page).members());
    routes.push_back(get("/fragen/{id}/bearbeiten", question_edit_page).members());
    routes.push_back(post("/fragen/{id}/bearbeiten", save_question).members());
    routes.push_back(post("/fragen/{id}/loeschen", delete_question).members());
    routes.push_back(post("/fragen/{id}/antworten", add_answer).members());
    routes.push_back(get("/antworten/{id}/bearbeiten", answer_edit_page).members());
    routes.push_back(post("/antworten/{id}/bearbeiten", save_answer).members());
    routes.push_back(post("/antworten/{id}/loeschen", delete_answer).members());
    routes.push_back(post("/antworten/{id}/hilfreich", mark_answer_helpful).members());
    return routes;
}

} // namespace rundum::web
