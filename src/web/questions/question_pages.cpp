// SPDX-License-Identifier: EUPL-1.2
// Question handlers. Every route is for members (the route table sends the public to the sign-in
// page or answers 401). A refused save shows the form again as typed.
#include "web/questions/question_pages.hpp"

#include <algorithm>
#include <functional>
#include <optional>

#include "auth/tokens.hpp"
#include "core/permissions.hpp"
#include "core/question_rules.hpp"
#include "format/markdown.hpp"
#include "web/challenges/challenge_view.hpp"
#include "web/http/clock.hpp"
#include "web/http/error_pages.hpp"
#include "web/http/form.hpp"
#include "web/questions/question_form.hpp"
#include "web/questions/question_notifications.hpp"
#include "web/questions/question_view.hpp"

namespace rundum::web {

namespace {

// The question if the visitor may change it: NotFound, or Forbidden for another member.
Result<Question> editable_question(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(question, existing_question(services, id));
    if (!is_allowed_as_author(request.visitor.member(), Action::EditQuestion, question.user_id)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    return question;
}

Result<Response> form_page(const Request& request, Services& services, const Question& question, bool is_new,
                           const FieldErrors& errors = {}, int status = 200)
{
    RUNDUM_TRY_ASSIGN(choices, QuestionChoices::load(services, *request.visitor.user));
    return question_member_page(request, services, "question_edit", question_form_view(question, choices, is_new),
                                services.catalogue.text(is_new ? "question.new_title" : "question.edit_title"),
                                errors, status);
}

Result<Response> invalid_form(const Request& request, Services& services, const Question& question, bool is_new,
                              const Error& error)
{
    return form_page(request, services, question, is_new, {{question_field_of(error), services.catalogue.text(error)}},
                     http_status(error.code));
}

// Saves the question typed into `form` on top of `draft` after checking it.
Result<Question> checked_question(const Request& request, Services& services, Question draft, const Form& form,
                                  Question& typed)
{
    typed = question_from_form(std::move(draft), form);
    RUNDUM_TRY_ASSIGN(choices, QuestionChoices::load(services, *request.visitor.user));
    RUNDUM_TRY(validate_question(typed, choices.references()));
    RUNDUM_TRY(services.store.save_question(typed));
    return typed;
}

kainjow::mustache::list linked_items(const std::vector<std::string>& keys,
                                     const std::function<std::optional<TemplateData>(const std::string&)>& item_of)
{
    kainjow::mustache::list list;
    for (const std::string& key : keys) {
        if (auto item = item_of(key)) {
            list.push_back(*item);
        }
    }
    return list;
}

// The question's links the visitor may follow: visible projects, existing challenges, topics.
Result<void> add_links(TemplateData& page, Services& services, const User* member, const Question& question)
{
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    RUNDUM_TRY_ASSIGN(projects, services.store.find_projects(question.project_ids));
    RUNDUM_TRY_ASSIGN(challenges, services.store.list_challenges());
    page.set("topics", linked_items(question.topics, [&](const std::string& slug) -> std::optional<TemplateData> {
                 for (const Topic& topic : topics) {
                     if (topic.slug == slug) {
                         TemplateData item{TemplateData::type::object};
                         item.set("slug", topic.slug);
                         item.set("name", topic.name);
                         return item;
                     }
                 }
                 return std::nullopt;
             }));
    page.set("has_topics", !question.topics.empty());
    kainjow::mustache::list project_items;
    for (const Project& project : projects) {
        if (is_visible(project, member)) {
            TemplateData item{TemplateData::type::object};
            item.set("title", project.title);
            item.set("url", "/praxisbeispiele/" + project.id);
            project_items.push_back(item);
        }
    }
    page.set("has_projects", !project_items.empty());
    page.set("projects", project_items);
    kainjow::mustache::list challenge_items =
        linked_items(question.challenge_slugs, [&](const std::string& slug) -> std::optional<TemplateData> {
            for (const Challenge& challenge : challenges) {
                if (challenge.slug == slug) {
                    TemplateData item{TemplateData::type::object};
                    item.set("title", challenge.title);
                    item.set("url", "/herausforderungen/" + challenge.slug);
                    return item;
                }
            }
            return std::nullopt;
        });
    page.set("has_challenges", !challenge_items.empty());
    page.set("challenges", challenge_items);
    return {};
}

TemplateData answer_view(const Answer& answer, const Question& question, const QuestionNames& names,
                         const User& member, Services& services)
{
    TemplateData item{TemplateData::type::object};
    item.set("id", answer.id);
    item.set("author", names.author(answer.user_id, answer.city_id, services.catalogue));
    item.set("day", readable_day(answer.created_at));
    item.set("body_html", format::markdown_to_html(answer.body));
    item.set("is_helpful", answer.is_helpful);
    item.set("can_mark", is_allowed_as_author(&member, Action::MarkHelpful, question.user_id));
    item.set("can_edit", is_allowed_as_author(&member, Action::EditAnswer, answer.user_id));
    return item;
}

} // namespace

Result<Question> existing_question(Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(question, services.store.find_question(id));
    if (!question) {
        return fail(ErrorCode::NotFound, "error.question.not_found");
    }
    return std::move(*question);
}

Response question_member_page(const Request& request, Services& services, const std::string& template_name,
                              TemplateData page, const std::string& title, const FieldErrors& errors, int status)
{
    page.set("nav_questions", true);
    if (!errors.empty()) {
        set_field_errors(page, errors);
    }
    Response response;
    response.status = status;
    response.body = services.templates.render_page(template_name, std::move(page), title, request.visitor);
    response.with_header("Cache-Control", "no-store");
    return response;
}

Result<Response> question_list_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(questions, services.store.list_questions());
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    RUNDUM_TRY_ASSIGN(names, QuestionNames::load(services));
    const std::string chosen = Form::parse(request.query).value("thema");
    kainjow::mustache::list topic_options;
    std::string chosen_name;
    for (const Topic& topic : topics) {
        TemplateData option{TemplateData::type::object};
        option.set("slug", topic.slug);
        option.set("name", topic.name);
        option.set("selected", topic.slug == chosen);
        topic_options.push_back(option);
        chosen_name = topic.slug == chosen ? topic.name : chosen_name;
    }
    kainjow::mustache::list items;
    for (const Question& question : questions) {
        const bool matches =
            chosen.empty() || std::find(question.topics.begin(), question.topics.end(), chosen) != question.topics.end();
        if (matches) {
            items.push_back(question_list_item(question, names, services.catalogue));
        }
    }
    TemplateData page{TemplateData::type::object};
    page.set("topic_options", topic_options);
    page.set("questions", items);
    page.set("has_questions", !items.empty());
    page.set("is_filtered", !chosen.empty());
    page.set("filter_text", services.catalogue.text("question.filtered", {chosen_name.empty() ? chosen : chosen_name}));
    page.set("deleted", request.query == "geloescht=1");
    return question_member_page(request, services, "questions", std::move(page),
                                services.catalogue.text("question.list_title"));
}

Result<Response> new_question_page(const Request& request, Services& services)
{
    if (!is_allowed(request.visitor.member(), Action::AskQuestion)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    // Project and challenge pages link here with their own link ticked.
    const Form query = Form::parse(request.query);
    Question question;
    if (const std::string project = query.value("projekt"); !project.empty()) {
        question.project_ids.push_back(project);
    }
    if (const std::string challenge = query.value("herausforderung"); !challenge.empty()) {
        question.challenge_slugs.push_back(challenge);
    }
    return form_page(request, services, question, true);
}

Result<Response> create_question(const Request& request, Services& services)
{
    const User& asker = *request.visitor.user;
    if (!is_allowed(&asker, Action::AskQuestion)) {
        return fail(ErrorCode::Forbidden, "error.account.forbidden");
    }
    const Form form = Form::parse(request.body);
    if (!is_complete_question_form(form)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    Question draft;
    draft.id = "q-" + auth::random_token().substr(0, 16);
    draft.user_id = asker.id;
    draft.city_id = asker.city_id;
    draft.created_at = now_iso();
    draft.updated_at = draft.created_at;
    Question typed;
    auto saved = checked_question(request, services, std::move(draft), form, typed);
    if (!saved) {
        return invalid_form(request, services, typed, true, saved.error());
    }
    tell_linked_cities_about_question(services, *saved, asker);
    return redirect_to("/fragen/" + saved->id + "?gespeichert=1");
}

Result<Response> question_page(const Request& request, Services& services, std::string_view id)
{
    return question_page_with(request, services, id, "", {}, 200);
}

Result<Response> question_page_with(const Request& request, Services& services, std::string_view id,
                                    const std::string& answer_text, const FieldErrors& errors, int status)
{
    const User& member = *request.visitor.user;
    RUNDUM_TRY_ASSIGN(question, existing_question(services, id));
    RUNDUM_TRY_ASSIGN(answers, services.store.answers(question.id));
    RUNDUM_TRY_ASSIGN(names, QuestionNames::load(services));
    TemplateData page{TemplateData::type::object};
    page.set("id", question.id);
    page.set("question_title", question.title);
    page.set("asker", names.author(question.user_id, question.city_id, services.catalogue));
    page.set("day", readable_day(question.created_at));
    page.set("body_html", format::markdown_to_html(question.body));
    page.set("can_edit", is_allowed_as_author(&member, Action::EditQuestion, question.user_id));
    page.set("can_answer", is_allowed(&member, Action::AnswerQuestion));
    page.set("saved", request.query == "gespeichert=1");
    RUNDUM_TRY(add_links(page, services, &member, question));
    kainjow::mustache::list answer_items;
    for (const Answer& answer : answers) {
        answer_items.push_back(answer_view(answer, question, names, member, services));
    }
    page.set("answers", answer_items);
    page.set("has_answers", !answer_items.empty());
    page.set("answer_heading", answers.size() == 1
                                   ? services.catalogue.text("question.answers_one")
                                   : services.catalogue.text("question.answers_many", {std::to_string(answers.size())}));
    page.set("answer_text", answer_text);
    return question_member_page(request, services, "question", std::move(page), question.title, errors, status);
}

Result<Response> question_edit_page(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(question, editable_question(request, services, id));
    return form_page(request, services, question, false);
}

Result<Response> save_question(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(question, editable_question(request, services, id));
    const Form form = Form::parse(request.body);
    if (!is_complete_question_form(form)) {
        return fail(ErrorCode::Invalid, "error.form.incomplete");
    }
    Question draft = question;
    draft.updated_at = now_iso();
    Question typed;
    if (auto saved = checked_question(request, services, std::move(draft), form, typed); !saved) {
        return invalid_form(request, services, typed, false, saved.error());
    }
    return redirect_to("/fragen/" + question.id + "?gespeichert=1");
}

Result<Response> delete_question(const Request& request, Services& services, std::string_view id)
{
    RUNDUM_TRY_ASSIGN(question, editable_question(request, services, id));
    if (!Form::parse(request.body).is_confirmed()) {
        return invalid_form(request, services, question, false,
                            Error{ErrorCode::Invalid, "question.error.delete_unconfirmed", {}, {}, "confirm"});
    }
    RUNDUM_TRY(services.store.delete_question(question.id));
    return redirect_to("/fragen?geloescht=1");
}

} // namespace rundum::web
