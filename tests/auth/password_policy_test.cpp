// SPDX-License-Identifier: EUPL-1.2
// The rules for new passwords, with the passwords people in German cities actually choose.
#include <gtest/gtest.h>

#include <string>

#include "auth/password_policy.hpp"

namespace rundum::auth {
namespace {

constexpr std::string_view EMAIL = "gabriele.schmitz@familie.koeln.de";
constexpr std::string_view NAME = "Gabriele Schmitz";

// The key of the rule `password` breaks, or "" if it is accepted.
std::string broken_rule(std::string_view password, std::string_view email = EMAIL,
                        std::string_view name = NAME)
{
    auto checked = check_new_password(password, email, name);
    if (checked) {
        return "";
    }
    EXPECT_EQ(checked.error().code, ErrorCode::Invalid);
    return checked.error().key;
}

TEST(PasswordPolicy, AcceptsALongPassphrase)
{
    EXPECT_EQ(broken_rule("Kita-Ausbau in Jena geht voran"), "");
    EXPECT_EQ(broken_rule("Zwölf Bänke am Rheinufer"), "");
    EXPECT_EQ(broken_rule("korrekt Pferd Batterie Heftklammer"), "");
}

TEST(PasswordPolicy, RejectsFewerThanTwelveCharactersAndNamesTheMinimum)
{
    auto checked = check_new_password("kurz", EMAIL, NAME);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().key, "error.password.too_short");
    EXPECT_EQ(checked.error().args, std::vector<std::string>{"12"});
    EXPECT_EQ(broken_rule(""), "error.password.too_short");
    EXPECT_EQ(broken_rule("Elf Zeichen"), "error.password.too_short");
    EXPECT_EQ(broken_rule("Zwölf Zeichen"), ""); // 13 code points
}

TEST(PasswordPolicy, CountsCharactersNotBytes)
{
    // 10 code points in 20 bytes: too short although longer than 12 bytes.
    EXPECT_EQ(broken_rule("ÄÖÜäöüßÄÖÜ"), "error.password.too_short");
    // 12 code points in 24 bytes: long enough.
    EXPECT_EQ(broken_rule("ÄÖÜäöüßÄÖÜäö"), "");
}

TEST(PasswordPolicy, RejectsMoreThan256CharactersAndNamesTheMaximum)
{
    std::string longest;
    for (int i = 0; i < 8; ++i) {
        longest += "Zwölf Bänke am Rheinufer, bitte "; // 32 code points, 34 bytes
    }
    ASSERT_EQ(longest.size(), 272u);
    EXPECT_EQ(broken_rule(longest), "");
    auto checked = check_new_password(longest + "x", EMAIL, NAME);
    ASSERT_FALSE(checked);
    EXPECT_EQ(checked.error().key, "error.password.too_long");
    EXPECT_EQ(checked.error().args, std::vector<std::string>{"256"});
}

TEST(PasswordPolicy, RejectsCommonPasswordsWhateverTheirCase)
{
    EXPECT_EQ(broken_rule("ichliebedich"), "error.password.common");
    EXPECT_EQ(broken_rule("QWERTZUIOPÜ+"), "error.password.common");
    EXPECT_EQ(broken_rule("Qwertzuiopasdfghjkl"), "error.password.common");
    EXPECT_EQ(broken_rule("Fußballgott"), "error.password.too_short");
    EXPECT_EQ(broken_rule("FUSSBALLGOTT"), "error.password.common");
}

TEST(PasswordPolicy, RejectsCommonPasswordsWithDigitsAndPunctuationAppended)
{
    EXPECT_EQ(broken_rule("Sommer2024!!"), "error.password.common");
    EXPECT_EQ(broken_rule("Passwort123!"), "error.password.common");
    EXPECT_EQ(broken_rule("hallo1234567"), "error.password.common");
    EXPECT_EQ(broken_rule("Berlin123456"), "error.password.common");
    EXPECT_EQ(broken_rule("Dezember2025!"), "error.password.common");
    EXPECT_EQ(broken_rule("Schalke04!!!"), "error.password.common");
    EXPECT_EQ(broken_rule("1234567890123"), "error.password.common");
    EXPECT_EQ(broken_rule("Münchenmünchen"), ""); // only what is appended is cut off
}

TEST(PasswordPolicy, SommerWithYearAndExclamationMarkIsCommonOnceLongEnough)
{
    // The brief's example is 11 characters and fails on length first.
    EXPECT_EQ(broken_rule("Sommer2024!"), "error.password.too_short");
    EXPECT_EQ(broken_rule("Sommer2024!?"), "error.password.common");
}

TEST(PasswordPolicy, RejectsCommonPhrasesWrittenWithSpacesOrHyphens)
{
    EXPECT_EQ(broken_rule("Ich liebe dich!"), "error.password.common");
    EXPECT_EQ(broken_rule("ich-liebe-dich-2024"), "error.password.common");
    EXPECT_EQ(broken_rule("Hallo Welt 123"), "error.password.common");
}

TEST(PasswordPolicy, RejectsOneCharacterRepeated)
{
    EXPECT_EQ(broken_rule("aaaaaaaaaaaa"), "error.password.common");
    EXPECT_EQ(broken_rule("ääääääääääää"), "error.password.common");
    EXPECT_EQ(broken_rule("ääääääääääää!"), "error.password.common");
}

TEST(PasswordPolicy, RejectsTheEmailsLocalPartInsideThePassword)
{
    EXPECT_EQ(broken_rule("Ich bin gabriele.schmitz hier"), "error.password.contains_email");
    EXPECT_EQ(broken_rule("GABRIELE.SCHMITZ-Köln"), "error.password.contains_email");
    EXPECT_EQ(broken_rule("GabrieleSchmitz#Köln"), "error.password.contains_email");
}

TEST(PasswordPolicy, IgnoresLocalPartsShorterThanFourCharacters)
{
    EXPECT_EQ(broken_rule("Jens sagt: Kita-Ausbau!", "ens@stadt.de", ""), "");
    EXPECT_EQ(broken_rule("Kita-Ausbau in Jena geht voran", "kita@jena.de", ""),
              "error.password.contains_email");
}

TEST(PasswordPolicy, RejectsTheFullNameInsideThePassword)
{
    EXPECT_EQ(broken_rule("Gabriele Schmitz aus Köln", "g.s@stadt.de", NAME),
              "error.password.contains_name");
    EXPECT_EQ(broken_rule("Ärger über Özdemir-Müller", "oem@stadt.de", "Özdemir-Müller"),
              "error.password.contains_name");
    EXPECT_EQ(broken_rule("Gabriele mag Gärten in Köln", "g.s@stadt.de", NAME), "");
}

} // namespace
} // namespace rundum::auth
