// SPDX-License-Identifier: EUPL-1.2
// The retention job's schedule on a fake of the one store interface it uses (RetentionStore).
#include <gtest/gtest.h>

#include <chrono>
#include <vector>

#include "jobs/retention_job.hpp"

namespace rundum::web {
namespace {

using std::chrono::hours;
using TimePoint = std::chrono::system_clock::time_point;

// Answers apply_retention with a report of one removed session, or with an outage while `down`;
// remembers the times it was asked at.
class FakeRetentionStore final : public store::RetentionStore {
public:
    bool down = false;
    std::vector<TimePoint> asked_at;

    Result<RetentionReport> apply_retention(TimePoint now, const RetentionPolicy&) override
    {
        asked_at.push_back(now);
        if (down) {
            return fail(ErrorCode::Unavailable, "error.store.unavailable", {}, "connection refused");
        }
        return RetentionReport{.sessions = 1};
    }
};

class SetClock final : public Clock {
public:
    explicit SetClock(TimePoint now) : m_now(now) {}
    TimePoint now() const override { return m_now; }
    TimePoint m_now;
};

TEST(RetentionJob, AFailedRunIsTriedAgainAtTheNextLookNotADayLater)
{
    const TimePoint start{std::chrono::sys_days{std::chrono::year{2026} / 12 / 1}};
    FakeRetentionStore store;
    SetClock clock(start);
    RetentionJob job(store, RetentionPolicy{}, clock);

    store.down = true;
    EXPECT_FALSE(job.run_if_due().has_value()) << "the store is down";
    store.down = false;
    clock.m_now = start + hours(1);
    const auto report = job.run_if_due();
    ASSERT_TRUE(report.has_value()) << "the next look tries again";
    EXPECT_EQ(report->sessions, 1);

    clock.m_now = start + hours(2);
    EXPECT_FALSE(job.run_if_due().has_value()) << "a day after the run that worked, not the one that failed";
    EXPECT_EQ(store.asked_at, (std::vector<TimePoint>{start, start + hours(1)}));
}

} // namespace
} // namespace rundum::web
