// SPDX-License-Identifier: EUPL-1.2
// argon2id hashing: what is stored, what verifies, and that concurrent callers are served.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include "auth/password_hashing.hpp"

namespace rundum::auth {
namespace {

TEST(PasswordHashing, VerifiesTheRightPasswordAndRejectsAWrongOne)
{
    PasswordHasher hasher(PasswordHashCost::for_tests());
    auto stored = hasher.hash("Kita-Ausbau in Jena geht voran");
    ASSERT_TRUE(stored) << stored.error().detail;
    EXPECT_TRUE(hasher.verify("Kita-Ausbau in Jena geht voran", *stored));
    EXPECT_FALSE(hasher.verify("Kita-Ausbau in Jena geht voran!", *stored));
    EXPECT_FALSE(hasher.verify("kita-ausbau in jena geht voran", *stored));
    EXPECT_FALSE(hasher.verify("", *stored));
}

TEST(PasswordHashing, StoresArgon2idInLibsodiumsStringForm)
{
    PasswordHasher hasher(PasswordHashCost::for_tests());
    auto stored = hasher.hash("Grünkohl mit Pinkel in Bremen");
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->starts_with("$argon2id$")) << *stored;
    EXPECT_EQ(stored->find("Grünkohl"), std::string::npos);
}

TEST(PasswordHashing, SaltsEveryHashSoTwoHashesOfOnePasswordDiffer)
{
    PasswordHasher hasher(PasswordHashCost::for_tests());
    auto first = hasher.hash("Familienzentrum Leipzig-Grünau");
    auto second = hasher.hash("Familienzentrum Leipzig-Grünau");
    ASSERT_TRUE(first);
    ASSERT_TRUE(second);
    EXPECT_NE(*first, *second);
    EXPECT_TRUE(hasher.verify("Familienzentrum Leipzig-Grünau", *first));
    EXPECT_TRUE(hasher.verify("Familienzentrum Leipzig-Grünau", *second));
}

TEST(PasswordHashing, MalformedStoredHashVerifiesFalse)
{
    PasswordHasher hasher(PasswordHashCost::for_tests());
    EXPECT_FALSE(hasher.verify("irgendein Passwort", ""));
    EXPECT_FALSE(hasher.verify("irgendein Passwort", "irgendein Passwort"));
    EXPECT_FALSE(hasher.verify("irgendein Passwort", "$argon2id$v=19$kaputt"));
    EXPECT_FALSE(hasher.verify("irgendein Passwort", std::string(500, '$')));

    auto stored = hasher.hash("irgendein Passwort");
    ASSERT_TRUE(stored);
    EXPECT_FALSE(hasher.verify("irgendein Passwort", stored->substr(0, stored->size() - 4)));
    std::string with_nul = *stored;
    with_nul += std::string(1, '\0');
    with_nul += "x";
    EXPECT_FALSE(hasher.verify("irgendein Passwort", with_nul));
}

TEST(PasswordHashing, NeedsRehashWhenTheCostChangedOrTheHashIsMalformed)
{
    PasswordHasher cheap(PasswordHashCost::for_tests());
    PasswordHashCost dearer = PasswordHashCost::for_tests();
    dearer.ops += 1;
    PasswordHasher expensive(dearer);

    auto stored = cheap.hash("Elterncafé am Marktplatz");
    ASSERT_TRUE(stored);
    EXPECT_FALSE(cheap.needs_rehash(*stored));
    EXPECT_TRUE(expensive.needs_rehash(*stored));
    EXPECT_TRUE(cheap.needs_rehash("kein Hash"));
}

TEST(PasswordHashing, DefaultCostIsLibsodiumsInteractiveLimits)
{
    const PasswordHashCost cost;
    EXPECT_EQ(cost.ops, 2u);
    EXPECT_EQ(cost.memory_bytes, std::size_t{64} * 1024 * 1024);
}

TEST(PasswordHashing, RejectsAConfigurationWithoutAnyHashingSlot)
{
    EXPECT_THROW(PasswordHasher(PasswordHashCost::for_tests(), 0), std::invalid_argument);
    EXPECT_THROW(PasswordHasher(PasswordHashCost{0, 0}), std::invalid_argument);
}

// More callers than slots: everybody waits their turn and every hash verifies. (That at most
// max_parallel hashes overlap is not observable from outside without a test hook.)
TEST(PasswordHashing, ServesMoreConcurrentCallersThanSlots)
{
    for (std::ptrdiff_t slots : {1, 2}) {
        PasswordHasher hasher(PasswordHashCost::for_tests(), slots);
        constexpr int THREADS = 8;
        std::atomic<int> verified{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < THREADS; ++i) {
            threads.emplace_back([&hasher, &verified, i] {
                const std::string password = "Stadtteilmütter Nummer " + std::to_string(i);
                auto stored = hasher.hash(password);
                if (stored && hasher.verify(password, *stored) &&
                    !hasher.verify(password + "x", *stored)) {
                    ++verified;
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        EXPECT_EQ(verified.load(), THREADS) << "with " << slots << " slot(s)";
    }
}

} // namespace
} // namespace rundum::auth
