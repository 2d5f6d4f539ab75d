// SPDX-License-Identifier: EUPL-1.2
// Validation rules that no other test triggered, each over HTTP with the message it shows
// (scripts/check_message_keys.py lists the error messages no test produced).
#include <gtest/gtest.h>

#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Familienzentren in Jena wachsen";

// A valid new project as the form sends it; each test changes one field.
FormFields project_form()
{
    return {{"title", "Leseclub im Stadtteil"},
            {"summary", "Kinder lesen gemeinsam."},
            {"description", "Jeden Mittwoch."},
            {"topics", "familien-und-kinderarmut"},
            {"target_groups", "Kinder"},
            {"status", "laeuft"},
            {"start_date", "2024-01"},
            {"end_date", ""},
            {"lead_organisation", "Stadtbibliothek"},
            {"partners", "Grundschule"},
            {"costs_and_funding", "Spenden"},
            {"staff_effort", "Eine Stunde pro Woche"},
            {"goals", "Freude am Lesen."},
            {"results", "Volle Leseecken."},
            {"success_factors", "Feste Zeiten"},
            {"stumbling_blocks", "Wenig Platz"},
            {"transfer_requirements", "Ein Raum."},
            {"contact_name", "Stefanie Beispiel"},
            {"contact_email", "leseclub@jena.example"},
            {"contact_phone", "03641 000000"},
            {"links", ""},
            {"visibility", "public"}};
}

FormFields with(FormFields fields, const std::string& name, const std::string& value)
{
    for (auto& [field, current] : fields) {
        if (field == name) {
            current = value;
            return fields;
        }
    }
    fields.emplace_back(name, value);
    return fields;
}

class RuleCoverageTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}); }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    // Posts `fields` to `path` as Jena's coordination and expects a refusal that shows `message`.
    static void expect_refused(const std::string& path, const FormFields& fields, const std::string& message)
    {
        HttpSession jena = s_site->signed_in(JENA_EMAIL);
        const HttpAnswer answer = jena.post(path, fields);
        EXPECT_TRUE(answer.status == 400 || answer.status == 422) << path << ": " << answer.status;
        EXPECT_TRUE(contains(answer.body, message)) << path << " does not say: " << message;
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(RuleCoverageTest, AProjectWithAnOverlongTitleSummaryOrTextIsRefusedWithItsMessage)
{
    const std::string path = "/praxisbeispiele/neu";
    expect_refused(path, with(project_form(), "title", std::string(201, 'a')),
                   "Der Titel darf höchstens 200 Zeichen lang sein.");
    expect_refused(path, with(project_form(), "summary", std::string(601, 'a')),
                   "Die Kurzbeschreibung darf höchstens 600 Zeichen lang sein.");
    expect_refused(path, with(project_form(), "goals", std::string(20'001, 'a')),
                   "Ein Textfeld darf höchstens 20000 Zeichen lang sein.");
}

TEST_F(RuleCoverageTest, AProjectWithAnOverlongPhoneNumberIsRefusedWithItsMessage)
{
    expect_refused("/praxisbeispiele/neu", with(project_form(), "contact_phone", std::string(41, '1')),
                   "Die Telefonnummer ist zu lang.");
}


TEST_F(RuleCoverageTest, AnAdminMustChooseTheCityOfANewProject)
{
    HttpAnswer answer = s_site->signed_in(ADMIN_EMAIL).post("/praxisbeispiele/neu", with(project_form(), "city_id", ""));
    EXPECT_EQ(answer.status, 400);
    EXPECT_TRUE(contains(answer.body, "Bitte wählen Sie die Stadt, zu der das Praxisbeispiel gehört."));
}

TEST_F(RuleCoverageTest, SettingAPasswordNeedsANameAndTheSamePasswordTwice)
{
    const std::string link = path_of(
        s_site->rundum({"user", "add", "--data", s_site->data(), "--coordinator", "lotsin@jena.example", "--city", "jena"})
            .out);
    ASSERT_TRUE(link.starts_with("/passwort-setzen/")) << link;
    HttpSession invitee(s_site->port());
    ASSERT_EQ(invitee.get(link).status, 200);
    HttpAnswer nameless = invitee.post(link, {{"name", " "}, {"password", PASSPHRASE}, {"password_repeat", PASSPHRASE}});
    EXPECT_EQ(nameless.status, 400);
    EXPECT_TRUE(contains(nameless.body, "Bitte geben Sie Ihren Namen an."));
    HttpAnswer differing =
        invitee.post(link, {{"name", "Lea Lotsin"}, {"password", PASSPHRASE}, {"password_repeat", PASSPHRASE + "!"}});
    EXPECT_EQ(differing.status, 400);
    EXPECT_TRUE(contains(differing.body, "Die beiden Passwörter stimmen nicht überein."));
}

TEST_F(RuleCoverageTest, AnApiTokenNeedsALabelAndACityImageAFile)
{
    HttpSession jena = s_site->signed_in(JENA_EMAIL);
    HttpAnswer token = jena.post("/konto/api-token", {{"label", " "}});
    EXPECT_EQ(token.status, 400);
    EXPECT_TRUE(contains(token.body, "Bitte geben Sie dem Schlüssel eine Bezeichnung (höchstens 100 Zeichen)."));
    HttpAnswer image = jena.post_file("/staedte/jena/bild", {{"alt", "Das Rathaus"}}, "image", "leer.png", "image/png", "");
    EXPECT_EQ(image.status, 400);
    EXPECT_TRUE(contains(image.body, "Bitte wählen Sie eine Bilddatei aus."));
}

TEST_F(RuleCoverageTest, AMissingActionItemOrProjectVersionIsNotFound)
{
    HttpSession jena = s_site->signed_in(JENA_EMAIL);
    HttpAnswer action = jena.post("/aufgaben/a-gibt-es-nicht/erledigt", {});
    EXPECT_EQ(action.status, 404);
    EXPECT_TRUE(contains(action.body, "Diese Aufgabe gibt es nicht."));
    HttpAnswer version = jena.post("/praxisbeispiele/p-jena-familienpass/versionen", {{"version", "999"}});
    EXPECT_EQ(version.status, 404);
    EXPECT_TRUE(contains(version.body, "Die Version 999 gibt es nicht."));
}

} // namespace
} // namespace rundum::testing
