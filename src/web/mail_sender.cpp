// The sending loop and its back-off.
#include "web/mail_sender.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "web/clock.hpp"

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
                       std::string from, std::chrono::milliseconds poll_interval)
    : m_store(store), m_transport(std::move(transport)), m_from(std::move(from)),
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
    const std::int64_t now = now_unix();
    auto due = m_store.claim_due_mails(now, BATCH, LEASE_SECONDS);
    if (!due) {
        spdlog::warn("mail queue: {}", due.error().detail);
        return 0;
    }
    int sent = 0;
    for (const QueuedMail& queued : *due) {
        mail::MailMessage message{m_from, queued.to, queued.subject, queued.body, "", queued.headers,
                                  queued.attachments};
        auto result = m_transport->send(message);
        if (result) {
            (void)m_store.mark_mail_sent(queued.id, now_iso());
            ++sent;
            continue;
        }
        const int attempts = queued.attempts + 1;
        spdlog::warn("mail {} to {}: attempt {} failed: {}", queued.id, queued.to, attempts, result.error().detail);
        (void)m_store.mark_mail_failed(queued.id, result.error().detail, now_unix() + retry_delay_seconds(attempts));
    }
    return sent;
}

} // namespace rundum::web
