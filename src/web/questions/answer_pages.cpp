// SPDX-License-Identifier: EUPL-1.2
// Answer handlers. A refused answer is shown again on its question's page (or its edit form)
// with what was typed.
#include "web/questions/answer_pages.hpp"

#include "auth/tokens.hpp"
#include "core/permissions.hpp"
#include "core/question_rules.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/http/page_helpers.hpp"
#include "web/questions/question_notifications.hpp"
#include "web/questions/question_pages.hpp"

namespace rundum::web {

namespace {

// An answer with its question, if `action` is the visitor's to take: NotFound, or Forbidden.
struct AnswerOfQuestion {
    Answer answer;
    Question question;
};

Result<AnswerOfQuestion> answer_for(const Request& request, Services& services, std::string_view id, Action action)
{
    RUNDUM_TRY_ASSIGN(answer, services.store.find_answer(id));
    if (!answer) {
        return fail(ErrorCode::NotFound, "error.question.answer_not_found");
    }
    RUNDUM_TRY_ASSIGN(question, existing_question(services, answer->question_id));
    // Marking is the asker's; changing is the answer's author's.
    const std::string& author = action == Action::MarkHelpful ? question.user_id : answer->user_id;
    if (!is_allowed_as_author(request.visitor.member(), action, author)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return AnswerOfQuestion{std::move(*answer), std::move(question)};
}

Response edit_form(const Request& request, Services& services, const AnswerOfQuestion& entry, const std::string& text,
                   const FieldErrors& errors = {}, int status = 200)
{
    TemplateData page{TemplateData::type::object};
    page.set("id", entry.answer.id);
    page.set("question_id", entry.question.id);
    page.set("question_title", entry.question.title);
    page.set("answer_text", text);
    return question_member_page(request, services, "answer_edit", std::move(page),
                                services.catalogue.text("question.answer.edit_title"), errors, status);
}

std::string answer_path(const Question& question, const Answer& answer)
{
    return "/fragen/" + question.id + "#antwort-" + answer.id;
}

} // namespace

Result<Response> add_answer(const Request& request, Services& services, std::string_view question_id)
{
    const User& author = *request.visitor.user;
    if (!is_allowed(&author, Action::AnswerQuestion)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    RUNDUM_TRY_ASSIGN(question, existing_question(services, question_id));
    const Form form = Form::parse(request.body);
    if (!form.has("body")) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    Answer answer{"a-" + auth::random_token().substr(0, 16), question.id, author.city_id, author.id,
                  form.value("body"), false, now_iso(), ""};
    answer.updated_at = answer.created_at;
    auto saved = validate_answer(answer).and_then([&] { return services.store.save_answer(answer); });
    if (!saved) {
        return question_page_with(request, services, question_id, answer.body,
                                  {{"answer_body", services.catalogue.text(saved.error())}},
                                  http_status(saved.error().code));
    }
    tell_asker_about_answer(services, question, answer, author);
    return redirect_to(answer_path(question, answer));
}

Result<Response> answer_edit_page(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(entry, answer_for(request, services, id, Action::EditAnswer));
    return edit_form(request, services, entry, entry.answer.body);
}

Result<Response> save_answer(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(entry, answer_for(request, services, id, Action::EditAnswer));
    const Form form = Form::parse(request.body);
    if (!form.has("body")) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    Answer changed = entry.answer;
    changed.body = form.value("body");
    changed.updated_at = now_iso();
    auto saved = validate_answer(changed).and_then([&] { return services.store.save_answer(changed); });
    if (!saved) {
        return edit_form(request, services, entry, changed.body,
                         {{"answer_body", services.catalogue.text(saved.error())}}, http_status(saved.error().code));
    }
    return redirect_to(answer_path(entry.question, changed));
}

Result<Response> delete_answer(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(entry, answer_for(request, services, id, Action::EditAnswer));
    if (!Form::parse(request.body).is_confirmed()) {
        return edit_form(request, services, entry, entry.answer.body,
                         {{"confirm", services.catalogue.text("question.error.delete_answer_unconfirmed")}}, 400);
    }
    RUNDUM_TRY(services.store.delete_answer(entry.answer.id));
    return redirect_to("/fragen/" + entry.question.id + "#antworten");
}

Result<Response> mark_answer_helpful(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(entry, answer_for(request, services, id, Action::MarkHelpful));
    const std::string helpful = Form::parse(request.body).value("helpful");
    if (helpful != "ja" && helpful != "nein") {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    Answer marked = entry.answer;
    marked.is_helpful = helpful == "ja";
    RUNDUM_TRY(services.store.save_answer(marked));
    return redirect_to(answer_path(entry.question, marked));
}

} // namespace rundum::web
