// SPDX-License-Identifier: EUPL-1.2
// Password hashing with argon2id (libsodium): what the database stores instead of a password.
#pragma once

#include <cstddef>
#include <semaphore>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace rundum::auth {

/// How expensive one argon2id hash is. The defaults are libsodium's interactive limits
/// (crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE): about 65 ms and
/// 64 MiB per hash.
struct PasswordHashCost {
    unsigned long long ops = 2;            ///< passes over memory
    std::size_t memory_bytes = 64u << 20u; ///< memory per hash

    /// libsodium's minimum limits: fast enough for unit tests, far too weak for real use.
    static PasswordHashCost for_tests();
};

/// Hashes and verifies passwords. Each hash takes a lot of memory and time, so at most
/// `max_parallel` run at once; callers beyond that wait. Call it off the network threads.
/// Thread-safe; one instance is shared by the whole process.
class PasswordHasher {
public:
    /// Throws std::invalid_argument if the cost is outside libsodium's limits or
    /// max_parallel < 1 (a configuration bug), std::runtime_error if libsodium cannot start.
    explicit PasswordHasher(PasswordHashCost cost = {}, std::ptrdiff_t max_parallel = 2);

    PasswordHasher(const PasswordHasher&) = delete;
    PasswordHasher& operator=(const PasswordHasher&) = delete;

    /// The stored form ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"), with a fresh random salt.
    /// Fails (Unavailable, error.password.hash_unavailable) if the memory cannot be had.
    Result<std::string> hash(std::string_view password);

    /// Whether `password` matches `stored_hash`; false for a malformed stored hash.
    bool verify(std::string_view password, std::string_view stored_hash);

    /// Whether `stored_hash` was made with another cost or algorithm than this hasher's (or is
    /// malformed): after a successful sign-in, hash the password again and store that.
    bool needs_rehash(std::string_view stored_hash) const;

private:
    PasswordHashCost m_cost;
    std::counting_semaphore<> m_slots;
};

} // namespace rundum::auth
