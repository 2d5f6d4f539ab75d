// SPDX-License-Identifier: EUPL-1.2
// Meeting notifications as catalogue keys with arguments (read in the member's language).
#include "web/meetings/meeting_notifications.hpp"

#include <spdlog/spdlog.h>

#include "web/http/clock.hpp"
#include "web/meetings/meeting_access.hpp"

namespace rundum::web {

namespace {

// Adds one notification to each user `wanted` picks.
template <typename Wanted>
void notify_users(Services& services, Wanted&& wanted, const std::string& key, const std::vector<std::string>& args,
                  const std::string& link)
{
    auto users = services.store.list_users();
    if (!users) {
        spdlog::error("meeting notification {}: {}", key, users.error().detail);
        return;
    }
    for (const User& user : *users) {
        if (!wanted(user)) {
            continue;
        }
        Notification notification{new_meeting_record_id("n-"), user.id, key, args, link, now_iso(), false};
        if (auto added = services.store.add_notification(notification); !added) {
            spdlog::error("meeting notification for {}: {}", user.id, added.error().detail);
        }
    }
}

} // namespace

void notify_new_meeting(Services& services, const Meeting& meeting, std::string_view author_id)
{
    notify_users(
        services, [&](const User& user) { return user.id != author_id; }, "notification.meeting.new",
        {meeting.title, readable_day(meeting.starts_at)}, "/treffen/" + meeting.id);
}

void notify_proposal_decided(Services& services, const Meeting& meeting, const AgendaItem& item)
{
    if (item.proposed_by.empty() || item.status == AgendaStatus::Proposed) {
        return;
    }
    const std::string key = item.status == AgendaStatus::Accepted ? "notification.meeting.accepted"
                                                                  : "notification.meeting.declined";
    notify_users(
        services, [&](const User& user) { return user.id == item.proposed_by; }, key, {item.title, meeting.title},
        "/treffen/" + meeting.id + "#tagesordnung");
}

void notify_action_item(Services& services, const Meeting& meeting, const ActionItem& action)
{
    notify_users(
        services, [&](const User& user) { return user.city_id == action.city_id; }, "notification.meeting.action",
        {action.text, meeting.title}, "/treffen/" + meeting.id + "#aufgaben");
}

} // namespace rundum::web
