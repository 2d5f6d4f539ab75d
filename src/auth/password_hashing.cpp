// SPDX-License-Identifier: EUPL-1.2
// argon2id through libsodium's crypto_pwhash_str API, with a cap on concurrent hashes.
#include "auth/password_hashing.hpp"

#include <stdexcept>

#include <sodium.h>

namespace rundum::auth {

namespace {

static_assert(PasswordHashCost{}.ops == crypto_pwhash_OPSLIMIT_INTERACTIVE);
static_assert(PasswordHashCost{}.memory_bytes == crypto_pwhash_MEMLIMIT_INTERACTIVE);

void ensure_sodium_initialised()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const bool initialised = sodium_init() >= 0;
    if (!initialised) {
        throw std::runtime_error("libsodium could not be initialised");
    }
}

// Holds one of the hasher's slots for the lifetime of a hash or verification.
class SlotGuard {
public:
    explicit SlotGuard(std::counting_semaphore<>& slots) : m_slots(slots) { m_slots.acquire(); }
    ~SlotGuard() { m_slots.release(); }
    SlotGuard(const SlotGuard&) = delete;
    SlotGuard& operator=(const SlotGuard&) = delete;

private:
    std::counting_semaphore<>& m_slots;
};

// libsodium reads the stored hash as a C string of fewer than crypto_pwhash_STRBYTES bytes.
bool copy_stored_hash(std::string_view stored_hash, std::string& out)
{
    if (stored_hash.size() >= crypto_pwhash_STRBYTES ||
        stored_hash.find('\0') != std::string_view::npos) {
        return false;
    }
    out.assign(stored_hash);
    return true;
}

} // namespace

PasswordHashCost PasswordHashCost::for_tests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(PasswordHashCost cost, std::ptrdiff_t max_parallel)
    : m_cost(cost), m_slots(max_parallel < 1 ? 1 : max_parallel)
{
    if (max_parallel < 1) {
        throw std::invalid_argument("PasswordHasher: max_parallel must be at least 1");
    }
    if (cost.ops < crypto_pwhash_OPSLIMIT_MIN || cost.ops > crypto_pwhash_OPSLIMIT_MAX ||
        cost.memory_bytes < crypto_pwhash_MEMLIMIT_MIN ||
        cost.memory_bytes > crypto_pwhash_MEMLIMIT_MAX) {
        throw std::invalid_argument("PasswordHasher: cost outside libsodium's limits");
    }
    ensure_sodium_initialised();
}

Result<std::string> PasswordHasher::hash(std::string_view password)
{
    char stored[crypto_pwhash_STRBYTES];
    int status = 0;
    {
        SlotGuard slot(m_slots);
        status = crypto_pwhash_str(stored, password.data(), password.size(), m_cost.ops,
                                   m_cost.memory_bytes);
    }
    if (status != 0) {
        // The cost was checked in the constructor, so only the allocation can have failed.
        return fail(ErrorCode::Unavailable, "error.password.hash_unavailable", {},
                    "crypto_pwhash_str failed: out of memory?");
    }
    return std::string(stored);
}

bool PasswordHasher::verify(std::string_view password, std::string_view stored_hash)
{
    std::string stored;
    if (!copy_stored_hash(stored_hash, stored)) {
        return false;
    }
    SlotGuard slot(m_slots);
    return crypto_pwhash_str_verify(stored.c_str(), password.data(), password.size()) == 0;
}

bool PasswordHasher::needs_rehash(std::string_view stored_hash) const
{
    std::string stored;
    if (!copy_stored_hash(stored_hash, stored)) {
        return true;
    }
    // 0: made with this cost; 1: another cost or algorithm; -1: malformed.
    return crypto_pwhash_str_needs_rehash(stored.c_str(), m_cost.ops, m_cost.memory_bytes) != 0;
}

} // namespace rundum::auth
