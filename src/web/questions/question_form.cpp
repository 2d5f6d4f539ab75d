// SPDX-License-Identifier: EUPL-1.2
// Reading and showing the question form. Checkbox lists send one value per ticked box.
#include "web/questions/question_form.hpp"

#include <algorithm>
#include <tuple>

#include "core/text.hpp"

namespace rundum::web {

namespace {

bool has(const std::vector<std::string>& values, const std::string& value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

// The ticked values without repeats, in the order sent.
std::vector<std::string> ticked(const Form& form, const std::string& name)
{
    std::vector<std::string> values;
    for (const std::string& value : form.values(name)) {
        if (!value.empty() && !has(values, value)) {
            values.push_back(value);
        }
    }
    return values;
}

} // namespace

Result<QuestionChoices> QuestionChoices::load(Services& services, const User& member)
{
    QuestionChoices choices;
    RUNDUM_TRY_ASSIGN(topics, services.store.list_topics());
    RUNDUM_TRY_ASSIGN(projects, services.store.list_projects());
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(challenges, services.store.list_challenges());
    choices.topics = std::move(topics);
    choices.challenges = std::move(challenges);
    for (Project& project : projects) {
        const City* city = city_with_id(cities, project.city_id);
        if (city != nullptr && is_visible(project, &member)) {
            choices.projects.push_back(ProjectWithCity{std::move(project), *city});
        }
    }
    std::stable_sort(choices.projects.begin(), choices.projects.end(),
                     [](const ProjectWithCity& a, const ProjectWithCity& b) {
                         return std::tie(a.city.name, a.project.title) < std::tie(b.city.name, b.project.title);
                     });
    return choices;
}

QuestionReferences QuestionChoices::references() const
{
    QuestionReferences references;
    references.topics = topics;
    for (const ProjectWithCity& entry : projects) {
        references.visible_project_ids.push_back(entry.project.id);
    }
    for (const Challenge& challenge : challenges) {
        references.challenge_slugs.push_back(challenge.slug);
    }
    return references;
}

bool is_complete_question_form(const Form& form)
{
    return form.has("title") && form.has("body");
}

Question question_from_form(Question draft, const Form& form)
{
    draft.title = std::string(trim_blanks(form.value("title")));
    draft.body = form.value("body");
    draft.topics = ticked(form, "topics");
    draft.project_ids = ticked(form, "projects");
    draft.challenge_slugs = ticked(form, "challenges");
    return draft;
}

TemplateData question_form_view(const Question& question, const QuestionChoices& choices, bool is_new)
{
    TemplateData page{TemplateData::type::object};
    page.set("is_new", is_new);
    page.set("id", question.id);
    page.set("question_title", question.title);
    page.set("body", question.body);
    page.set("action", is_new ? std::string("/fragen/neu") : "/fragen/" + question.id + "/bearbeiten");
    kainjow::mustache::list topics;
    for (const Topic& topic : choices.topics) {
        TemplateData item{TemplateData::type::object};
        item.set("slug", topic.slug);
        item.set("name", topic.name);
        item.set("checked", has(question.topics, topic.slug));
        topics.push_back(item);
    }
    page.set("topics", topics);
    kainjow::mustache::list projects;
    for (const ProjectWithCity& entry : choices.projects) {
        TemplateData item{TemplateData::type::object};
        item.set("id", entry.project.id);
        item.set("title", entry.project.title);
        item.set("city_name", entry.city.name);
        item.set("checked", has(question.project_ids, entry.project.id));
        projects.push_back(item);
    }
    page.set("projects", projects);
    kainjow::mustache::list challenges;
    for (const Challenge& challenge : choices.challenges) {
        TemplateData item{TemplateData::type::object};
        item.set("slug", challenge.slug);
        item.set("title", challenge.title);
        item.set("checked", has(question.challenge_slugs, challenge.slug));
        challenges.push_back(item);
    }
    page.set("challenges", challenges);
    return page;
}

std::string question_field_of(const Error& error)
{
    if (!error.field.empty()) { // the input rule (core/text_input) names the field itself
        return error.field;
    }
    const std::string& key = error.key;
    if (key.find("topic") != std::string::npos) {
        return "topics";
    }
    if (key.find("project") != std::string::npos) {
        return "projects";
    }
    if (key.find("challenge") != std::string::npos) {
        return "challenges";
    }
    if (key.find("body") != std::string::npos) {
        return "body";
    }
    return "title";
}

} // namespace rundum::web
