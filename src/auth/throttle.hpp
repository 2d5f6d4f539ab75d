// SPDX-License-Identifier: EUPL-1.2
// Sign-in throttling as a pure policy over the attempts the database records, so that every
// server instance decides alike and a restart forgets nothing.
#pragma once

#include <cstdint>
#include <span>

namespace rundum::auth {

/// One recorded sign-in attempt, for an account or from a network address.
struct SignInAttempt {
    std::int64_t at_unix_seconds = 0;
    bool succeeded = false;
};

/// How many failures are tolerated within the window. A limit below 1 counts as 1.
struct ThrottlePolicy {
    int max_failures_per_account = 5;  ///< guessing one account's password from one address
    int max_failures_per_address = 30; ///< one address trying many accounts
    std::int64_t window_seconds = 900; ///< failures older than this are forgotten
};

/// Seconds until the next sign-in attempt may be checked; 0 if it may be checked now.
/// `account_attempts` are the attempts on the account *from the asking address*: failures
/// elsewhere never lock the right password out here, so an attacker cannot lock a member out.
/// Once `max_failures_per_account` of them (counted since their last success) or
/// `max_failures_per_address` failures from the address on any account lie within the window,
/// the next attempt waits until enough of them have left the window — with exactly the
/// maximum recorded, until the oldest leaves. A success resets the account's count but not the
/// address's: an attacker signing in to an account of their own must not clear the count of
/// their address. The attempts need not be sorted.
std::int64_t seconds_until_allowed(std::span<const SignInAttempt> account_attempts,
                                   std::span<const SignInAttempt> address_attempts,
                                   std::int64_t now, const ThrottlePolicy& policy);

} // namespace rundum::auth
