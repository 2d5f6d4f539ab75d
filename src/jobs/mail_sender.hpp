// SPDX-License-Identifier: EUPL-1.2
// Delivers the outgoing mail queue in the background: every instance may run one; leases in
// the database keep them from sending a message twice, and failures are retried with back-off;
// a message that can never be sent (or failed MAX_MAIL_ATTEMPTS times) is given up and logged.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "mail/transport.hpp"
#include "store/store.hpp"
#include "web/accounts/account_links.hpp"
#include "jobs/periodic_thread.hpp"

namespace rundum::web {

/// Seconds to wait after the n-th failed try: 5, 10, 20 ... capped at one hour.
std::int64_t retry_delay_seconds(int failed_attempts);

/// Tries after which a message that still cannot go out is given up (about a day of retries).
inline constexpr int MAX_MAIL_ATTEMPTS = 30;

/// Sends queued mail through one transport (SMTP, or files for development). A mail that
/// carries an account link gets a new one on every try, made just before it goes out.
class MailSender {
public:
    MailSender(store::Store& store, std::unique_ptr<mail::MailTransport> transport, std::string from,
               AccountLinkSettings links = {}, std::chrono::milliseconds poll_interval = std::chrono::seconds(1));
    ~MailSender();
    MailSender(const MailSender&) = delete;
    MailSender& operator=(const MailSender&) = delete;

    /// Starts the background thread; stop() or destruction ends it.
    void start();
    void stop();

    /// Sends every message due now; returns how many went out.
    int send_due();
    /// Sends every message due at `now` (Unix seconds; tests pass a later time than now).
    int send_due(std::int64_t now);

private:

    store::Store& m_store;
    std::unique_ptr<mail::MailTransport> m_transport;
    std::string m_from;
    AccountLinkSettings m_links;
    std::chrono::milliseconds m_poll_interval;
    PeriodicThread m_thread;
};

} // namespace rundum::web
