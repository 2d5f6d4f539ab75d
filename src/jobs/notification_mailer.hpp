// SPDX-License-Identifier: EUPL-1.2
// Mails members their notifications in the background, as each chose: at once, as a daily or
// weekly digest, or never. Decoupled from where notifications are made: it looks for those not
// emailed yet. Several instances may run one each; see Store::queue_notification_mail.
#pragma once

#include <chrono>
#include <string>

#include "i18n/catalogue.hpp"
#include "store/store.hpp"
#include "jobs/periodic_thread.hpp"
#include "web/http/clock.hpp"

namespace rundum::web {

/// Queues notification mails (delivered by the MailSender, so nothing is lost while the mail
/// server is down).
class NotificationMailer {
public:
    /// `base_url` is where members reach the site (links in the mails).
    NotificationMailer(store::Store& store, const i18n::Catalogue& catalogue, std::string base_url,
                       const Clock& clock, std::chrono::milliseconds poll_interval = std::chrono::seconds(5));
    ~NotificationMailer();
    NotificationMailer(const NotificationMailer&) = delete;
    NotificationMailer& operator=(const NotificationMailer&) = delete;

    /// Starts the background thread; stop() or destruction ends it.
    void start();
    void stop();

    /// Queues every mail that is due now; returns how many were queued.
    int queue_due();

private:
    bool queue_mail(const PendingNotificationMail& member, const std::vector<Notification>& items, bool is_digest,
                    std::chrono::system_clock::time_point now);

    store::Store& m_store;
    const i18n::Catalogue& m_catalogue;
    std::string m_base_url;
    const Clock& m_clock;
    std::chrono::milliseconds m_poll_interval;
    PeriodicThread m_thread;
};

} // namespace rundum::web
