// SPDX-License-Identifier: EUPL-1.2
#include "core/network_news.hpp"

#include <algorithm>
#include <map>

namespace rundum {

namespace {

bool is_in_window(std::string_view timestamp, std::string_view since_utc)
{
    return !timestamp.empty() && timestamp >= since_utc;
}

// The records of `all` whose timestamp `when` picks is in the window, newest first.
template <typename Record, typename When>
std::vector<Record> newest_first_since(const std::vector<Record>& all, std::string_view since_utc, When when)
{
    std::vector<Record> picked;
    std::copy_if(all.begin(), all.end(), std::back_inserter(picked),
                 [&](const Record& record) { return is_in_window(when(record), since_utc); });
    std::stable_sort(picked.begin(), picked.end(),
                     [&](const Record& left, const Record& right) { return when(left) > when(right); });
    return picked;
}

} // namespace

const Meeting* last_meeting(const std::vector<Meeting>& meetings, const std::string& now_local)
{
    const Meeting* last = nullptr;
    for (const Meeting& meeting : meetings) {
        if (!meeting.is_cancelled && meeting.starts_at <= now_local &&
            (last == nullptr || meeting.starts_at > last->starts_at)) {
            last = &meeting;
        }
    }
    return last;
}

const Meeting* next_meeting(const std::vector<Meeting>& meetings, const std::string& now_local)
{
    const Meeting* next = nullptr;
    for (const Meeting& meeting : meetings) {
        if (!meeting.is_cancelled && meeting.starts_at > now_local &&
            (next == nullptr || meeting.starts_at < next->starts_at)) {
            next = &meeting;
        }
    }
    return next;
}

bool NetworkNews::is_empty() const
{
    return new_projects.empty() && changed_projects.empty() && adoptions.empty() && advice.empty() &&
           new_questions.empty() && answered_questions.empty() && approaches.empty() && pilots.empty();
}

NetworkNews news_since(const NewsSources& sources, std::string_view since_utc)
{
    NetworkNews news;
    for (const Project& project : newest_first_since(sources.projects, since_utc,
                                                     [](const Project& project) { return project.updated_at; })) {
        (is_in_window(project.created_at, since_utc) ? news.new_projects : news.changed_projects).push_back(project);
    }
    news.adoptions = newest_first_since(sources.adoptions, since_utc,
                                        [](const Adoption& adoption) { return adoption.created_at; });
    news.advice = newest_first_since(sources.advice, since_utc, [](const Advice& advice) { return advice.created_at; });
    news.new_questions = newest_first_since(sources.questions, since_utc,
                                            [](const Question& question) { return question.created_at; });
    std::map<std::string, int> new_answers;
    std::map<std::string, std::string> last_answer_at;
    for (const Answer& answer : sources.answers) {
        if (is_in_window(answer.created_at, since_utc)) {
            ++new_answers[answer.question_id];
            last_answer_at[answer.question_id] = std::max(last_answer_at[answer.question_id], answer.created_at);
        }
    }
    for (const Question& question : sources.questions) {
        if (new_answers.contains(question.id) && !is_in_window(question.created_at, since_utc)) {
            news.answered_questions.push_back(AnsweredQuestion{question, new_answers[question.id]});
        }
    }
    std::stable_sort(news.answered_questions.begin(), news.answered_questions.end(),
                     [&](const AnsweredQuestion& left, const AnsweredQuestion& right) {
                         return last_answer_at[left.question.id] > last_answer_at[right.question.id];
                     });
    news.approaches = newest_first_since(sources.approaches, since_utc,
                                         [](const ChallengeApproach& approach) { return approach.updated_at; });
    news.pilots = newest_first_since(sources.pilots, since_utc, [](const PilotProject& pilot) { return pilot.updated_at; });
    return news;
}

} // namespace rundum
