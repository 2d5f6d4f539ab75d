// SPDX-License-Identifier: EUPL-1.2
// Question notifications: stored as a message key with arguments and a link, so they read in
// the member's language when shown. Failures are logged: the question or answer is stored.
#include "web/questions/question_notifications.hpp"

#include <set>

#include <spdlog/spdlog.h>

#include "auth/tokens.hpp"
#include "web/http/clock.hpp"
#include "web/adoptions/learning_permissions.hpp"

namespace rundum::web {

namespace {

void notify(Services& services, const std::string& user_id, std::string key, std::vector<std::string> arguments,
            std::string link)
{
    const Notification notification{"n-" + auth::random_token().substr(0, 16), user_id, std::move(key),
                                    std::move(arguments), std::move(link), now_iso(), false};
    if (auto added = services.store.add_notification(notification); !added) {
        spdlog::error("question: notification for {}: {}", user_id, added.error().detail);
    }
}

} // namespace

void tell_asker_about_answer(Services& services, const Question& question, const Answer& answer, const User& author)
{
    if (question.user_id == author.id) {
        return;
    }
    notify(services, question.user_id, "notification.question_answered", {member_name(author), question.title},
           "/fragen/" + question.id + "#antwort-" + answer.id);
}

void tell_linked_cities_about_question(Services& services, const Question& question, const User& asker)
{
    if (question.project_ids.empty()) {
        return;
    }
    auto projects = services.store.find_projects(question.project_ids);
    auto users = services.store.list_users();
    if (!projects || !users) {
        spdlog::error("question: linked cities of {}: {}", question.id,
                      !projects ? projects.error().detail : users.error().detail);
        return;
    }
    std::set<std::string> city_ids;
    for (const Project& project : *projects) {
        city_ids.insert(project.city_id);
    }
    for (const User& user : *users) {
        if (user.id != asker.id && !user.city_id.empty() && city_ids.contains(user.city_id)) {
            notify(services, user.id, "notification.question_asked", {member_name(asker), question.title},
                   "/fragen/" + question.id);
        }
    }
}

} // namespace rundum::web
