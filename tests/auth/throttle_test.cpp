// SPDX-License-Identifier: EUPL-1.2
// Sign-in throttling over recorded attempts: limits, window, reset by success, per address.
#include <gtest/gtest.h>

#include <vector>

#include "auth/throttle.hpp"

namespace rundum::auth {
namespace {

constexpr std::int64_t NOW = 1'750'000'000;
const ThrottlePolicy POLICY{5, 20, 900}; // 5 per account and address, 20 per address, 15 minutes

SignInAttempt failure(std::int64_t seconds_ago)
{
    return {NOW - seconds_ago, false};
}

SignInAttempt success(std::int64_t seconds_ago)
{
    return {NOW - seconds_ago, true};
}

std::int64_t wait(const std::vector<SignInAttempt>& account,
                  const std::vector<SignInAttempt>& address = {})
{
    return seconds_until_allowed(account, address, NOW, POLICY);
}

TEST(SignInThrottle, AllowsWithoutAnyAttempts)
{
    EXPECT_EQ(wait({}), 0);
}

TEST(SignInThrottle, AllowsFourRecentFailures)
{
    EXPECT_EQ(wait({failure(400), failure(300), failure(200), failure(100)}), 0);
}

TEST(SignInThrottle, FifthFailureBlocksTheSixthAttemptUntilTheOldestLeavesTheWindow)
{
    // Five failures in the last 15 minutes, the oldest 600 s ago: it leaves in 300 s.
    const std::vector<SignInAttempt> account{failure(100), failure(600), failure(300),
                                             failure(200), failure(400)};
    EXPECT_EQ(wait(account), 300);
    EXPECT_EQ(seconds_until_allowed(account, {}, NOW + 299, POLICY), 1);
    EXPECT_EQ(seconds_until_allowed(account, {}, NOW + 300, POLICY), 0);
}

TEST(SignInThrottle, WaitsUntilEnoughFailuresLeftWhenFarOverTheLimit)
{
    // Seven failures (instances raced): three must leave before fewer than five remain.
    const std::vector<SignInAttempt> account{failure(700), failure(650), failure(600),
                                             failure(500), failure(400), failure(300),
                                             failure(200)};
    EXPECT_EQ(wait(account), 900 - 600);
}

TEST(SignInThrottle, SuccessResetsTheAccountsCount)
{
    EXPECT_EQ(wait({failure(500), failure(400), failure(300), failure(200), success(150),
                    failure(100)}),
              0);
    // Only failures after the last success count.
    EXPECT_EQ(wait({failure(800), success(700), failure(600), failure(500), failure(400),
                    failure(300), failure(200)}),
              300);
}

TEST(SignInThrottle, FailuresOutsideTheWindowDoNotCount)
{
    EXPECT_EQ(wait({failure(5000), failure(2000), failure(901), failure(900), failure(100)}), 0);
}

TEST(SignInThrottle, AddressLimitAppliesAcrossAccounts)
{
    // One address, twenty failures on many accounts, each account with a single failure.
    std::vector<SignInAttempt> address;
    for (std::int64_t i = 0; i < 20; ++i) {
        address.push_back(failure(10 + i * 20)); // oldest 390 s ago
    }
    EXPECT_EQ(wait({failure(10)}, address), 900 - 390);
    address.pop_back();
    EXPECT_EQ(wait({failure(10)}, address), 0);
}

TEST(SignInThrottle, SuccessDoesNotResetTheAddressCount)
{
    std::vector<SignInAttempt> address;
    for (std::int64_t i = 0; i < 20; ++i) {
        address.push_back(failure(100 + i));
    }
    address.push_back(success(50)); // the attacker signs in to an account of their own
    EXPECT_EQ(wait({success(50)}, address), 900 - 119);
}

TEST(SignInThrottle, ReportsTheLongerOfAccountAndAddressWaits)
{
    const std::vector<SignInAttempt> account{failure(800), failure(700), failure(600),
                                             failure(500), failure(400)};
    std::vector<SignInAttempt> address;
    for (std::int64_t i = 0; i < 20; ++i) {
        address.push_back(failure(10 + i));
    }
    EXPECT_EQ(wait(account), 100);
    EXPECT_EQ(wait(account, address), 900 - 29);
}

TEST(SignInThrottle, FollowsACustomPolicy)
{
    const ThrottlePolicy strict{2, 3, 60};
    const std::vector<SignInAttempt> account{failure(50), failure(20)};
    EXPECT_EQ(seconds_until_allowed(account, {}, NOW, strict), 10);
    EXPECT_EQ(seconds_until_allowed(account, {}, NOW, POLICY), 0);
}

} // namespace
} // namespace rundum::auth
