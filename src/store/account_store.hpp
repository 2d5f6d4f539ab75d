// SPDX-License-Identifier: EUPL-1.2
// Member accounts in the store: users, one-time links, sessions, sign-in attempts, API tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/result.hpp"
#include "core/user.hpp"

namespace rundum::store {

/// Member accounts and what proves who a member is: passwords, one-time links, sessions,
/// sign-in attempts and personal API tokens.
class AccountStore {
public:
    virtual ~AccountStore() = default;

    // --- member accounts -------------------------------------------------------------------------

    /// Adds an account (without password until its one-time link is used). Conflict if the
    /// email is taken.
    virtual Result<void> add_user(const User& user) = 0;
    virtual Result<std::optional<User>> find_user(std::string_view id) = 0;
    virtual Result<std::optional<User>> find_user_by_email(std::string_view email) = 0;
    virtual Result<std::vector<User>> list_users() = 0;
    /// The stored argon2id hash, "" while no password is set.
    virtual Result<std::string> password_hash(std::string_view user_id) = 0;
    /// Replaces the stored hash (e.g. with stronger parameters after a sign-in).
    virtual Result<void> set_password_hash(std::string_view user_id, std::string_view hash) = 0;
    /// Erases a member, in one transaction: deletes the account and everything kept only for
    /// it (sessions, links, API tokens, notifications, mail settings and unsubscribe links, the
    /// upload log, sign-in attempts and queued mail to its address, attendee entries with its
    /// name in its city's registrations); pseudonymises what stays for the network's record:
    /// `pseudonym` replaces its name and email as author of versions, approaches and figures,
    /// as actor (id and client address emptied) and subject of the audit log, and in other
    /// members' notifications and queued mail; its questions, answers, interests,
    /// registrations and agenda proposals get ERASED_MEMBER_ID. Logs the change "erasure"
    /// (search indexes compact their files). NotFound if there is no such account.
    virtual Result<void> erase_member(std::string_view user_id, std::string_view pseudonym) = 0;

    // --- one-time links and sessions -------------------------------------------------------------

    /// Stores a one-time link (its hash only) for a member, in one transaction with dropping
    /// the member's unused links of the same purpose: one live link per account.
    virtual Result<void> add_one_time_token(std::string_view token_hash, std::string_view user_id,
                                            TokenPurpose purpose, std::string_view expires_at) = 0;
    /// The member a valid (unused, unexpired) link belongs to, or nullopt.
    virtual Result<std::optional<User>> one_time_token_user(std::string_view token_hash,
                                                            TokenPurpose purpose,
                                                            std::string_view now) = 0;
    /// Uses a link: in one transaction marks it used, drops the member's other links of the
    /// purpose, and sets the member's name (if not empty) and password hash; a password reset
    /// (which may follow a compromise) also ends every session and revokes every API token.
    /// NotFound if the link is unknown, used or expired.
    virtual Result<User> use_one_time_token(std::string_view token_hash, TokenPurpose purpose,
                                            std::string_view now, std::string_view name,
                                            std::string_view password_hash) = 0;
    virtual Result<void> add_session(std::string_view token_hash, std::string_view user_id,
                                     std::string_view expires_at) = 0;
    /// The member of an unexpired session, or nullopt.
    virtual Result<std::optional<User>> session_user(std::string_view token_hash,
                                                     std::string_view now) = 0;
    virtual Result<void> remove_session(std::string_view token_hash) = 0;
    virtual Result<void> remove_sessions_of(std::string_view user_id) = 0;

    // --- sign-in attempts ------------------------------------------------------------------------

    virtual Result<void> record_sign_in_attempt(std::string_view email, std::string_view address,
                                                const SignInRecord& attempt) = 0;
    /// Attempts since `since` for the account and for the client address.
    virtual Result<std::vector<SignInRecord>> sign_in_attempts_for_email(std::string_view email,
                                                                         std::int64_t since) = 0;
    virtual Result<std::vector<SignInRecord>> sign_in_attempts_from(std::string_view address,
                                                                    std::int64_t since) = 0;
    /// The secrets that key the hashes under which sign-in attempts on unknown addresses are
    /// counted, for throttle window number `window` and the one before (newest first); the
    /// current one is `candidate` unless it has one already. Older secrets are deleted, so the
    /// hashes made with them can no longer be tested against guesses.
    virtual Result<std::vector<std::string>> sign_in_secrets(std::int64_t window, std::string_view candidate) = 0;

    // --- personal API tokens ---------------------------------------------------------------------

    virtual Result<void> add_api_token(std::string_view user_id, const ApiTokenInfo& info,
                                       std::string_view token_hash) = 0;
    /// The member a token belongs to (and notes its use at `now`), or nullopt.
    virtual Result<std::optional<User>> api_token_user(std::string_view token_hash, std::string_view now) = 0;
    virtual Result<std::vector<ApiTokenInfo>> api_tokens(std::string_view user_id) = 0;
    /// Revokes one of the member's tokens; NotFound if it is not theirs.
    virtual Result<void> revoke_api_token(std::string_view user_id, std::string_view token_id) = 0;
    /// Revokes all of the member's tokens.
    virtual Result<void> revoke_api_tokens_of(std::string_view user_id) = 0;
};

} // namespace rundum::store
