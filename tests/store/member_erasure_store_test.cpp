// SPDX-License-Identifier: EUPL-1.2
// Erasing a member, on every backend: a member with an entry in every table that can hold them,
// and afterwards a scan of every column of every table of the schema for their name, e-mail,
// id and address finds nothing; what the network keeps names the pseudonym.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "search/index_follower.hpp"
#include "search/search_index.hpp"
#include "store/migrations.hpp"
#include "store/sql/open_connection.hpp"
#include "store_fixture.hpp"

namespace rundum::store {
namespace {

constexpr const char* ID = "user-anna";
constexpr const char* EMAIL = "anna.erasure@leipzig.example";
constexpr const char* NAME = "Anna Löschmann";
constexpr const char* ADDRESS = "203.0.113.77";
constexpr const char* PSEUDONYM = "ein ehemaliges Mitglied (Leipzig)";
const std::string T = "2026-11-26T10:00:00Z";

User account(const std::string& id, const std::string& email, const std::string& name, const std::string& city_id)
{
    User user;
    user.id = id;
    user.email = email;
    user.name = name;
    user.role = Role::Coordinator;
    user.city_id = city_id;
    user.created_at = T;
    return user;
}

// The member's question "q-1".
Question asked(const std::string& title)
{
    Question question;
    question.id = "q-1";
    question.city_id = "city-leipzig";
    question.user_id = ID;
    question.title = title;
    question.created_at = T;
    question.updated_at = T;
    return question;
}

class MemberErasureTest : public FreshStoreTest {
protected:
    void SetUp() override
    {
        open_store({sample_city("jena", "Jena"), sample_city("leipzig", "Leipzig")},
                   {sample_project("p-leipzig", "leipzig", "Elterncafé"), sample_project("p-jena", "jena", "Familienpass")});
        ASSERT_FALSE(HasFatalFailure());
    }

    /// Every place (table.column) where one of the texts occurs, over the whole schema.
    std::map<std::string, std::set<std::string>> occurrences(const std::vector<std::string>& texts)
    {
        std::map<std::string, std::set<std::string>> found;
        auto connection = open_connection({m_directory.path() / "data", m_database.url()});
        EXPECT_TRUE(connection.has_value());
        if (!connection) {
            return found;
        }
        for (const SchemaTable& table : schema_tables()) {
            std::vector<std::string> columns;
            std::string list(table.columns);
            for (std::size_t start = 0; start <= list.size();) {
                std::size_t comma = list.find(',', start);
                if (comma == std::string::npos) {
                    comma = list.size();
                }
                std::string column = list.substr(start, comma - start);
                column.erase(0, column.find_first_not_of(' '));
                columns.push_back(column);
                start = comma + 1;
            }
            auto rows = (*connection)->query("SELECT " + list + " FROM " + std::string(table.name));
            EXPECT_TRUE(rows.has_value()) << table.name;
            if (!rows) {
                continue;
            }
            for (std::size_t row = 0; row < rows->size(); ++row) {
                for (std::size_t column = 0; column < columns.size(); ++column) {
                    const std::string value = rows->text(row, column);
                    for (const std::string& text : texts) {
                        if (value.find(text) != std::string::npos) {
                            found[text].insert(std::string(table.name) + "." + columns[column]);
                        }
                    }
                }
            }
        }
        return found;
    }
};

TEST_F(MemberErasureTest, NothingOfTheMemberRemainsButThePseudonymisedRecord)
{
    Store& store = *m_store;
    ASSERT_TRUE(store.add_user(account(ID, EMAIL, NAME, "city-leipzig")).has_value());
    ASSERT_TRUE(store.add_user(account("user-bert", "bert@jena.example", "Bert Bleibt", "city-jena")).has_value());

    // Account, links, sessions, sign-in attempts, audit log.
    ASSERT_TRUE(store.add_one_time_token("hash-link", ID, TokenPurpose::ResetPassword, "2030-01-01T00:00:00Z").has_value());
    ASSERT_TRUE(store.add_session("hash-session", ID, "2030-01-01T00:00:00Z").has_value());
    ASSERT_TRUE(store.record_sign_in_attempt(EMAIL, ADDRESS, {1000, false, ADDRESS}).has_value());
    ASSERT_TRUE(store.add_audit_entry({T, ID, EMAIL, "sign_in", EMAIL, ADDRESS}).has_value());
    ASSERT_TRUE(store.add_audit_entry({T, ID, EMAIL, "city_edited", "Leipzig", ADDRESS}).has_value());
    ASSERT_TRUE(store.add_audit_entry({T, "", "", "sign_in_failed", EMAIL, ADDRESS}).has_value());
    ASSERT_TRUE(store.add_audit_entry({T, "user-bert", "bert@jena.example", "member_invited", EMAIL, "198.51.100.1"})
                    .has_value());
    // Versions they wrote, in the browser and through the API.
    City leipzig = sample_city("leipzig", "Leipzig");
    leipzig.statement = "Neu";
    ASSERT_TRUE(store.save_city(leipzig, CityVersion{0, T, NAME, "{}"}).has_value());
    Project cafe = sample_project("p-leipzig", "leipzig", "Elterncafé");
    cafe.summary = "Neu";
    ASSERT_TRUE(store.save_project(cafe, ProjectVersion{0, T, std::string(EMAIL) + " (API)", "{}"}).has_value());
    // Mail to them, and to others naming them.
    ASSERT_TRUE(store.enqueue_mail(QueuedMail{0, EMAIL, "Ihr Zugang", std::string("Hallo ") + NAME, 0, ""}).has_value());
    ASSERT_TRUE(store.enqueue_mail(QueuedMail{0, "bert@jena.example", "Antwort",
                                              std::string(NAME) + " hat Ihre Frage beantwortet.", 0, ""})
                    .has_value());
    // API token, upload log, notifications (theirs, and another's naming them), mail choice,
    // unsubscribe link.
    ASSERT_TRUE(store.add_api_token(ID, ApiTokenInfo{"tok-1", "Import", T, ""}, "hash-api").has_value());
    ASSERT_TRUE(store.claim_upload(ID, 1000, 0, 10).value());
    ASSERT_TRUE(store.add_notification(Notification{"n-anna", ID, "notification.interest", {"Jena", "X"}, "/", T, false})
                    .has_value());
    ASSERT_TRUE(store.add_notification(Notification{"n-bert", "user-bert", "notification.question_answered",
                                                    {NAME, "Frage"}, "/fragen/q-1", T, false})
                    .has_value());
    ASSERT_TRUE(store.set_notification_mail_mode(ID, MAIL_AT_ONCE).has_value());
    NotificationMailBatch batch;
    batch.user_id = ID;
    batch.notification_ids = {"n-anna"};
    batch.mail = QueuedMail{0, EMAIL, "Neu", "Text", 0, ""};
    batch.unsubscribe_token_hash = "hash-unsubscribe";
    batch.emailed_at = T;
    ASSERT_TRUE(store.queue_notification_mail(batch).value());
    // Learning: interest, an approach, a figure.
    ASSERT_TRUE(store.add_interest(Interest{"p-jena", "city-leipzig", ID, "Wie lief es?", T}).value());
    Challenge kita;
    kita.slug = "kitaausbau";
    kita.title = "Kitaausbau";
    ASSERT_TRUE(store.save_challenge(kita).has_value());
    ASSERT_TRUE(store.save_approach(ChallengeApproach{"kitaausbau", "city-leipzig", "Wir bauen.", T, NAME}, {}).has_value());
    ASSERT_TRUE(store.save_indicator_values({IndicatorValue{"city-leipzig", "population", 616093, 2023, "Amt", "", T, EMAIL}})
                    .has_value());
    // Questions and answers.
    ASSERT_TRUE(store.save_question(asked("Erfahrungen mit Elterncafés?")).has_value());
    ASSERT_TRUE(store.save_answer(Answer{"a-1", "q-1", "city-leipzig", ID, "Bei uns gut.", false, T, T}).has_value());
    // A meeting: an agenda proposal, their city's registration with them as attendee.
    Meeting meeting;
    meeting.id = "m-1";
    meeting.title = "Netzwerktreffen";
    meeting.starts_at = "2027-03-01T10:00";
    meeting.ends_at = "2027-03-01T16:00";
    meeting.registration_deadline = "2027-02-20T10:00";
    meeting.host_city_id = "city-jena";
    meeting.created_at = T;
    meeting.updated_at = T;
    ASSERT_TRUE(store.save_meeting(meeting).has_value());
    AgendaItem item;
    item.id = "ai-1";
    item.meeting_id = "m-1";
    item.title = "Elterncafé";
    item.city_id = "city-leipzig";
    item.proposed_by = ID;
    item.created_at = T;
    ASSERT_TRUE(store.save_agenda_item(item).has_value());
    ASSERT_TRUE(store.save_registration(Registration{"m-1", "city-leipzig", {{NAME, false}, {"Carla Bleibt", true}}, "",
                                                     ID, T})
                    .has_value());

    // A consent they recorded for a contact of their city.
    ASSERT_TRUE(store.add_consent_record(ConsentRecord{0, "city_contact", "contact-1", "city-leipzig", "Paula Kontakt",
                                                       "email", true, "written", NAME, ID, T})
                    .has_value());

    // Before: the member is everywhere the scan looks (the scan finds what it is meant to).
    const std::vector<std::string> traces = {"Löschmann", "anna.erasure", ID, ADDRESS};
    auto before = occurrences(traces);
    EXPECT_EQ(before["Löschmann"], (std::set<std::string>{"users.name", "city_versions.changed_by", "mail_queue.body",
                                                          "notifications.arguments", "challenge_approaches.updated_by",
                                                          "meeting_attendees.name", "consent_records.recorded_by"}));
    EXPECT_TRUE(before[ID].contains("questions.user_id"));

    const auto version_before = store.data_version().value();
    ASSERT_TRUE(store.erase_member(ID, PSEUDONYM).has_value());
    EXPECT_NE(store.data_version().value(), version_before);

    // After: nothing, in any column of any table.
    const auto after = occurrences(traces);
    for (const auto& [text, places] : after) {
        for (const std::string& place : places) {
            ADD_FAILURE() << "\"" << text << "\" is still in " << place;
        }
    }
    // What stays names the pseudonym, or no one.
    auto kept = occurrences({PSEUDONYM, std::string(ERASED_MEMBER_ID)});
    EXPECT_EQ(kept[PSEUDONYM],
              (std::set<std::string>{"audit_log.actor_email", "audit_log.subject", "city_versions.changed_by",
                                     "project_versions.changed_by", "challenge_approaches.updated_by",
                                     "indicator_values.updated_by", "notifications.arguments", "mail_queue.body",
                                     "consent_records.recorded_by"}));
    EXPECT_EQ(kept[std::string(ERASED_MEMBER_ID)],
              (std::set<std::string>{"questions.user_id", "answers.user_id", "project_interests.user_id",
                                     "meeting_registrations.registered_by", "agenda_items.proposed_by",
                                     "consent_records.recorded_by_id"}));
    // The other attendee, the other member's mail and the admin's address stay.
    auto registrations = store.registrations("m-1").value();
    ASSERT_EQ(registrations.size(), 1U);
    ASSERT_EQ(registrations[0].attendees.size(), 1U);
    EXPECT_EQ(registrations[0].attendees[0].name, "Carla Bleibt");
    auto mails = store.pending_mails(10).value();
    ASSERT_EQ(mails.size(), 1U);
    EXPECT_EQ(mails[0].to, "bert@jena.example");
    EXPECT_EQ(mails[0].body, std::string(PSEUDONYM) + " hat Ihre Frage beantwortet.");
    EXPECT_EQ(store.notifications("user-bert", 10).value().at(0).arguments,
              (std::vector<std::string>{PSEUDONYM, "Frage"}));
    EXPECT_EQ(store.find_question("q-1").value()->user_id, ERASED_MEMBER_ID);
    EXPECT_TRUE(store.find_user("user-bert").value().has_value());
    auto log = store.audit_entries("user-bert", 10).value();
    ASSERT_EQ(log.size(), 1U);
    EXPECT_EQ(log[0].client_address, "198.51.100.1");
    EXPECT_EQ(log[0].subject, PSEUDONYM);
}

search::SearchQuery members_query(const std::string& text)
{
    search::SearchQuery query;
    query.text = text;
    query.include_members_only = true;
    return query;
}

// Whether any file of the directory holds the bytes.
bool files_contain(const std::filesystem::path& directory, const std::string& bytes)
{
    for (const auto& entry : std::filesystem::recursive_directory_iterator(directory)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (content.find(bytes) != std::string::npos) {
            return true;
        }
    }
    return false;
}

TEST_F(MemberErasureTest, AfterAnErasureTheIndexFilesLoseTheWordsOfDeletedContent)
{
    Store& store = *m_store;
    ASSERT_TRUE(store.add_user(account(ID, EMAIL, NAME, "city-leipzig")).has_value());
    const std::filesystem::path directory = m_directory.path() / "index";
    auto index = search::SearchIndex::open(directory);
    ASSERT_TRUE(index.has_value());
    search::IndexFollower follower(store, **index, 2026);
    ASSERT_TRUE(store.save_question(asked("Erfahrungen mit Nachbarschaftsläden?")).has_value());
    ASSERT_TRUE(store.save_answer(Answer{"a-1", "q-1", "city-leipzig", ID, "Wir nutzen Quarzsandhaufen.", false, T, T})
                    .has_value());
    ASSERT_TRUE(follower.catch_up(store.data_version().value()).has_value());
    ASSERT_TRUE(files_contain(directory, "quarzsandhauf")) << "the answer's word is indexed";

    // They delete their answer: the document changes, but Xapian keeps the old terms in freed
    // blocks of its files.
    ASSERT_TRUE(store.delete_answer("a-1").has_value());
    ASSERT_TRUE(follower.catch_up(store.data_version().value()).has_value());
    EXPECT_EQ((*index)->search(members_query("Quarzsandhaufen")).value().total, 0U);
    ASSERT_TRUE(files_contain(directory, "quarzsandhauf")) << "still on disk before the erasure";
    EXPECT_FALSE(follower.compact_if_due().value()) << "nothing due before an erasure";

    ASSERT_TRUE(store.erase_member(ID, PSEUDONYM).has_value());
    ASSERT_TRUE(follower.catch_up(store.data_version().value()).has_value());
    EXPECT_TRUE(follower.compact_if_due().value());
    EXPECT_FALSE(files_contain(directory, "quarzsandhauf")) << "gone after the compaction";
    EXPECT_FALSE(follower.compact_if_due().value()) << "once per erasure";
    // The index still works, with the same documents, and takes writes.
    EXPECT_EQ((*index)->search(members_query("Nachbarschaftsläden")).value().total, 1U);
    ASSERT_TRUE(store.save_answer(Answer{"a-2", "q-1", "city-leipzig", "user-x", "Mit Lesepaten.", false, T, T})
                    .has_value());
    ASSERT_TRUE(follower.catch_up(store.data_version().value()).has_value());
    EXPECT_EQ((*index)->search(members_query("Lesepaten")).value().total, 1U);
}

TEST_F(MemberErasureTest, ErasingAnUnknownAccountIsNotFoundAndChangesNothing)
{
    const auto version_before = m_store->data_version().value();
    auto erased = m_store->erase_member("u-gibt-es-nicht", PSEUDONYM);
    ASSERT_FALSE(erased.has_value());
    EXPECT_EQ(erased.error().code, ErrorCode::NotFound);
    EXPECT_EQ(erased.error().key, "error.account.not_found");
    EXPECT_EQ(m_store->data_version().value(), version_before);
}

} // namespace
} // namespace rundum::store
