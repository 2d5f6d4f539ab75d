// SPDX-License-Identifier: EUPL-1.2
// The schedule of the retention rules; what they delete is RetentionStore::apply_retention.
#include "jobs/retention_job.hpp"

#include <spdlog/spdlog.h>

namespace rundum::web {

RetentionJob::RetentionJob(store::RetentionStore& store, const RetentionPolicy& policy,
                           const Clock& clock, std::chrono::milliseconds poll_interval)
    : m_store(store), m_policy(policy), m_clock(clock), m_poll_interval(poll_interval)
{
}

RetentionJob::~RetentionJob()
{
    stop();
}

void RetentionJob::start()
{
    m_thread.start(m_poll_interval, [this] { run_if_due(); });
}

void RetentionJob::stop()
{
    m_thread.stop();
}

std::optional<RetentionReport> RetentionJob::run_if_due()
{
    std::lock_guard lock(m_mutex);
    const auto now = m_clock.now();
    if (m_last_run && now < *m_last_run + RETENTION_INTERVAL) {
        return std::nullopt;
    }
    auto report = m_store.apply_retention(now, m_policy);
    if (!report) {
        spdlog::warn("retention: {}", report.error().detail);
        return std::nullopt;
    }
    m_last_run = now;
    spdlog::info("retention: removed {} sign-in attempts, {} sent and {} given-up mails, {} audit entries, "
                 "{} audit addresses, {} sessions, {} one-time links, {} read notifications, {} upload counts, "
                 "{} unsubscribe links, {} change-log rows",
                 report->sign_in_attempts, report->sent_mails, report->failed_mails, report->audit_entries,
                 report->audit_addresses, report->sessions, report->one_time_tokens, report->read_notifications,
                 report->upload_log, report->unsubscribe_links, report->change_log);
    return *report;
}

} // namespace rundum::web
