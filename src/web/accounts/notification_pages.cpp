// SPDX-License-Identifier: EUPL-1.2
// Notifications are stored as a message key with arguments, so they read in the member's
// language when shown, not when written.
#include "web/accounts/notification_pages.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "web/http/clock.hpp"
#include "web/http/page_helpers.hpp"

namespace rundum::web {

namespace {

constexpr int SHOWN = 50; // the newest; older ones are history nobody scrolls to

} // namespace

void add_notifications(TemplateData& page, Services& services, const User& member)
{
    auto notifications = services.store.notifications(member.id, SHOWN);
    if (!notifications) {
        spdlog::error("notifications of {}: {}", member.id, notifications.error().detail);
        return;
    }
    kainjow::mustache::list list;
    bool has_unread = false;
    for (const Notification& notification : *notifications) {
        TemplateData item{TemplateData::type::object};
        item.set("text", services.catalogue.text(notification.message_key, notification.arguments));
        if (notification.link.starts_with('/') && !notification.link.starts_with("//")) {
            item.set("link", notification.link);
        }
        item.set("at", readable_time(notification.created_at));
        item.set("unread", !notification.is_read);
        has_unread = has_unread || !notification.is_read;
        list.push_back(item);
    }
    page.set("has_notifications", !list.empty());
    page.set("has_unread", has_unread);
    page.set("notifications", list);
}

int unread_notifications(store::Store& store, const std::string& user_id)
{
    auto newest = store.notifications(user_id, 100);
    if (!newest) {
        return 0; // the page still works; the count is a hint
    }
    return static_cast<int>(std::count_if(newest->begin(), newest->end(),
                                          [](const Notification& notification) { return !notification.is_read; }));
}

Result<Response> mark_notifications_read(const Request& request, Services& services)
{
    RUNDUM_TRY(services.store.mark_notifications_read(request.visitor.user->id));
    return redirect_to("/konto#mitteilungen");
}

} // namespace rundum::web
