// SPDX-License-Identifier: EUPL-1.2
// The sign-in throttle: counts recent failures and says how long to wait.
#include "auth/throttle.hpp"

#include <algorithm>
#include <limits>
#include <vector>

namespace rundum::auth {

namespace {

// Seconds until fewer than `max_failures` of the failures after `since` lie within the window.
std::int64_t wait_for(std::span<const SignInAttempt> attempts, std::int64_t since,
                      int max_failures, std::int64_t now, std::int64_t window_seconds)
{
    const auto limit = static_cast<std::size_t>(std::max(max_failures, 1));
    std::vector<std::int64_t> counted;
    for (const SignInAttempt& attempt : attempts) {
        // A failure at t is within the window while now - t < window, and leaves it at
        // t + window. Failures stamped in the future (clocks of instances differ) count.
        if (!attempt.succeeded && attempt.at_unix_seconds > since &&
            now - attempt.at_unix_seconds < window_seconds) {
            counted.push_back(attempt.at_unix_seconds);
        }
    }
    if (counted.size() < limit) {
        return 0;
    }
    // Once the (count - limit + 1) oldest have left, fewer than `limit` remain.
    auto leaving = counted.begin() + static_cast<std::ptrdiff_t>(counted.size() - limit);
    std::nth_element(counted.begin(), leaving, counted.end());
    return *leaving + window_seconds - now;
}

} // namespace

std::int64_t seconds_until_allowed(std::span<const SignInAttempt> account_attempts,
                                   std::span<const SignInAttempt> address_attempts,
                                   std::int64_t now, const ThrottlePolicy& policy)
{
    std::int64_t last_success = std::numeric_limits<std::int64_t>::min();
    for (const SignInAttempt& attempt : account_attempts) {
        if (attempt.succeeded) {
            last_success = std::max(last_success, attempt.at_unix_seconds);
        }
    }
    const std::int64_t account_wait = wait_for(account_attempts, last_success,
                                               policy.max_failures_per_account, now,
                                               policy.window_seconds);
    const std::int64_t address_wait =
        wait_for(address_attempts, std::numeric_limits<std::int64_t>::min(),
                 policy.max_failures_per_address, now, policy.window_seconds);
    return std::max(account_wait, address_wait);
}

} // namespace rundum::auth
