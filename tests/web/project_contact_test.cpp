// SPDX-License-Identifier: EUPL-1.2
// A public project's contact over HTTP, on every backend: the public sees only what the person
// agreed to publish (page, API, CSV, XLSX, feed, search), members see all, a restore keeps consent;
// a consent needs a basis and is recorded, old versions forget withdrawn data, the person may be told.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <thread>

#include <boost/json.hpp>

#include "../mail/smtp_receiver.hpp"
#include "demo_site.hpp"
#include "store/open_store.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

const std::string ADMIN_EMAIL = "geschaeftsstelle@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string PASSPHRASE = "Familienzentren in Jena wachsen";

/// The contact of one test's project: values found nowhere else in the demo network.
struct ContactData {
    std::string name;
    std::string email;
    std::string phone;
};

// A complete public project form with a contact, the consent boxes that are ticked, the basis of
// a consent given now and whether the person is to be told by mail.
FormFields project_form(const std::string& title, const ContactData& contact, bool name, bool email, bool phone,
                        const std::string& basis = "written", bool inform = false)
{
    FormFields fields = {{"title", title},
                         {"summary", "Ein Fest für Familien im Stadtteil."},
                         {"description", "Einmal im Jahr."},
                         {"topics", "familien-und-kinderarmut"},
                         {"target_groups", "Familien"},
                         {"status", "laeuft"},
                         {"start_date", "2024"},
                         {"end_date", ""},
                         {"lead_organisation", "Jenaer Bündnis für Familie"},
                         {"partners", ""},
                         {"costs_and_funding", ""},
                         {"staff_effort", ""},
                         {"goals", ""},
                         {"results", ""},
                         {"success_factors", ""},
                         {"stumbling_blocks", ""},
                         {"transfer_requirements", ""},
                         {"contact_name", contact.name},
                         {"contact_email", contact.email},
                         {"contact_phone", contact.phone},
                         {"links", ""},
                         {"visibility", "public"},
                         {"consent_basis", basis}};
    if (inform) {
        fields.emplace_back("consent_inform", "ja");
    }
    if (name) {
        fields.emplace_back("publish_contact_name", "ja");
    }
    if (email) {
        fields.emplace_back("publish_contact_email", "ja");
    }
    if (phone) {
        fields.emplace_back("publish_contact_phone", "ja");
    }
    return fields;
}

boost::json::value json_of(const HttpAnswer& answer)
{
    return boost::json::parse(answer.body);
}

std::string location_path(const HttpAnswer& answer)
{
    std::string location = answer.header("Location");
    const std::size_t query = location.find('?');
    return query == std::string::npos ? location : location.substr(0, query);
}

// The text of every part of an XLSX file (sheet, shared strings), read by Python's zipfile, not
// by rundum: what a spreadsheet program would find in it.
std::string xlsx_text(const std::string& bytes)
{
    TemporaryDirectory directory;
    const std::filesystem::path file = directory.path() / "praxisbeispiele.xlsx";
    std::ofstream(file, std::ios::binary) << bytes;
    const CommandResult read = run_command(
        {"/usr/bin/python3", "-c",
         "import sys, zipfile\n"
         "z = zipfile.ZipFile(sys.argv[1])\n"
         "sys.stdout.write(''.join(z.read(n).decode('utf-8') for n in z.namelist() if n.startswith('xl/')))\n",
         file.string()});
    EXPECT_EQ(read.exit_code, 0) << read.err;
    return read.out;
}

class ProjectContactTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_site = new DemoSite({ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE}); }
    static void TearDownTestSuite() { delete s_site; }
    void SetUp() override { ASSERT_EQ(s_site->problems(), "") << "the demo site did not start"; }

    static unsigned short port() { return s_site->port(); }
    static HttpSession signed_in(const std::string& email) { return s_site->signed_in(email); }

    // Creates a public project of Jena and answers its path ("/praxisbeispiele/p-…").
    static std::string create(const std::string& title, const ContactData& contact, bool name, bool email,
                              bool phone)
    {
        HttpAnswer created = signed_in(JENA_EMAIL).post("/praxisbeispiele/neu",
                                                        project_form(title, contact, name, email, phone));
        EXPECT_EQ(created.status, 303) << created.body.substr(0, 600);
        return location_path(created);
    }

    // What the public gets about Jena's projects from every place that lists them, each checked
    // to hold the project (`title`), so that an absent contact is not an absent project.
    static std::map<std::string, std::string> public_answers(const std::string& path, const std::string& title)
    {
        const std::string id = path.substr(std::string("/praxisbeispiele/").size());
        std::map<std::string, std::string> answers;
        for (const std::string& target : {path, "/api/v1/projects/" + id, std::string("/api/v1/projects?city=jena"),
                                          std::string("/praxisbeispiele.csv?stadt=jena"),
                                          std::string("/praxisbeispiele.atom")}) {
            HttpAnswer answer = http_get(port(), target);
            EXPECT_EQ(answer.status, 200) << target;
            answers[target] = answer.body;
        }
        HttpAnswer xlsx = http_get(port(), "/praxisbeispiele.xlsx?stadt=jena");
        EXPECT_EQ(xlsx.status, 200);
        answers["/praxisbeispiele.xlsx?stadt=jena"] = xlsx_text(xlsx.body);
        for (const auto& [target, body] : answers) {
            EXPECT_TRUE(contains(body, title)) << target << " does not list the project";
        }
        return answers;
    }

    // The stored content of each version of the project at `path`, newest first (read from the
    // database, not from a page).
    static std::vector<std::string> stored_versions(const std::string& path)
    {
        auto store = store::open_store({s_site->data(), s_site->database_url()});
        EXPECT_TRUE(store.has_value()) << (store ? "" : store.error().detail);
        if (!store) {
            return {};
        }
        auto versions = (*store)->project_versions(path.substr(path.rfind('/') + 1));
        EXPECT_TRUE(versions.has_value());
        std::vector<std::string> contents;
        for (const Version& version : versions.value_or(std::vector<Version>{})) {
            contents.push_back(version.content);
        }
        return contents;
    }

    // Waits (bounded) for the mail sender to write a mail to `address` into the outbox.
    static std::string mail_to(const std::string& address)
    {
        for (int i = 0; i < 150; ++i) {
            for (const std::string& mail : s_site->outbox_mails()) {
                if (contains(mail::testing::raw_header(mail, "To"), address)) {
                    return mail;
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return "";
    }

    static inline DemoSite* s_site = nullptr;
};

TEST_F(ProjectContactTest, AnUnconsentedContactOfAPublicProjectReachesOnlyMembers)
{
    const ContactData contact{"Stefanie Ohnezustimmung", "s.ohnezustimmung@jena.example", "03641 555123"};
    const std::string path = create("Kiezlaternenfest", contact, false, false, false);
    ASSERT_TRUE(path.starts_with("/praxisbeispiele/p-")) << path;
    for (const auto& [target, body] : public_answers(path, "Kiezlaternenfest")) {
        for (const std::string& personal : {contact.name, contact.email, contact.phone}) {
            EXPECT_FALSE(contains(body, personal)) << personal << " published without consent in " << target;
        }
    }
    // Search: the project is found, its contact neither shown nor findable.
    for (const std::string& target : {std::string("/suche?q=Kiezlaternenfest"), std::string("/api/v1/search?q=Kiezlaternenfest")}) {
        HttpAnswer found = http_get(port(), target);
        EXPECT_TRUE(contains(found.body, "Kiezlaternenfest")) << target;
        EXPECT_FALSE(contains(found.body, contact.email)) << target;
        EXPECT_FALSE(contains(found.body, "Ohnezustimmung")) << target;
    }
    EXPECT_EQ(json_of(http_get(port(), "/api/v1/search?q=Ohnezustimmung")).at("total").to_number<int>(), 0);

    // Members are the network: the own city and everyone else signed in see the whole contact.
    for (const std::string& member : {JENA_EMAIL, ADMIN_EMAIL}) {
        HttpSession session = signed_in(member);
        const std::string page = session.get(path).body;
        const std::string api = session.get("/api/v1/projects/" + path.substr(path.rfind('/') + 1)).body;
        for (const std::string& personal : {contact.name, contact.email, contact.phone}) {
            EXPECT_TRUE(contains(page, personal)) << member << " misses " << personal << " on the page";
            EXPECT_TRUE(contains(api, personal)) << member << " misses " << personal << " in the API";
        }
        EXPECT_TRUE(contains(session.get("/praxisbeispiele.csv?stadt=jena").body, contact.email)) << member;
    }
}

TEST_F(ProjectContactTest, EachFieldAppearsOnceItsPersonAgreed)
{
    const ContactData contact{"Paula Nurpostfach", "familienbuero@jena.example", "03641 555777"};
    const std::string path = create("Nachbarschaftsfrühstück", contact, false, false, false);
    ASSERT_TRUE(path.starts_with("/praxisbeispiele/p-")) << path;
    HttpSession jena = signed_in(JENA_EMAIL);
    // A function mailbox needs no personal consent: only the address is published.
    ASSERT_EQ(jena.post(path + "/bearbeiten", project_form("Nachbarschaftsfrühstück", contact, false, true, false)).status,
              303);
    for (const auto& [target, body] : public_answers(path, "Nachbarschaftsfrühstück")) {
        if (target != "/praxisbeispiele.atom") { // the feed carries no contact at all
            EXPECT_TRUE(contains(body, contact.email)) << "consented address missing in " << target;
        }
        EXPECT_FALSE(contains(body, contact.name)) << target;
        EXPECT_FALSE(contains(body, contact.phone)) << target;
    }
    const boost::json::value api = json_of(http_get(port(), "/api/v1/projects/" + path.substr(path.rfind('/') + 1)));
    EXPECT_EQ(api.at("project").at("contact").at("name").as_string(), "");
    EXPECT_EQ(api.at("project").at("contact").at("email").as_string(), contact.email);

    ASSERT_EQ(jena.post(path + "/bearbeiten", project_form("Nachbarschaftsfrühstück", contact, true, true, true)).status,
              303);
    const std::string page = http_get(port(), path).body;
    EXPECT_TRUE(contains(page, contact.name));
    EXPECT_TRUE(contains(page, contact.phone));
    const std::string csv = http_get(port(), "/praxisbeispiele.csv?stadt=jena").body;
    EXPECT_TRUE(contains(csv, contact.name));
    EXPECT_TRUE(contains(xlsx_text(http_get(port(), "/praxisbeispiele.xlsx?stadt=jena").body), contact.name));
}

TEST_F(ProjectContactTest, RestoringAnOldVersionKeepsTheCurrentConsent)
{
    const ContactData contact{"Ida Widerruf", "ida.widerruf@jena.example", "03641 555999"};
    const std::string path = create("Vorlesepaten im Park", contact, true, true, true);
    ASSERT_TRUE(path.starts_with("/praxisbeispiele/p-")) << path;
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_TRUE(contains(http_get(port(), path).body, contact.email));
    // The person withdraws consent for email and phone.
    ASSERT_EQ(jena.post(path + "/bearbeiten", project_form("Vorlesepaten im Park", contact, true, false, false)).status,
              303);
    const std::string versions = jena.get(path + "/versionen").body;
    EXPECT_TRUE(contains(versions, "E-Mail der Ansprechperson öffentlich")) << "the diff shows the consent change";
    EXPECT_TRUE(contains(versions, "nicht öffentlich"));

    ASSERT_EQ(jena.post(path + "/versionen", {{"version", "1"}}).status, 303);
    const std::string page = http_get(port(), path).body;
    EXPECT_TRUE(contains(page, contact.name));
    EXPECT_FALSE(contains(page, contact.email)) << "a restore brought a withdrawn consent back";
    EXPECT_FALSE(contains(page, contact.phone));
    const std::string form = jena.get(path + "/bearbeiten").body;
    EXPECT_TRUE(contains(form, R"(name="publish_contact_name" type="checkbox" value="ja" checked)"));
    EXPECT_TRUE(contains(form, R"(name="publish_contact_email" type="checkbox" value="ja">)"));
    // The restored version no longer held the withdrawn data (the history forgot it): it is gone
    // from the project too, as for a city's contact.
    EXPECT_FALSE(contains(jena.get(path).body, contact.email)) << "a restore brought forgotten data back";
}

TEST_F(ProjectContactTest, ANewConsentWithoutABasisIsRefusedWithTheInputKept)
{
    const ContactData contact{"Olga Ohnegrund", "o.ohnegrund@jena.example", "03641 555321"};
    // On a new project ...
    HttpSession jena = signed_in(JENA_EMAIL);
    const HttpAnswer refused_new =
        jena.post("/praxisbeispiele/neu", project_form("Spielplatzpaten", contact, false, true, false, ""));
    EXPECT_EQ(refused_new.status, 400);
    EXPECT_TRUE(contains(refused_new.body, "worauf die Einwilligung von Olga Ohnegrund beruht")) << refused_new.body;
    // ... and on an existing one.
    const std::string path = create("Spielplatzpaten", contact, false, false, false);
    ASSERT_TRUE(path.starts_with("/praxisbeispiele/p-")) << path;
    const HttpAnswer refused =
        jena.post(path + "/bearbeiten", project_form("Spielplatzpaten am Damm", contact, false, true, false, ""));
    ASSERT_EQ(refused.status, 400);
    EXPECT_TRUE(contains(refused.body, R"(<p class="field-error" id="consent_basis-error">)")) << refused.body;
    EXPECT_TRUE(contains(refused.body, "Spielplatzpaten am Damm")) << "the typed title is kept";
    EXPECT_TRUE(contains(refused.body, R"(name="publish_contact_email" type="checkbox" value="ja" checked)"));
    EXPECT_FALSE(contains(http_get(port(), path).body, contact.email)) << "published without a basis";
    EXPECT_EQ(stored_versions(path).size(), 1U) << "nothing was saved";
    // The API too: a consent needs "basis" in the contact, as on the form.
    std::smatch token;
    const std::string account = jena.post("/konto/api-token", {{"label", "Abgleich"}}).body;
    ASSERT_TRUE(std::regex_search(account, token, std::regex("<code class=\"token\">([^<]+)</code>")));
    const std::string url = "/api/v1/projects/" + path.substr(path.rfind('/') + 1);
    boost::json::object sent = {{"title", "Spielplatzpaten"}, {"status", "laeuft"}, {"visibility", "public"},
                                {"topics", boost::json::array{"familien-und-kinderarmut"}},
                                {"contact", {{"name", contact.name}, {"email", contact.email}, {"phone", contact.phone},
                                             {"publish", {{"email", true}}}}}};
    const auto put = [&](const boost::json::object& body) {
        return http_request(port(), "PUT", url, boost::json::serialize(body), "", "application/json",
                            "Bearer " + token[1].str());
    };
    const HttpAnswer without_basis = put(sent);
    EXPECT_EQ(without_basis.status, 400) << without_basis.body;
    EXPECT_FALSE(contains(http_get(port(), path).body, contact.email));
    sent["contact"].as_object()["basis"] = "function_address";
    const HttpAnswer with_basis = put(sent);
    EXPECT_EQ(with_basis.status, 200) << with_basis.body;
    EXPECT_TRUE(contains(http_get(port(), path).body, contact.email));
    EXPECT_TRUE(contains(jena.get(path + "/versionen").body, "dienstliche Funktionsadresse"));
}

TEST_F(ProjectContactTest, AConsentWithABasisIsRecordedWithWhoWhenAndOnWhichBasis)
{
    const ContactData contact{"Lena Nachweis", "l.nachweis@jena.example", "03641 555654"};
    const std::string path = create("Familiencafé am Markt", contact, false, false, false);
    ASSERT_TRUE(path.starts_with("/praxisbeispiele/p-")) << path;
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(jena.post(path + "/bearbeiten",
                        project_form("Familiencafé am Markt", contact, true, true, false, "oral"))
                  .status,
              303);
    ASSERT_EQ(jena.post(path + "/bearbeiten", project_form("Familiencafé am Markt", contact, true, false, false))
                  .status,
              303);
    const std::string page = jena.get(path + "/versionen").body;
    EXPECT_TRUE(std::regex_search(page, std::regex("<tr><td>\\d\\d\\.\\d\\d\\.\\d{4}, \\d\\d:\\d\\d UTC</td>"
                                                   "<td>Lena Nachweis</td><td>E-Mail</td><td>erteilt</td>"
                                                   "<td>mündlich erteilt</td><td>Stefanie Beispiel</td></tr>")))
        << page;
    EXPECT_TRUE(contains(page, "<td>Lena Nachweis</td><td>Name</td><td>erteilt</td><td>mündlich erteilt</td>"));
    EXPECT_TRUE(contains(page, "<td>Lena Nachweis</td><td>E-Mail</td><td>widerrufen</td><td>Einwilligung "
                               "widerrufen</td><td>Stefanie Beispiel</td>"));
    EXPECT_TRUE(contains(signed_in(ADMIN_EMAIL).get(path + "/versionen").body, "mündlich erteilt"));
    EXPECT_EQ(HttpSession(port()).get(path + "/versionen").status, 303) << "the public does not see it";
}

TEST_F(ProjectContactTest, AWithdrawnOrReplacedContactLeavesEveryOlderVersion)
{
    const ContactData contact{"Wanda Vergessen", "w.vergessen@jena.example", "03641 555888"};
    const std::string path = create("Stadtteilmütter", contact, true, true, true);
    ASSERT_TRUE(path.starts_with("/praxisbeispiele/p-")) << path;
    HttpSession jena = signed_in(JENA_EMAIL);
    ASSERT_EQ(jena.post(path + "/bearbeiten", project_form("Stadtteilmütter Nord", contact, true, true, true)).status,
              303);
    ASSERT_EQ(stored_versions(path).size(), 2U);
    for (const std::string& content : stored_versions(path)) {
        ASSERT_TRUE(contains(content, contact.email));
    }
    // She withdraws her consent for the e-mail address.
    ASSERT_EQ(jena.post(path + "/bearbeiten", project_form("Stadtteilmütter Nord", contact, true, false, true)).status,
              303);
    std::vector<std::string> versions = stored_versions(path);
    ASSERT_EQ(versions.size(), 3U);
    EXPECT_TRUE(contains(versions.front(), contact.email)) << "members still have it in the current state";
    for (std::size_t older = 1; older < versions.size(); ++older) {
        EXPECT_FALSE(contains(versions[older], contact.email)) << versions[older];
        EXPECT_TRUE(contains(versions[older], contact.phone)) << "only the withdrawn field is forgotten";
    }
    // Another person takes over: nothing of hers stays in the history.
    const ContactData successor{"Nora Nachfolge", "n.nachfolge@jena.example", "03641 555889"};
    ASSERT_EQ(jena.post(path + "/bearbeiten",
                        project_form("Stadtteilmütter Nord", successor, false, false, false))
                  .status,
              303);
    versions = stored_versions(path);
    ASSERT_EQ(versions.size(), 4U);
    for (const std::string& content : versions) {
        for (const std::string& hers : {contact.name, contact.email, contact.phone}) {
            EXPECT_FALSE(contains(content, hers)) << content;
        }
    }
    EXPECT_TRUE(contains(jena.get(path + "/versionen").body, "Person aus den Ansprechpersonen entfernt"));
}

TEST_F(ProjectContactTest, ThePersonIsToldByMailWhatIsPublishedWhereAndHowToWithdraw)
{
    const ContactData contact{"Mira Bescheid", "m.bescheid@jena.example", "03641 555777"};
    HttpAnswer created = signed_in(JENA_EMAIL).post(
        "/praxisbeispiele/neu", project_form("Babylotsen", contact, true, true, false, "written", true));
    ASSERT_EQ(created.status, 303) << created.body.substr(0, 600);
    const std::string path = location_path(created);
    const std::string mail = mail_to(contact.email);
    ASSERT_FALSE(mail.empty()) << "no mail to the contact";
    EXPECT_TRUE(contains(mail::testing::raw_header(mail, "Reply-To"), JENA_EMAIL));
    const std::string body = mail::testing::decode_quoted_printable(mail::testing::body_of(mail));
    EXPECT_TRUE(contains(body, "Guten Tag Mira Bescheid")) << body;
    EXPECT_TRUE(contains(body, "Praxisbeispiels „Babylotsen“")) << body;
    EXPECT_TRUE(contains(body, "- E-Mail: " + contact.email)) << body;
    EXPECT_TRUE(contains(body, "- Telefon: " + contact.phone)) << body; // not public: listed apart
    EXPECT_TRUE(contains(body, path)) << body;
    EXPECT_TRUE(contains(body, "Grundlage laut Eintrag: Einwilligung liegt schriftlich vor")) << body;
    EXPECT_TRUE(contains(body, "widerrufen")) << body;
}

} // namespace
} // namespace rundum::testing
