// SPDX-License-Identifier: EUPL-1.2
// Answered outside the page cache: the window depends on the clock (a meeting that starts
// moves it) and the page is for members only.
#include "web/home/network_news_pages.hpp"

#include "core/calendar_date.hpp"
#include "core/meeting_reminders.hpp"
#include "format/berlin_time.hpp"
#include "web/http/clock.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/home/network_news_view.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

// Where the window starts, in UTC: the start of the last meeting, or some days back.
std::string window_start(const Meeting* last, const std::string& now_local)
{
    const std::string local = last != nullptr ? last->starts_at : add_days(now_local, -NEWS_DAYS_WITHOUT_MEETING);
    const auto moment = format::berlin_to_unix(local);
    return moment ? iso_utc(std::chrono::system_clock::time_point(std::chrono::seconds(*moment))) : "";
}

Result<NewsSources> load_sources(Services& services, const std::vector<Challenge>& challenges)
{
    NewsSources sources;
    RUNDUM_TRY_ASSIGN(projects, services.store.list_projects());
    RUNDUM_TRY_ASSIGN(adoptions, services.store.list_adoptions());
    RUNDUM_TRY_ASSIGN(advice, services.store.list_advice());
    RUNDUM_TRY_ASSIGN(questions, services.store.list_questions());
    RUNDUM_TRY_ASSIGN(pilots, services.store.list_pilots());
    for (const Question& question : questions) {
        if (question.answer_count == 0) {
            continue;
        }
        RUNDUM_TRY_ASSIGN(answers, services.store.answers(question.id));
        sources.answers.insert(sources.answers.end(), answers.begin(), answers.end());
    }
    for (const Challenge& challenge : challenges) {
        RUNDUM_TRY_ASSIGN(approaches, services.store.challenge_approaches(challenge.slug));
        sources.approaches.insert(sources.approaches.end(), approaches.begin(), approaches.end());
    }
    sources.projects = std::move(projects);
    sources.adoptions = std::move(adoptions);
    sources.advice = std::move(advice);
    sources.questions = std::move(questions);
    sources.pilots = std::move(pilots);
    return sources;
}

} // namespace

Result<Response> network_news_page(const Request& request, Services& services)
{
    RUNDUM_TRY_ASSIGN(meetings, services.store.list_meetings());
    RUNDUM_TRY_ASSIGN(cities, services.store.list_cities());
    RUNDUM_TRY_ASSIGN(challenges, services.store.list_challenges());
    NewsPage page;
    page.now = meeting_now();
    page.today = date_part(page.now);
    page.last = last_meeting(meetings, page.now);
    page.next = next_meeting(meetings, page.now);
    const std::string since = window_start(page.last, page.now);
    page.since_day = readable_day(page.last != nullptr ? page.last->starts_at
                                                       : add_days(page.now, -NEWS_DAYS_WITHOUT_MEETING));
    if (page.last != nullptr) {
        RUNDUM_TRY_ASSIGN(actions, services.store.action_items(page.last->id));
        page.actions = std::move(actions);
    }
    RUNDUM_TRY_ASSIGN(sources, load_sources(services, challenges));
    page.news = news_since(sources, since);
    page.projects = std::move(sources.projects);
    page.cities = std::move(cities);
    page.challenges = std::move(challenges);
    TemplateData view = network_news_view(page, services.catalogue);
    view.set("nav_meetings", true);
    Response response = html_page(request, services, "network_news", std::move(view), "meeting.news.title");
    response.with_header("Cache-Control", "no-store");
    return response;
}

} // namespace rundum::web
