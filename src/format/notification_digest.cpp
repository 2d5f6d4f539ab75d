// SPDX-License-Identifier: EUPL-1.2
// Builds the mail text line by line from catalogue messages; only layout lives here.
#include "format/notification_digest.hpp"

#include "core/notification_mail.hpp"
#include "format/digest_schedule.hpp"

namespace rundum::format {

namespace {

std::string without_trailing_slashes(std::string_view base_url)
{
    while (base_url.ends_with('/')) {
        base_url.remove_suffix(1);
    }
    return std::string(base_url);
}

// Only paths inside rundum become links ("//host" would leave the site).
bool is_local_path(std::string_view link)
{
    return link.starts_with('/') && !link.starts_with("//");
}

} // namespace

std::string unsubscribe_url(std::string_view base_url, std::string_view token)
{
    return without_trailing_slashes(base_url) + std::string(UNSUBSCRIBE_PATH) + std::string(token);
}

NotificationMailText notification_mail_text(const User& member, const std::vector<Notification>& notifications,
                                            const MessageText& text, std::string_view base_url,
                                            std::string_view unsubscribe_token)
{
    const std::string base = without_trailing_slashes(base_url);
    const bool one = notifications.size() == 1;
    const std::string count = std::to_string(notifications.size());
    NotificationMailText mail;
    mail.subject = one ? text("notification.email.subject_one",
                              {text(notifications.front().message_key, notifications.front().arguments)})
                       : text("notification.email.subject_many", {count});

    std::string& body = mail.body;
    body = member.name.empty() ? text("notification.email.greeting_anonymous", {})
                               : text("notification.email.greeting", {member.name});
    body += "\n\n";
    body += one ? text("notification.email.intro_one", {}) : text("notification.email.intro_many", {count});
    body += "\n\n";
    for (const Notification& notification : notifications) {
        body += text("notification.email.item", {berlin_time_text(notification.created_at),
                                                  text(notification.message_key, notification.arguments)});
        body += "\n";
        if (is_local_path(notification.link)) {
            body += "  " + base + notification.link + "\n";
        }
        body += "\n";
    }
    body += text("notification.email.account", {base + "/konto#mitteilungen"});
    body += "\n\n";
    body += text("notification.email.unsubscribe", {unsubscribe_url(base, unsubscribe_token)});
    body += "\n";
    return mail;
}

} // namespace rundum::format
