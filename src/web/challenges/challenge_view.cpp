// SPDX-License-Identifier: EUPL-1.2
// Builds the template fields of shared challenges: texts, lists, Markdown rendered safely.
#include "web/challenges/challenge_view.hpp"

#include <algorithm>

#include "core/challenge_rules.hpp"
#include "core/text.hpp"
#include "format/markdown.hpp"
#include "web/cities/city_view.hpp"

namespace rundum::web {

namespace {

kainjow::mustache::list text_items(const std::vector<std::string>& items)
{
    kainjow::mustache::list list;
    for (const std::string& item : items) {
        list.emplace_back(TemplateData("text", item));
    }
    return list;
}

// The number of cities as a sentence ("1 Stadt arbeitet daran.").
std::string cities_text(std::size_t count, const i18n::Catalogue& catalogue)
{
    if (count == 0) {
        return catalogue.text("challenge.cities_none");
    }
    if (count == 1) {
        return catalogue.text("challenge.cities_one");
    }
    return catalogue.text("challenge.cities_many", {std::to_string(count)});
}

} // namespace

std::string short_plain_text(const std::string& markdown, std::size_t limit)
{
    // The opening paragraph only: a list or a second thought after it would run together.
    std::string text = format::markdown_to_text(markdown);
    const std::size_t first_start = text.find_first_not_of(" \n\r\t");
    text.erase(0, first_start == std::string::npos ? text.size() : first_start);
    if (const std::size_t end = text.find("\n\n"); end != std::string::npos) {
        text.resize(end);
    }
    std::string plain;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (!space) {
            plain += c;
        } else if (!plain.empty() && plain.back() != ' ') {
            plain += ' ';
        }
    }
    while (!plain.empty() && plain.back() == ' ') {
        plain.pop_back();
    }
    if (character_count(plain) <= limit) {
        return plain;
    }
    // The byte where the character after the limit starts, then back to the last space.
    std::size_t characters = 0;
    std::size_t cut = 0;
    for (; cut < plain.size(); ++cut) {
        if ((static_cast<unsigned char>(plain[cut]) & 0xC0) != 0x80 && characters++ == limit) {
            break;
        }
    }
    const std::size_t space = plain.rfind(' ', cut);
    plain.resize(space == std::string::npos || space == 0 ? cut : space);
    return plain + " …";
}

TemplateData challenge_list_view(const std::vector<Challenge>& challenges,
                                 const std::map<std::string, std::size_t>& city_counts,
                                 const i18n::Catalogue& catalogue)
{
    TemplateData view{TemplateData::type::object};
    kainjow::mustache::list list;
    for (const Challenge& challenge : challenges) {
        TemplateData item{TemplateData::type::object};
        item.set("slug", challenge.slug);
        item.set("title", challenge.title);
        set_if_not_empty(item, "summary", short_plain_text(challenge.description, 240));
        auto count = city_counts.find(challenge.slug);
        item.set("cities_text",
                 cities_text(count == city_counts.end() ? 0 : count->second, catalogue));
        list.push_back(item);
    }
    view.set("has_challenges", !list.empty());
    view.set("challenges", list);
    return view;
}

TemplateData challenge_page_view(const ChallengePage& page)
{
    const Challenge& challenge = page.challenge;
    TemplateData view{TemplateData::type::object};
    view.set("slug", challenge.slug);
    view.set("challenge_title", challenge.title);
    if (challenge.description.find_first_not_of(" \n\r\t") != std::string::npos) {
        // cmark-gfm in safe mode escapes: the template inserts it raw.
        view.set("description_html", format::markdown_to_html(challenge.description));
    }
    kainjow::mustache::list approaches;
    for (const ApproachOfCity& entry : page.approaches) {
        TemplateData item{TemplateData::type::object};
        item.set("city_slug", entry.city.slug);
        item.set("city_name", entry.city.name);
        item.set("paragraphs", text_items(non_blank_lines(entry.approach.text)));
        item.set("updated", readable_day(entry.approach.updated_at));
        approaches.push_back(item);
    }
    view.set("has_approaches", !approaches.empty());
    view.set("approaches", approaches);
    kainjow::mustache::list projects;
    for (const ProjectWithCity& entry : page.projects) {
        TemplateData item{TemplateData::type::object};
        item.set("id", entry.project.id);
        item.set("title", entry.project.title);
        item.set("city_name", entry.city.name);
        item.set("is_public", entry.project.visibility == ProjectVisibility::Public);
        projects.push_back(item);
    }
    view.set("has_projects", !projects.empty());
    view.set("projects", projects);
    view.set("has_questions", !challenge.open_questions.empty());
    view.set("questions", text_items(challenge.open_questions));
    kainjow::mustache::list discussions;
    for (const Discussion& discussion : page.discussions) {
        TemplateData item{TemplateData::type::object};
        item.set("title", discussion.title);
        item.set("url", discussion.url);
        set_if_not_empty(item, "date", discussion.date);
        discussions.push_back(item);
    }
    view.set("has_discussions", !discussions.empty());
    view.set("discussions", discussions);
    return view;
}

TemplateData challenge_form_view(const ChallengeForm& form, bool is_new)
{
    TemplateData view{TemplateData::type::object};
    view.set("is_new", is_new);
    view.set("slug", form.challenge.slug);
    view.set("slug_text", form.slug_text);
    view.set("challenge_title", form.challenge.title);
    view.set("description", form.challenge.description);
    view.set("open_questions", form.questions_text);
    view.set("position", form.position_text);
    view.set("action", is_new ? std::string("/herausforderungen/neu")
                              : "/herausforderungen/" + form.challenge.slug + "/bearbeiten");
    return view;
}

TemplateData approach_form_view(const Challenge& challenge, const City& city,
                                const ApproachForm& typed,
                                const std::vector<Project>& city_projects)
{
    TemplateData view{TemplateData::type::object};
    view.set("slug", challenge.slug);
    view.set("challenge_title", challenge.title);
    view.set("city_name", city.name);
    view.set("city_slug", city.slug);
    view.set("text", typed.text);
    view.set("max_text", std::to_string(MAX_APPROACH_TEXT));
    kainjow::mustache::list projects;
    for (const Project& project : city_projects) {
        TemplateData item{TemplateData::type::object};
        item.set("id", project.id);
        item.set("title", project.title);
        item.set("checked", std::find(typed.project_ids.begin(), typed.project_ids.end(),
                                      project.id) != typed.project_ids.end());
        projects.push_back(item);
    }
    view.set("has_projects", !projects.empty());
    view.set("projects", projects);
    return view;
}

TemplateData city_choice_view(const Challenge& challenge, const std::vector<City>& cities)
{
    TemplateData view{TemplateData::type::object};
    view.set("slug", challenge.slug);
    view.set("challenge_title", challenge.title);
    view.set("choose_city", true);
    kainjow::mustache::list options;
    for (const City& city : cities) {
        TemplateData item{TemplateData::type::object};
        item.set("slug", city.slug);
        item.set("name", city.name);
        options.push_back(item);
    }
    view.set("cities", options);
    return view;
}

} // namespace rundum::web
