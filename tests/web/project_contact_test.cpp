// SPDX-License-Identifier: EUPL-1.2
// A public project's contact over HTTP, on every backend: the public sees only what the person
// agreed to publish (page, API, CSV, XLSX, feed, search), members see all, a restore keeps consent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include <boost/json.hpp>

#include "demo_site.hpp"
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

// A complete public project form with a contact and the consent boxes that are ticked.
FormFields project_form(const std::string& title, const ContactData& contact, bool name, bool email, bool phone)
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
                         {"visibility", "public"}};
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
    EXPECT_TRUE(contains(jena.get(path).body, contact.email)) << "members still see it";
}

} // namespace
} // namespace rundum::testing
