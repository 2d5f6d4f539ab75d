// SPDX-License-Identifier: EUPL-1.2
// Builds the template fields of questions shown in lists and on project and challenge pages.
#include "web/questions/question_view.hpp"

#include <algorithm>

#include "web/adoptions/learning_permissions.hpp"
#include "web/challenges/challenge_view.hpp"

namespace rundum::web {

Result<QuestionNames> QuestionNames::load(Services& services)
{
    RUNDUM_TRY_ASSIGN(users, services.store.list_users());
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    QuestionNames names;
    for (const User& user : users) {
        names.m_members.emplace(user.id, member_name(user));
    }
    for (const City& city : cities) {
        names.m_cities.emplace(city.id, city.name);
    }
    return names;
}

std::string QuestionNames::author(const std::string& user_id, const std::string& city_id,
                                  const i18n::Catalogue& catalogue) const
{
    // No id: the record came by import from a network whose accounts this one does not have.
    const auto member = m_members.find(user_id);
    std::string name = member != m_members.end() ? member->second
                       : user_id.empty()         ? catalogue.text("question.some_member")
                                                 : catalogue.text("question.former_member");
    if (const auto city = m_cities.find(city_id); city != m_cities.end()) {
        name += " (" + city->second + ")";
    }
    return name;
}

TemplateData question_list_item(const Question& question, const QuestionNames& names, const i18n::Catalogue& catalogue)
{
    TemplateData item{TemplateData::type::object};
    item.set("title", question.title);
    item.set("url", "/fragen/" + question.id);
    item.set("asker", names.author(question.user_id, question.city_id, catalogue));
    item.set("day", readable_day(question.created_at));
    item.set("answers", question.answer_count == 1
                            ? catalogue.text("question.answers_one")
                            : catalogue.text("question.answers_many", {std::to_string(question.answer_count)}));
    item.set("has_helpful", question.has_helpful_answer);
    return item;
}

Result<void> add_linked_questions(TemplateData& page, Services& services, const User* member,
                                  std::string_view project_id, std::string_view challenge_slug)
{
    if (member == nullptr) {
        return {}; // questions are asked among members
    }
    RUNDUM_TRY_ASSIGN(questions, services.store.list_questions());
    RUNDUM_TRY_ASSIGN(names, QuestionNames::load(services));
    const auto links = [&](const Question& question) {
        const auto& ids = question.project_ids;
        const auto& slugs = question.challenge_slugs;
        return (!project_id.empty() && std::find(ids.begin(), ids.end(), project_id) != ids.end()) ||
               (!challenge_slug.empty() && std::find(slugs.begin(), slugs.end(), challenge_slug) != slugs.end());
    };
    kainjow::mustache::list list;
    for (const Question& question : questions) {
        if (links(question)) {
            list.push_back(question_list_item(question, names, services.catalogue));
        }
    }
    page.set("questions_member", true);
    page.set("has_linked_questions", !list.empty());
    page.set("linked_questions", list);
    page.set("ask_url", project_id.empty() ? "/fragen/neu?herausforderung=" + std::string(challenge_slug)
                                           : "/fragen/neu?projekt=" + std::string(project_id));
    return {};
}

} // namespace rundum::web
