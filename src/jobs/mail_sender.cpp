// SPDX-License-Identifier: EUPL-1.2
// The sending loop and its back-off.
#include "jobs/mail_sender.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "core/text_input.hpp"
#include "web/http/clock.hpp"

namespace rundum::web {

namespace {

constexpr std::int64_t LEASE_SECONDS = 120; // longer than one SMTP send may take
constexpr int BATCH = 20;

} // namespace

std::int64_t retry_delay_seconds(int failed_attempts)
{
    const int doublings = std::clamp(failed_attempts - 1, 0, 20);
    return std::min<std::int64_t>(3600, std::int64_t{5} << doublings);
}

MailSender::MailSender(store::Store& store, std::unique_ptr<mail::MailTransport> transport,
                       std::string from, AccountLinkSettings links, std::chrono::milliseconds poll_interval)
    : m_store(store), m_transport(std::move(transport)), m_from(std::move(from)), m_links(std::move(links)),
      m_poll_interval(poll_interval)
{
}

MailSender::~MailSender()
{
    stop();
}

void MailSender::start()
{
    m_thread.start(m_poll_interval, [this] { send_due(); });
}

void MailSender::stop()
{
    m_thread.stop();
}

int MailSender::send_due()
{
    return send_due(now_unix());
}

int MailSender::send_due(std::int64_t now)
{
    auto due = m_store.claim_due_mails(now, BATCH, LEASE_SECONDS);
    if (!due) {
        spdlog::warn("mail queue: {}", due.error().detail);
        return 0;
    }
    int sent = 0;
    for (const QueuedMail& queued : *due) {
        // The link lives only in this message in memory: the stored body keeps the placeholder.
        auto body = body_with_account_link(m_store, m_links, queued);
        auto result = body.and_then([&](std::string& text) {
            return m_transport->send(mail::MailMessage{m_from, queued.to, queued.subject, std::move(text), "",
                                                       queued.headers, queued.attachments});
        });
        if (result) {
            (void)m_store.mark_mail_sent(queued.id, now_iso());
            ++sent;
            continue;
        }
        const int attempts = queued.attempts + 1;
        const std::string to = bounded_excerpt(queued.to, 300);
        // Invalid: this message can never be sent as it is (a header with a line break, no valid
        // recipient, refused by the server with 5xx). Trying again would only fill the log.
        if (result.error().code == ErrorCode::Invalid || attempts >= MAX_MAIL_ATTEMPTS) {
            spdlog::error("mail {} to {}: given up after {} attempt(s), it is not sent: {}", queued.id, to, attempts,
                          result.error().detail);
            (void)m_store.mark_mail_given_up(queued.id, result.error().detail);
            continue;
        }
        spdlog::warn("mail {} to {}: attempt {} failed: {}", queued.id, to, attempts, result.error().detail);
        (void)m_store.mark_mail_failed(queued.id, result.error().detail, now + retry_delay_seconds(attempts));
    }
    return sent;
}

} // namespace rundum::web
