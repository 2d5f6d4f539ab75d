// SPDX-License-Identifier: EUPL-1.2
// Tokens: length, alphabet, uniqueness; their stored hash; constant-time comparison.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "auth/tokens.hpp"

namespace rundum::auth {
namespace {

bool is_base64url(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           c == '-' || c == '_';
}

TEST(RandomToken, Is43CharactersOfTheBase64UrlAlphabetWithoutPadding)
{
    for (int i = 0; i < 100; ++i) {
        const std::string token = random_token();
        ASSERT_EQ(token.size(), 43u) << token;
        for (char c : token) {
            ASSERT_TRUE(is_base64url(c)) << token;
        }
    }
}

TEST(RandomToken, NeverRepeatsOverAThousandDraws)
{
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        seen.insert(random_token());
    }
    EXPECT_EQ(seen.size(), 1000u);
}

TEST(TokenHash, Is64LowercaseHexDigits)
{
    const std::string hash = token_hash(random_token());
    ASSERT_EQ(hash.size(), 64u);
    for (char c : hash) {
        EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << hash;
    }
}

TEST(TokenHash, IsStableForOneTokenAndDiffersBetweenTokens)
{
    const std::string token = random_token();
    EXPECT_EQ(token_hash(token), token_hash(token));
    EXPECT_NE(token_hash(token), token_hash(random_token()));
    EXPECT_NE(token_hash(token), token);
}

TEST(TokenHash, IsBlake2b256)
{
    // BLAKE2b with a 32-byte digest of the empty input (RFC 7693 parameters).
    EXPECT_EQ(token_hash(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
}

TEST(ConstantTimeEqual, ComparesContentAndLength)
{
    EXPECT_TRUE(constant_time_equal("abc", "abc"));
    EXPECT_TRUE(constant_time_equal("", ""));
    EXPECT_FALSE(constant_time_equal("abc", "abd"));
    EXPECT_FALSE(constant_time_equal("abc", "abcd"));
    EXPECT_FALSE(constant_time_equal("", "a"));
}

} // namespace
} // namespace rundum::auth
