// SPDX-License-Identifier: EUPL-1.2
// Each section is a list of entries with a link, the city and a day; an empty section is left
// out, and a page with nothing new says so once.
#include "web/home/network_news_view.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

#include "web/meetings/meeting_access.hpp"

namespace rundum::web {

namespace {

std::string city_name(const std::vector<City>& cities, const std::string& id)
{
    const City* city = city_with_id(cities, id);
    return city != nullptr ? city->name : "";
}

std::string project_url(const std::string& id)
{
    std::string url = "/praxisbeispiele/";
    url += id;
    return url;
}

const Project* project_with_id(const std::vector<Project>& projects, const std::string& id)
{
    auto found = std::find_if(projects.begin(), projects.end(), [&](const Project& project) { return project.id == id; });
    return found == projects.end() ? nullptr : &*found;
}

// One entry: what it is, where it leads, which city, which day.
TemplateData entry(const std::string& title, const std::string& url, const std::string& city, const std::string& when)
{
    TemplateData item{TemplateData::type::object};
    item.set("title", title);
    item.set("url", url);
    item.set("city", city);
    item.set("day", readable_day(when));
    return item;
}

void set_section(TemplateData& page, const std::string& name, const kainjow::mustache::list& items)
{
    page.set("has_" + name, !items.empty());
    page.set(name, items);
}

kainjow::mustache::list project_entries(const std::vector<Project>& projects, const std::vector<City>& cities,
                                        bool by_creation)
{
    kainjow::mustache::list items;
    for (const Project& project : projects) {
        items.push_back(entry(project.title, project_url(project.id), city_name(cities, project.city_id),
                              by_creation ? project.created_at : project.updated_at));
    }
    return items;
}

kainjow::mustache::list adoption_entries(const NewsPage& page, const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list items;
    for (const Adoption& adoption : page.news.adoptions) {
        const Project* original = project_with_id(page.projects, adoption.original_project_id);
        if (original == nullptr) {
            continue;
        }
        TemplateData item = entry(original->title, project_url(original->id), city_name(page.cities, adoption.city_id),
                                  adoption.created_at);
        item.set("text", catalogue.text("meeting.news.adopted", {city_name(page.cities, adoption.city_id),
                                                                 city_name(page.cities, original->city_id)}));
        items.push_back(item);
    }
    return items;
}

kainjow::mustache::list advice_entries(const NewsPage& page, const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list items;
    for (const Advice& advice : page.news.advice) {
        const Project* project = project_with_id(page.projects, advice.project_id);
        if (project == nullptr) {
            continue;
        }
        TemplateData item = entry(project->title, project_url(project->id),
                                  city_name(page.cities, advice.advised_city_id), advice.created_at);
        item.set("text", catalogue.text("meeting.news.advised", {city_name(page.cities, advice.advising_city_id),
                                                                 city_name(page.cities, advice.advised_city_id)}));
        items.push_back(item);
    }
    return items;
}

kainjow::mustache::list question_entries(const NewsPage& page, const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list items;
    for (const Question& question : page.news.new_questions) {
        TemplateData item = entry(question.title, "/fragen/" + question.id, city_name(page.cities, question.city_id),
                                  question.created_at);
        item.set("text", question.answer_count == 1 ? catalogue.text("question.answers_one")
                                                    : catalogue.text("question.answers_many",
                                                                     {std::to_string(question.answer_count)}));
        items.push_back(item);
    }
    for (const AnsweredQuestion& answered : page.news.answered_questions) {
        TemplateData item = entry(answered.question.title, "/fragen/" + answered.question.id,
                                  city_name(page.cities, answered.question.city_id), "");
        item.set("text", answered.new_answers == 1 ? catalogue.text("meeting.news.new_answer_one")
                                                   : catalogue.text("meeting.news.new_answers_many",
                                                                    {std::to_string(answered.new_answers)}));
        items.push_back(item);
    }
    return items;
}

// One entry per challenge, naming every city that wrote or changed its approach.
kainjow::mustache::list approach_entries(const NewsPage& page, const i18n::Catalogue& catalogue)
{
    std::vector<std::pair<const Challenge*, std::vector<const ChallengeApproach*>>> by_challenge;
    for (const ChallengeApproach& approach : page.news.approaches) {
        auto challenge = std::find_if(page.challenges.begin(), page.challenges.end(),
                                      [&](const Challenge& known) { return known.slug == approach.challenge_slug; });
        if (challenge == page.challenges.end()) {
            continue;
        }
        auto group = std::find_if(by_challenge.begin(), by_challenge.end(),
                                  [&](const auto& entry) { return entry.first == &*challenge; });
        if (group == by_challenge.end()) {
            by_challenge.push_back({&*challenge, {}});
            group = std::prev(by_challenge.end());
        }
        group->second.push_back(&approach);
    }
    kainjow::mustache::list items;
    for (const auto& [challenge, approaches] : by_challenge) {
        std::string cities;
        for (const ChallengeApproach* approach : approaches) {
            cities += cities.empty() ? "" : ", ";
            cities += city_name(page.cities, approach->city_id);
        }
        // Newest first: the first approach is the latest change.
        TemplateData item = entry(challenge->title, "/herausforderungen/" + challenge->slug, cities,
                                  approaches.front()->updated_at);
        item.set("text", catalogue.text(approaches.size() == 1 ? "meeting.news.approach_by" : "meeting.news.approaches_by",
                                        {cities}));
        items.push_back(item);
    }
    return items;
}

kainjow::mustache::list pilot_entries(const NewsPage& page, const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list items;
    for (const PilotProject& pilot : page.news.pilots) {
        std::string cities;
        for (const PilotPartner& partner : pilot.partners) {
            cities += cities.empty() ? "" : ", ";
            cities += city_name(page.cities, partner.city_id);
        }
        TemplateData item = entry(pilot.title, "/pilotprojekte/" + pilot.slug, cities, pilot.updated_at);
        std::string status_key = "pilot.status.";
        status_key += pilot_status_key(pilot.status);
        item.set("text", catalogue.text(status_key));
        items.push_back(item);
    }
    return items;
}

kainjow::mustache::list action_entries(const NewsPage& page, const i18n::Catalogue& catalogue)
{
    kainjow::mustache::list items;
    for (const ActionItem& action : page.actions) {
        TemplateData item{TemplateData::type::object};
        item.set("text", action.text);
        item.set("city", city_name(page.cities, action.city_id));
        item.set("due", action.due_date.empty() ? "" : readable_day(action.due_date));
        item.set("is_done", action.is_done);
        item.set("is_overdue", !action.is_done && !action.due_date.empty() && action.due_date < page.today);
        item.set("state", catalogue.text(action.is_done ? "meeting.action.done" : "meeting.action.open"));
        items.push_back(item);
    }
    return items;
}

TemplateData meeting_summary(const Meeting& meeting, const std::vector<City>& cities, const i18n::Catalogue& catalogue)
{
    TemplateData summary{TemplateData::type::object};
    summary.set("title", meeting.title);
    summary.set("url", "/treffen/" + meeting.id);
    summary.set("when", readable_meeting_time(meeting, catalogue));
    summary.set("host", city_name(cities, meeting.host_city_id));
    summary.set("deadline", readable_local_time(meeting.registration_deadline, catalogue));
    return summary;
}

} // namespace

TemplateData network_news_view(const NewsPage& page, const i18n::Catalogue& catalogue)
{
    TemplateData view{TemplateData::type::object};
    view.set("has_last", page.last != nullptr);
    if (page.last != nullptr) {
        view.set("last", meeting_summary(*page.last, page.cities, catalogue));
        view.set("lead", catalogue.text("meeting.news.lead_since", {page.last->title, page.since_day}));
    } else {
        view.set("lead", catalogue.text("meeting.news.lead_without_meeting",
                                        {std::to_string(NEWS_DAYS_WITHOUT_MEETING), page.since_day}));
    }
    view.set("has_next", page.next != nullptr);
    if (page.next != nullptr) {
        TemplateData next = meeting_summary(*page.next, page.cities, catalogue);
        next.set("may_register", page.now <= page.next->registration_deadline);
        view.set("next", next);
    }
    set_section(view, "actions", action_entries(page, catalogue));
    set_section(view, "new_projects", project_entries(page.news.new_projects, page.cities, true));
    set_section(view, "changed_projects", project_entries(page.news.changed_projects, page.cities, false));
    set_section(view, "adoptions", adoption_entries(page, catalogue));
    set_section(view, "advice", advice_entries(page, catalogue));
    set_section(view, "questions", question_entries(page, catalogue));
    set_section(view, "approaches", approach_entries(page, catalogue));
    set_section(view, "pilots", pilot_entries(page, catalogue));
    view.set("is_empty", page.news.is_empty());
    return view;
}

} // namespace rundum::web
