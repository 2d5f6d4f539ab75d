// SPDX-License-Identifier: EUPL-1.2
// The schedule of notification mails; the text comes from format/notification_digest.
#include "jobs/notification_mailer.hpp"

#include <spdlog/spdlog.h>

#include "format/digest_schedule.hpp"
#include "format/notification_digest.hpp"
#include "jobs/unsubscribe_link.hpp"

namespace rundum::web {

NotificationMailer::NotificationMailer(store::Store& store, const i18n::Catalogue& catalogue, std::string base_url,
                                       const Clock& clock, std::chrono::milliseconds poll_interval)
    : m_store(store), m_catalogue(catalogue), m_base_url(std::move(base_url)), m_clock(clock),
      m_poll_interval(poll_interval)
{
}

NotificationMailer::~NotificationMailer()
{
    stop();
}

void NotificationMailer::start()
{
    m_thread.start(m_poll_interval, [this] { queue_due(); });
}

void NotificationMailer::stop()
{
    m_thread.stop();
}

int NotificationMailer::queue_due()
{
    const auto now = m_clock.now();
    const std::int64_t now_seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    // Only recent notifications are mailed: a member who switches from "nie" to a digest, or
    // whose mail was off for long, gets no flood of old items (they stay under Mitteilungen).
    const std::string since = iso_utc(now - std::chrono::seconds(NOTIFICATION_MAIL_WINDOW_SECONDS));
    auto pending = m_store.pending_notification_mails(since);
    if (!pending) {
        spdlog::warn("notification mails: {}", pending.error().detail);
        return 0;
    }
    int queued = 0;
    for (const PendingNotificationMail& member : *pending) {
        if (member.user.email.empty()) {
            continue;
        }
        if (member.settings.mode == MAIL_AT_ONCE) {
            for (const Notification& notification : member.notifications) {
                queued += queue_mail(member, {notification}, false, now) ? 1 : 0;
            }
        } else if (format::is_digest_due(member.settings.mode, member.settings.last_digest_at,
                                         member.notifications.front().created_at, now_seconds)) {
            queued += queue_mail(member, member.notifications, true, now) ? 1 : 0;
        }
    }
    return queued;
}

bool NotificationMailer::queue_mail(const PendingNotificationMail& member, const std::vector<Notification>& items,
                                    bool is_digest, std::chrono::system_clock::time_point now)
{
    const UnsubscribeLink unsubscribe = fresh_unsubscribe_link(m_base_url);
    const auto text = [this](std::string_view key, const std::vector<std::string>& args) {
        return m_catalogue.text(key, args);
    };
    const format::NotificationMailText content =
        format::notification_mail_text(member.user, items, text, m_base_url, unsubscribe.token);
    NotificationMailBatch batch;
    batch.user_id = member.user.id;
    for (const Notification& item : items) {
        batch.notification_ids.push_back(item.id);
    }
    batch.mail.to = member.user.email;
    batch.mail.subject = content.subject;
    batch.mail.body = content.body;
    batch.mail.headers = unsubscribe.headers;
    batch.unsubscribe_token_hash = unsubscribe.token_hash;
    batch.emailed_at = iso_utc(now);
    batch.is_digest = is_digest;
    auto queued = m_store.queue_notification_mail(batch);
    if (!queued) {
        spdlog::warn("notification mail for {}: {}", member.user.id, queued.error().detail);
        return false;
    }
    return *queued;
}

} // namespace rundum::web
