// SPDX-License-Identifier: EUPL-1.2
// Consent to publish a city contact's data over HTTP, on every backend (issue 15): a restore
// never brings back a withdrawn consent, diffs show consent changes, old versions forget
// withdrawn data and removed people, the record says who/when/basis, and the person may be told.
#include <gtest/gtest.h>

#include <chrono>
#include <regex>
#include <thread>

#include "../mail/smtp_receiver.hpp"
#include "demo_site.hpp"
#include "http_session.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

namespace mailtest = mail::testing;

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PAUL_EMAIL = "paul.privat@jena.example";

class ConsentTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", "Kita-Ausbau in Jena geht voran"});
    }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // Waits (bounded) for the mail sender to write a mail to `address` into the outbox.
    static std::string mail_to(const std::string& address)
    {
        for (int i = 0; i < 150; ++i) {
            for (const std::string& mail : s_site->outbox_mails()) {
                if (contains(mailtest::raw_header(mail, "To"), address)) {
                    return mail;
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return "";
    }

    static inline DemoSite* s_site = nullptr;
};

// Jena's profile with Paul first (the vCard names the first person) and Stefanie (name public).
FormFields jena_form(const FormFields& first)
{
    FormFields fields = first;
    const FormFields rest = {{"alliance", "Jenaer Bündnis für Familie"},
                             {"contact_rows", "2"},
                             {"contact_2_id", "contact-jena-1"},
                             {"contact_2_name", "Stefanie Frommann"},
                             {"contact_2_role", "Koordination"},
                             {"contact_2_publish_name", "ja"},
                             {"statement", "Wir vernetzen Familien."},
                             {"recipient_lines", "Jenaer Bündnis für Familie"},
                             {"street", "Dornburger Straße 26"},
                             {"postcode", "07743"},
                             {"locality", "Jena"},
                             {"website", "https://www.familienbuendnis-jena.de"}};
    fields.insert(fields.end(), rest.begin(), rest.end());
    return fields;
}

FormFields paul(const std::string& id, bool email_and_phone, const std::string& basis = "",
                bool inform = false)
{
    FormFields fields = {{"contact_1_id", id},
                         {"contact_1_name", "Paul Privat"},
                         {"contact_1_role", "Vertretung"},
                         {"contact_1_email", PAUL_EMAIL},
                         {"contact_1_phone", "03641 123456"},
                         {"contact_1_publish_name", "ja"},
                         {"contact_1_basis", basis}};
    if (email_and_phone) {
        fields.emplace_back("contact_1_publish_email", "ja");
        fields.emplace_back("contact_1_publish_phone", "ja");
    }
    if (inform) {
        fields.emplace_back("contact_1_inform", "ja");
    }
    return fields;
}

// The id the form gave Paul.
std::string paul_contact_id(HttpSession& coordinator)
{
    const std::string form = coordinator.get("/staedte/jena/bearbeiten").body;
    std::smatch found;
    return std::regex_search(form, found, std::regex("name=\"contact_1_id\" value=\"([^\"]+)\""))
               ? found[1].str()
               : "";
}

// The number of the current version on the versions page.
int current_version(const std::string& versions_page)
{
    std::smatch found;
    return std::regex_search(versions_page, found, std::regex("Fassung (\\d+) \\(aktuell\\)"))
               ? std::stoi(found[1].str())
               : 0;
}

TEST_F(ConsentTest, AWithdrawnConsentStaysWithdrawnWhenAnOlderVersionIsRestored)
{
    HttpSession coordinator = signed_in(JENA_EMAIL);
    HttpSession anonymous(port());
    // A consent needs its basis.
    auto without_basis = coordinator.post("/staedte/jena/bearbeiten", jena_form(paul("", true)));
    EXPECT_EQ(without_basis.status, 400);
    EXPECT_TRUE(contains(without_basis.body, "worauf die Einwilligung von Paul Privat beruht"))
        << without_basis.body;
    EXPECT_FALSE(contains(anonymous.get("/staedte/jena").body, PAUL_EMAIL));

    ASSERT_EQ(
        coordinator.post("/staedte/jena/bearbeiten", jena_form(paul("", true, "written"))).status,
        303);
    const int published = current_version(coordinator.get("/staedte/jena/versionen").body);
    EXPECT_TRUE(contains(anonymous.get("/staedte/jena").body, PAUL_EMAIL));
    EXPECT_TRUE(contains(anonymous.get("/staedte/jena/kontakt.vcf").body, "123456"));

    // Paul withdraws his consent for e-mail and phone; his coordinator keeps both internally.
    const std::string id = paul_contact_id(coordinator);
    ASSERT_FALSE(id.empty());
    ASSERT_EQ(coordinator.post("/staedte/jena/bearbeiten", jena_form(paul(id, false))).status, 303);
    EXPECT_FALSE(contains(anonymous.get("/staedte/jena").body, PAUL_EMAIL));

    // An admin restores the version in which both were public: they stay unpublished.
    HttpSession admin = signed_in(ADMIN_EMAIL);
    ASSERT_EQ(
        admin.post("/staedte/jena/versionen", {{"version", std::to_string(published)}}).status,
        303);
    for (const char* path : {"/staedte/jena", "/staedte/jena/kontakt.vcf", "/api/v1/cities/jena"}) {
        const std::string body = anonymous.get(path).body;
        EXPECT_FALSE(contains(body, PAUL_EMAIL)) << path;
        EXPECT_FALSE(contains(body, "123456")) << path;
        EXPECT_TRUE(contains(body, "Paul Privat")) << path; // his name is still consented
    }
    // The restored version no longer held the withdrawn data: it is gone from the profile too.
    const std::string form = coordinator.get("/staedte/jena/bearbeiten").body;
    EXPECT_TRUE(contains(form, "Paul Privat"));
    EXPECT_FALSE(contains(form, PAUL_EMAIL)) << form;
    EXPECT_FALSE(contains(form, "123456"));
}

TEST_F(ConsentTest, TheVersionsShowConsentChangesAndTheRecordOfWhoRecordedWhatWhenOnWhichBasis)
{
    HttpSession coordinator = signed_in(JENA_EMAIL);
    ASSERT_EQ(
        coordinator.post("/staedte/jena/bearbeiten", jena_form(paul("", true, "oral"))).status,
        303);
    ASSERT_EQ(
        coordinator
            .post("/staedte/jena/bearbeiten", jena_form(paul(paul_contact_id(coordinator), false)))
            .status,
        303);

    for (HttpSession* reader : {&coordinator}) {
        const std::string page = reader->get("/staedte/jena/versionen").body;
        EXPECT_TRUE(contains(
            page,
            "<th scope=\"row\">E-Mail öffentlich – Paul Privat</th><td class=\"diff-old\">ja</td>"
            "<td class=\"diff-new\">nein</td>"))
            << page;
        EXPECT_TRUE(contains(page, "<th scope=\"row\">Telefon öffentlich – Paul Privat</th><td "
                                   "class=\"diff-old\">nein</td>"
                                   "<td class=\"diff-new\">ja</td>"))
            << page;
        // The record: newest first, who, when, what, on which basis.
        std::smatch row;
        ASSERT_TRUE(std::regex_search(
            page, row,
            std::regex("<tr><td>(\\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d UTC)</td>"
                       "<td>Paul Privat</td><td>E-Mail</td><td>erteilt</td>"
                       "<td>mündlich erteilt</td><td>Stefanie Beispiel</td></tr>")))
            << page;
        EXPECT_TRUE(contains(
            page, "<td>Paul Privat</td><td>Telefon</td><td>widerrufen</td><td>Einwilligung "
                  "widerrufen</td>"
                  "<td>Stefanie Beispiel</td>"));
        EXPECT_TRUE(contains(
            page, "<td>Paul Privat</td><td>Name</td><td>erteilt</td><td>mündlich erteilt</td>"));
    }
    // Admins see the record too; the public and other cities do not reach the page.
    EXPECT_TRUE(
        contains(signed_in(ADMIN_EMAIL).get("/staedte/jena/versionen").body, "mündlich erteilt"));
    EXPECT_EQ(HttpSession(port()).get("/staedte/jena/versionen").status, 303);
}

TEST_F(ConsentTest, ARemovedPersonLeavesTheHistoryAndARestoreDoesNotBringThemBack)
{
    HttpSession coordinator = signed_in(JENA_EMAIL);
    ASSERT_EQ(
        coordinator.post("/staedte/jena/bearbeiten", jena_form(paul("", true, "function_address")))
            .status,
        303);
    const int with_paul = current_version(coordinator.get("/staedte/jena/versionen").body);
    // An empty row removes Paul.
    ASSERT_EQ(coordinator
                  .post("/staedte/jena/bearbeiten",
                        jena_form({{"contact_1_id", paul_contact_id(coordinator)},
                                   {"contact_1_name", ""}}))
                  .status,
              303);
    const std::string versions = coordinator.get("/staedte/jena/versionen").body;
    EXPECT_TRUE(contains(versions, "Person aus den Ansprechpersonen entfernt")) << versions;

    ASSERT_EQ(signed_in(ADMIN_EMAIL)
                  .post("/staedte/jena/versionen", {{"version", std::to_string(with_paul)}})
                  .status,
              303);
    EXPECT_FALSE(contains(HttpSession(port()).get("/staedte/jena").body, "Paul Privat"));
    EXPECT_FALSE(contains(coordinator.get("/staedte/jena/bearbeiten").body, "Paul Privat"));
    // What the versions page still shows of older versions names him nowhere but in the record.
    const std::string after = coordinator.get("/staedte/jena/versionen").body;
    const std::string history = after.substr(after.find("<ol class=\"versions\""));
    EXPECT_FALSE(contains(history, "Paul Privat")) << history;
}

TEST_F(ConsentTest, ThePersonIsToldByMailWhatIsPublishedWhereWhoRecordedItAndHowToWithdraw)
{
    HttpSession coordinator = signed_in(JENA_EMAIL);
    ASSERT_EQ(
        coordinator.post("/staedte/jena/bearbeiten", jena_form(paul("", true, "written", true)))
            .status,
        303);
    const std::string mail = mail_to(PAUL_EMAIL);
    ASSERT_FALSE(mail.empty()) << "no mail to Paul";
    EXPECT_TRUE(contains(mailtest::raw_header(mail, "Reply-To"), JENA_EMAIL));
    const std::string body = mailtest::decode_quoted_printable(mailtest::body_of(mail));
    EXPECT_TRUE(contains(body, "Guten Tag Paul Privat")) << body;
    EXPECT_TRUE(contains(body, "Stefanie Beispiel (" + JENA_EMAIL + ")")) << body;
    EXPECT_TRUE(contains(body, "- E-Mail: " + PAUL_EMAIL)) << body;
    EXPECT_TRUE(contains(body, "- Telefon: 03641 123456")) << body;
    EXPECT_TRUE(contains(body, "/staedte/jena/kontakt.vcf")) << body;
    EXPECT_TRUE(contains(body, "Grundlage laut Eintrag: Einwilligung liegt schriftlich vor"))
        << body;
    EXPECT_TRUE(contains(body, "widerrufen")) << body;
}

} // namespace
} // namespace rundum::testing
