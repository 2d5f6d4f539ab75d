// SPDX-License-Identifier: EUPL-1.2
// Meeting mails over HTTP, on every backend: an admin plans a meeting and, once it has settled,
// the members get one invitation with the .ics attached (METHOD:REQUEST, parsed back with
// libical); a change sends an update with a higher SEQUENCE; a city that has not registered
// when the deadline is near gets one reminder; "nie" stops all of it. The mailer's time is set
// through rundum serve --test-clock-file.
#include <gtest/gtest.h>

#include <libical/ical.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <regex>
#include <thread>

#include "../mail/smtp_receiver.hpp"
#include "core/notification_mail.hpp"
#include "demo_site.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

namespace mailtest = mail::testing;

const std::string ADMIN_EMAIL = "buero@netzwerk.example";
const std::string JENA_EMAIL = "koordination@jena.example";
const std::string LEIPZIG_EMAIL = "team@leipzig.example";
const std::string LEIPZIG_QUIET_EMAIL = "ruhe@leipzig.example"; // chose "nie"
const std::string PASSPHRASE = "Familienzentren wachsen in Thüringen";
const std::string BASE_URL = "http://127.0.0.1:8080"; // rundum serve's default --base-url

struct ComponentDeleter {
    void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

FormFields meeting_form(const std::string& starts)
{
    return {{"title", "Netzwerktreffen Frühjahr"},
            {"starts_at", starts},
            {"ends_at", starts.substr(0, 11) + "16:00"},
            {"registration_deadline", "2099-03-04T23:59"},
            {"host_city", "city-jena"},
            {"venue", "Rathaus Jena, Markt 1"},
            {"online_link", "https://video.example/netzwerk-geheim"},
            {"description", "Wir stellen Praxisbeispiele vor."}};
}

std::chrono::system_clock::time_point at(const std::string& iso_utc)
{
    return std::chrono::system_clock::time_point(std::chrono::seconds(unix_from_iso_utc(iso_utc).value()));
}

std::string subject(const std::string& mail)
{
    return mailtest::decode_header_value(mailtest::raw_header(mail, "Subject"));
}

// The decoded text (or, with `calendar`, the .ics) of a multipart mail.
std::string parts_text(const std::string& mail, bool calendar)
{
    std::smatch match;
    const std::string content_type = mailtest::raw_header(mail, "Content-Type");
    if (!std::regex_search(content_type, match, std::regex("boundary=\"([^\"]+)\""))) {
        return {};
    }
    std::string delimiter = "--";
    delimiter += match[1].str();
    const std::string body = mailtest::body_of(mail);
    for (std::size_t at = body.find(delimiter); at != std::string::npos;) {
        const std::size_t start = at + delimiter.size() + 2;
        const std::size_t next = body.find(delimiter, start);
        if (next == std::string::npos) {
            break;
        }
        const std::string part = body.substr(start, next - start);
        const std::string type = mailtest::raw_header(part, "Content-Type");
        if (calendar && type.starts_with("text/calendar")) {
            return mailtest::decode_base64(mailtest::body_of(part));
        }
        if (!calendar && type.starts_with("text/plain")) {
            return mailtest::decode_quoted_printable(mailtest::body_of(part));
        }
        at = next;
    }
    return {};
}

std::string property(icalcomponent* component, icalproperty_kind kind)
{
    icalproperty* found = icalcomponent_get_first_property(component, kind);
    return found == nullptr ? "" : icalproperty_get_value_as_string(found);
}

class MeetingMailTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_clock_file = m_clock_directory.path() / "now";
        m_site = std::make_unique<DemoSite>(DemoMembers{ADMIN_EMAIL, JENA_EMAIL, "jena", PASSPHRASE},
                                            std::vector<std::string>{"--test-clock-file", m_clock_file.string()});
        ASSERT_EQ(m_site->problems(), "") << "the demo site did not start";
        const std::vector<std::pair<std::string, std::string>> leipzig = {{LEIPZIG_EMAIL, "Lena Leipzig"},
                                                                          {LEIPZIG_QUIET_EMAIL, "Rita Ruhe"}};
        for (const auto& [email, name] : leipzig) {
            const std::string link = m_site->rundum({"user", "add", "--data", m_site->data(), "--coordinator", email,
                                                     "--city", "leipzig"})
                                         .out;
            ASSERT_EQ(HttpSession(port()).set_password(path_of(link), name, PASSPHRASE).status, 303);
        }
        ASSERT_EQ(m_site->signed_in(LEIPZIG_QUIET_EMAIL).post("/konto/benachrichtigungen", {{"mail_mode", "nie"}}).status,
                  200);
    }

    unsigned short port() const { return m_site->port(); }

    void set_clock(std::chrono::system_clock::time_point when) const
    {
        std::ofstream(m_clock_file)
            << iso_utc_text(std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count()) << "\n";
    }

    /// The mails to `address` whose subject starts with `prefix`.
    std::vector<std::string> mails_to(const std::string& address, const std::string& prefix) const
    {
        std::vector<std::string> found;
        for (const std::string& mail : m_site->outbox_mails()) {
            if (contains(mailtest::raw_header(mail, "To"), address) && subject(mail).starts_with(prefix)) {
                found.push_back(mail);
            }
        }
        return found;
    }

    /// How many meeting mails (invitations, updates, cancellations, reminders) went to `address`.
    std::size_t meeting_mails_to(const std::string& address) const
    {
        std::size_t count = 0;
        for (const char* prefix : {"Einladung: ", "Geändert: ", "Abgesagt: ", "Anmeldung bis "}) {
            count += mails_to(address, prefix).size();
        }
        return count;
    }

    // Waits (bounded) until `count` such mails have been sent.
    bool wait_for(const std::string& address, const std::string& prefix, std::size_t count) const
    {
        for (int i = 0; i < 300; ++i) {
            if (mails_to(address, prefix).size() >= count) {
                return true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return false;
    }

    TemporaryDirectory m_clock_directory;
    std::filesystem::path m_clock_file;
    std::unique_ptr<DemoSite> m_site;
};

TEST_F(MeetingMailTest, MembersAreInvitedOnceWithTheIcsUpdatedOnAChangeAndUnregisteredCitiesReminded)
{
    // Planned now: the invitation waits until the meeting has not changed for ten minutes.
    const auto planned = std::chrono::system_clock::now();
    set_clock(planned);
    HttpSession admin = m_site->signed_in(ADMIN_EMAIL);
    HttpAnswer created = admin.post("/treffen/neu", meeting_form("2099-03-18T10:00"));
    ASSERT_EQ(created.status, 303) << created.body.substr(0, 1500);
    const std::string location = created.header("Location");
    const std::string meeting = location.substr(0, location.find('?'));
    const std::string id = meeting.substr(std::string("/treffen/").size());
    std::this_thread::sleep_for(std::chrono::seconds(6)); // a round of the mailer
    EXPECT_TRUE(mails_to(JENA_EMAIL, "Einladung: ").empty()) << "sent before the meeting settled";

    set_clock(planned + std::chrono::minutes(11));
    for (const std::string& member : {ADMIN_EMAIL, JENA_EMAIL, LEIPZIG_EMAIL}) {
        ASSERT_TRUE(wait_for(member, "Einladung: ", 1)) << member;
    }
    const std::string invitation = mails_to(JENA_EMAIL, "Einladung: ").front();
    EXPECT_EQ(subject(invitation), "Einladung: Netzwerktreffen Frühjahr am 18.03.2099");
    EXPECT_FALSE(mailtest::raw_header(invitation, "List-Unsubscribe").empty());
    EXPECT_EQ(mailtest::raw_header(invitation, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
    const std::string text = parts_text(invitation, false);
    EXPECT_TRUE(contains(text, "Wann: 18.03.2099, 10:00–16:00 Uhr")) << text;
    EXPECT_TRUE(contains(text, "Gastgeberstadt: Jena")) << text;
    EXPECT_TRUE(contains(text, "Online-Teilnahme: https://video.example/netzwerk-geheim")) << text;
    EXPECT_TRUE(contains(text, BASE_URL + meeting + "/anmeldung")) << text;
    EXPECT_TRUE(contains(text, BASE_URL + "/konto#benachrichtigungen")) << text;
    EXPECT_TRUE(contains(text, BASE_URL + "/benachrichtigungen/abbestellen/")) << text;

    EXPECT_TRUE(contains(mailtest::raw_header(invitation, "Content-Type"), "multipart/mixed"));
    EXPECT_TRUE(contains(invitation, "Content-Type: text/calendar; method=REQUEST; charset=UTF-8\r\n"));
    EXPECT_TRUE(contains(invitation, "filename=\"einladung.ics\""));
    Component calendar(icalparser_parse_string(parts_text(invitation, true).c_str()));
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_REQUEST);
    icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(std::string(icalcomponent_get_uid(event)), id + "@127.0.0.1");
    EXPECT_EQ(icalcomponent_get_sequence(event), 0);
    EXPECT_EQ(property(event, ICAL_ORGANIZER_PROPERTY), "mailto:noreply@localhost");
    icalproperty* start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    ASSERT_NE(start, nullptr);
    EXPECT_STREQ(icalproperty_get_parameter_as_string(start, "TZID"), "Europe/Berlin");
    EXPECT_STREQ(icaltime_as_ical_string(icalcomponent_get_dtstart(event)), "20990318T100000");

    // The member who chose "nie" gets nothing; nobody gets a second copy.
    std::this_thread::sleep_for(std::chrono::seconds(6));
    EXPECT_EQ(meeting_mails_to(LEIPZIG_QUIET_EMAIL), 0U);
    EXPECT_EQ(mails_to(JENA_EMAIL, "Einladung: ").size(), 1U);

    // A new time: an updated invitation, same UID, higher SEQUENCE.
    ASSERT_EQ(admin.post(meeting + "/bearbeiten", meeting_form("2099-03-19T10:00")).status, 303);
    set_clock(planned + std::chrono::minutes(30));
    ASSERT_TRUE(wait_for(JENA_EMAIL, "Geändert: ", 1));
    const std::string update = mails_to(JENA_EMAIL, "Geändert: ").front();
    EXPECT_EQ(subject(update), "Geändert: Netzwerktreffen Frühjahr am 19.03.2099");
    Component updated(icalparser_parse_string(parts_text(update, true).c_str()));
    ASSERT_NE(updated, nullptr);
    EXPECT_EQ(icalcomponent_get_method(updated.get()), ICAL_METHOD_REQUEST);
    icalcomponent* changed = icalcomponent_get_first_component(updated.get(), ICAL_VEVENT_COMPONENT);
    ASSERT_NE(changed, nullptr);
    EXPECT_EQ(std::string(icalcomponent_get_uid(changed)), id + "@127.0.0.1");
    EXPECT_EQ(icalcomponent_get_sequence(changed), 1);
    EXPECT_STREQ(icaltime_as_ical_string(icalcomponent_get_dtstart(changed)), "20990319T100000");

    // Jena registers; when the deadline is a few days away only Leipzig's members are reminded,
    // once.
    ASSERT_EQ(m_site->signed_in(JENA_EMAIL).post(meeting + "/anmeldung", {{"rows", "1"}, {"name_0", "Jana"}}).status,
              303);
    set_clock(at("2099-03-01T09:00:00Z"));
    const std::string reminder_subject = "Anmeldung bis 04.03.2099, 23:59 Uhr — Ihre Stadt hat sich noch nicht";
    ASSERT_TRUE(wait_for(LEIPZIG_EMAIL, reminder_subject, 1));
    const std::string reminder = mails_to(LEIPZIG_EMAIL, reminder_subject).front();
    const std::string reminder_text = mailtest::decode_quoted_printable(mailtest::body_of(reminder));
    EXPECT_TRUE(contains(reminder_text, "Leipzig hat sich noch nicht angemeldet")) << reminder_text;
    EXPECT_TRUE(contains(reminder_text, BASE_URL + meeting + "/anmeldung")) << reminder_text;
    EXPECT_FALSE(mailtest::raw_header(reminder, "List-Unsubscribe").empty());
    std::this_thread::sleep_for(std::chrono::seconds(7)); // the next rounds send nothing more
    EXPECT_EQ(mails_to(LEIPZIG_EMAIL, "Anmeldung bis").size(), 1U);
    EXPECT_TRUE(mails_to(JENA_EMAIL, "Anmeldung bis").empty());
    EXPECT_TRUE(mails_to(ADMIN_EMAIL, "Anmeldung bis").empty());
    EXPECT_EQ(meeting_mails_to(LEIPZIG_QUIET_EMAIL), 0U);
    EXPECT_EQ(mails_to(JENA_EMAIL, "Einladung: ").size() + mails_to(JENA_EMAIL, "Geändert: ").size(), 2U);
}

TEST_F(MeetingMailTest, ACancelledInvitedMeetingSendsACancellation)
{
    const auto planned = std::chrono::system_clock::now();
    HttpSession admin = m_site->signed_in(ADMIN_EMAIL);
    HttpAnswer created = admin.post("/treffen/neu", meeting_form("2099-03-18T10:00"));
    ASSERT_EQ(created.status, 303);
    const std::string location = created.header("Location");
    const std::string meeting = location.substr(0, location.find('?'));
    set_clock(planned + std::chrono::minutes(11));
    ASSERT_TRUE(wait_for(JENA_EMAIL, "Einladung: ", 1));

    FormFields form = meeting_form("2099-03-18T10:00");
    form.emplace_back("is_cancelled", "ja");
    ASSERT_EQ(admin.post(meeting + "/bearbeiten", form).status, 303);
    set_clock(planned + std::chrono::minutes(30));
    ASSERT_TRUE(wait_for(JENA_EMAIL, "Abgesagt: ", 1));
    const std::string cancellation = mails_to(JENA_EMAIL, "Abgesagt: ").front();
    EXPECT_TRUE(contains(cancellation, "Content-Type: text/calendar; method=CANCEL; charset=UTF-8\r\n"));
    Component calendar(icalparser_parse_string(parts_text(cancellation, true).c_str()));
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(icalcomponent_get_method(calendar.get()), ICAL_METHOD_CANCEL);
    icalcomponent* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    ASSERT_NE(event, nullptr);
    EXPECT_EQ(icalcomponent_get_sequence(event), 1);
    EXPECT_EQ(property(event, ICAL_STATUS_PROPERTY), "CANCELLED");
}

} // namespace
} // namespace rundum::testing
