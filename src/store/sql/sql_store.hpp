// SPDX-License-Identifier: EUPL-1.2
// The store written once in portable SQL, over any SqlConnection (SQLite or PostgreSQL).
#pragma once

#include <limits>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "store/sql/sql_connection.hpp"
#include "store/sql/transaction.hpp"
#include "store/store.hpp"

namespace rundum::store {

struct AttachmentTable;

/// Store on one connection; a mutex serialises the threads that share it.
class SqlStore final : public Store {
public:
    /// Takes a connection to a database whose schema is up to date (see schema_migration.hpp).
    explicit SqlStore(std::unique_ptr<SqlConnection> connection) : m_connection(std::move(connection)) {}

    Result<std::vector<City>> list_cities() override;
    Result<std::optional<City>> find_city(std::string_view slug) override;
    Result<NetworkSnapshot> snapshot() override;
    Result<void> apply_snapshot(const NetworkSnapshot& snapshot) override;
    Result<std::uint64_t> data_version() override;
    Result<int> schema_version() override;

    Result<void> add_user(const User& user) override;
    Result<std::optional<User>> find_user(std::string_view id) override;
    Result<std::optional<User>> find_user_by_email(std::string_view email) override;
    Result<std::vector<User>> list_users() override;
    Result<std::string> password_hash(std::string_view user_id) override;
    Result<void> set_password_hash(std::string_view user_id, std::string_view hash) override;
    Result<void> erase_member(std::string_view user_id, std::string_view pseudonym) override;
    Result<void> add_one_time_token(std::string_view token_hash, std::string_view user_id,
                                    TokenPurpose purpose, std::string_view expires_at) override;
    Result<std::optional<User>> one_time_token_user(std::string_view token_hash, TokenPurpose purpose,
                                                    std::string_view now) override;
    Result<User> use_one_time_token(std::string_view token_hash, TokenPurpose purpose,
                                    std::string_view now, std::string_view name,
                                    std::string_view password_hash) override;
    Result<void> add_session(std::string_view token_hash, std::string_view user_id,
                             std::string_view expires_at) override;
    Result<std::optional<User>> session_user(std::string_view token_hash, std::string_view now) override;
    Result<void> remove_session(std::string_view token_hash) override;
    Result<void> remove_sessions_of(std::string_view user_id) override;
    Result<void> record_sign_in_attempt(std::string_view email, std::string_view address,
                                        const SignInRecord& attempt) override;
    Result<std::vector<SignInRecord>> sign_in_attempts_for_email(std::string_view email,
                                                                 std::int64_t since) override;
    Result<std::vector<SignInRecord>> sign_in_attempts_from(std::string_view address,
                                                            std::int64_t since) override;
    Result<std::vector<std::string>> sign_in_secrets(std::int64_t window, std::string_view candidate) override;
    Result<void> add_audit_entry(const AuditEntry& entry) override;
    Result<std::int64_t> count_audit_entries(std::string_view action, std::string_view client_address,
                                             std::string_view subject, std::string_view since) override;
    Result<std::vector<AuditEntry>> audit_entries(std::string_view actor_id, int limit) override;
    Result<void> enqueue_mail(const QueuedMail& mail) override;
    Result<std::vector<QueuedMail>> claim_due_mails(std::int64_t now, int limit, std::int64_t lease_seconds) override;
    Result<void> mark_mail_sent(std::int64_t id, std::string_view sent_at) override;
    Result<void> mark_mail_failed(std::int64_t id, std::string_view error, std::int64_t next_attempt) override;
    Result<void> mark_mail_given_up(std::int64_t id, std::string_view error) override;
    Result<std::vector<QueuedMail>> pending_mails(int limit) override;
    Result<void> set_city_image(std::string_view city_id, const CityImage& image) override;
    Result<std::optional<CityImage>> city_image(std::string_view city_id) override;
    Result<void> remove_city_image(std::string_view city_id) override;
    Result<void> save_city(const City& city, const CityVersion& version) override;
    Result<std::vector<CityVersion>> city_versions(std::string_view city_id) override;
    Result<std::vector<ChangeEntry>> changes_since(std::int64_t after_id, int limit) override;
    Result<RetentionReport> apply_retention(std::chrono::system_clock::time_point now,
                                            const RetentionPolicy& policy) override;
    Result<std::vector<Topic>> list_topics() override;
    Result<void> save_topics(const std::vector<Topic>& topics) override;
    Result<std::vector<Project>> list_projects() override;
    Result<std::optional<Project>> find_project(std::string_view id) override;
    Result<std::vector<Project>> find_projects(const std::vector<std::string>& ids) override;
    Result<void> save_project(const Project& project, const ProjectVersion& version) override;
    Result<void> delete_project(std::string_view id) override;
    Result<std::vector<ProjectVersion>> project_versions(std::string_view project_id) override;
    Result<void> add_attachment(std::string_view project_id, const AttachmentInfo& info,
                                const std::string& bytes) override;
    Result<std::optional<std::pair<AttachmentInfo, std::string>>> attachment(
        std::string_view project_id, std::string_view attachment_id) override;
    Result<void> remove_attachment(std::string_view project_id, std::string_view attachment_id) override;
    Result<void> add_api_token(std::string_view user_id, const ApiTokenInfo& info,
                               std::string_view token_hash) override;
    Result<std::optional<User>> api_token_user(std::string_view token_hash, std::string_view now) override;
    Result<std::vector<ApiTokenInfo>> api_tokens(std::string_view user_id) override;
    Result<void> revoke_api_token(std::string_view user_id, std::string_view token_id) override;
    Result<void> revoke_api_tokens_of(std::string_view user_id) override;
    Result<PersonalData> personal_data(const User& user) override;
    Result<PrivacyOperator> privacy_operator() override;
    Result<void> save_privacy_operator(const PrivacyOperator& operator_part) override;

    Result<std::vector<Adoption>> list_adoptions() override;
    Result<std::optional<Adoption>> find_adoption(std::string_view id) override;
    Result<void> save_adoption(const Adoption& adoption) override;
    Result<void> save_adoption_with_copy(const Adoption& adoption, const Project& copy,
                                         const ProjectVersion& version) override;
    Result<void> delete_adoption(std::string_view id) override;
    Result<std::vector<Interest>> interests(std::string_view project_id) override;
    Result<bool> add_interest(const Interest& interest) override;
    Result<void> remove_interest(std::string_view project_id, std::string_view city_id) override;
    Result<std::vector<Advice>> list_advice() override;
    Result<void> add_advice(const Advice& advice) override;
    Result<void> delete_advice(std::string_view id) override;
    Result<void> add_notification(const Notification& notification) override;
    Result<std::vector<Notification>> notifications(std::string_view user_id, int limit) override;
    Result<void> mark_notifications_read(std::string_view user_id) override;
    Result<NotificationMailSettings> notification_mail_settings(std::string_view user_id) override;
    Result<void> set_notification_mail_mode(std::string_view user_id, std::string_view mode) override;
    Result<std::optional<User>> unsubscribe_token_user(std::string_view token_hash) override;
    Result<std::vector<PendingNotificationMail>> pending_notification_mails(std::string_view since) override;
    Result<bool> queue_notification_mail(const NotificationMailBatch& batch) override;
    Result<std::vector<Challenge>> list_challenges() override;
    Result<std::optional<Challenge>> find_challenge(std::string_view slug) override;
    Result<void> save_challenge(const Challenge& challenge) override;
    Result<void> delete_challenge(std::string_view slug) override;
    Result<std::vector<ChallengeApproach>> challenge_approaches(std::string_view challenge_slug) override;
    Result<void> save_approach(const ChallengeApproach& approach,
                               const std::vector<std::string>& city_project_ids) override;
    Result<std::vector<Question>> list_questions() override;
    Result<std::optional<Question>> find_question(std::string_view id) override;
    Result<void> save_question(const Question& question) override;
    Result<void> delete_question(std::string_view id) override;
    Result<std::vector<Answer>> answers(std::string_view question_id) override;
    Result<std::optional<Answer>> find_answer(std::string_view id) override;
    Result<void> save_answer(const Answer& answer) override;
    Result<void> delete_answer(std::string_view id) override;
    Result<std::vector<IndicatorValue>> list_indicator_values() override;
    Result<void> save_indicator_values(const std::vector<IndicatorValue>& values) override;
    Result<void> remove_indicator_value(std::string_view city_id, std::string_view indicator) override;
    Result<std::vector<PilotProject>> list_pilots() override;
    Result<std::optional<PilotProject>> find_pilot(std::string_view slug) override;
    Result<void> save_pilot(const PilotProject& pilot) override;
    Result<void> save_pilot_partner(std::string_view pilot_id, const PilotPartner& partner) override;
    Result<void> add_pilot_document(std::string_view pilot_id, const AttachmentInfo& info,
                                    const std::string& bytes, std::string_view city_id) override;
    Result<std::optional<std::string>> pilot_document_city(std::string_view pilot_id,
                                                           std::string_view document_id) override;
    Result<bool> claim_upload(std::string_view user_id, std::int64_t at_unix, std::int64_t since_unix,
                              std::size_t limit) override;
    Result<std::optional<std::pair<AttachmentInfo, std::string>>> pilot_document(
        std::string_view pilot_id, std::string_view document_id) override;
    Result<void> remove_pilot_document(std::string_view pilot_id, std::string_view document_id) override;
    Result<void> delete_pilot(std::string_view id) override;
    Result<std::vector<Meeting>> list_meetings() override;
    Result<std::optional<Meeting>> find_meeting(std::string_view id) override;
    Result<void> save_meeting(const Meeting& meeting) override;
    Result<void> delete_meeting(std::string_view id) override;
    Result<std::vector<AgendaItem>> agenda_items(std::string_view meeting_id) override;
    Result<std::vector<AgendaItem>> agenda_items_about(AgendaKind kind, std::string_view subject) override;
    Result<std::optional<AgendaItem>> find_agenda_item(std::string_view id) override;
    Result<void> save_agenda_item(const AgendaItem& item) override;
    Result<void> delete_agenda_item(std::string_view id) override;
    Result<void> add_agenda_attachment(std::string_view item_id, const AttachmentInfo& info,
                                       const std::string& bytes) override;
    Result<std::optional<std::pair<AttachmentInfo, std::string>>> agenda_attachment(
        std::string_view item_id, std::string_view attachment_id) override;
    Result<void> remove_agenda_attachment(std::string_view item_id, std::string_view attachment_id) override;
    Result<std::vector<Registration>> registrations(std::string_view meeting_id) override;
    Result<void> save_registration(const Registration& registration) override;
    Result<void> remove_registration(std::string_view meeting_id, std::string_view city_id) override;
    Result<MeetingMailsSent> meeting_mails_sent() override;
    Result<bool> queue_meeting_mailing(const MeetingMailing& mailing) override;
    Result<std::vector<ActionItem>> action_items(std::string_view meeting_id) override;
    Result<std::vector<ActionItem>> open_action_items(std::string_view city_id) override;
    Result<std::optional<ActionItem>> find_action_item(std::string_view id) override;
    Result<void> save_action_item(const ActionItem& item) override;
    Result<void> delete_action_item(std::string_view id) override;
    Result<void> add_consent_record(const ConsentRecord& record) override;
    Result<std::vector<ConsentRecord>> consent_records(std::string_view subject_kind,
                                                       std::string_view holder_id) override;
    Result<void> save_city_with_consent(const City& city, const CityVersion& version,
                                        const ConsentWrites& consent) override;
    Result<void> save_project_with_consent(const Project& project, const ProjectVersion& version,
                                           const ConsentWrites& consent) override;

private:
    Result<std::vector<City>> select_cities(std::string_view where_clause, std::string_view slug);
    Result<void> upsert_city(const City& city);
    Result<void> log_change(std::string what);
    Result<std::vector<Project>> select_projects(const std::vector<std::string>* ids);
    Result<void> upsert_project(const Project& project);
    /// Adds `version` as the project's next version (inside the caller's transaction).
    Result<void> insert_project_version(const std::string& project_id, const ProjectVersion& version);
    Result<void> upsert_topics(const std::vector<Topic>& topics);
    Result<std::vector<Adoption>> select_adoptions(std::string_view where_clause, std::string_view value);
    Result<void> upsert_adoption(const Adoption& adoption);
    Result<void> upsert_advice(const Advice& advice);
    Result<std::vector<Challenge>> select_challenges(std::string_view where_clause, std::string_view value);
    Result<void> upsert_challenge(const Challenge& challenge);
    Result<void> upsert_approach(const ChallengeApproach& approach);
    Result<std::vector<ChallengeApproach>> select_approaches(std::string_view where_clause, std::string_view value);
    Result<std::vector<PilotProject>> select_pilots(std::string_view slug);
    Result<void> replace_pilot_parts(const PilotProject& pilot);
    Result<std::vector<IndicatorValue>> select_indicator_values();
    Result<std::vector<Question>> select_questions(std::string_view where_clause, std::string_view value);
    Result<std::vector<Answer>> select_answers(std::string_view where_clause, std::string_view value);
    Result<void> upsert_indicator_value(const IndicatorValue& value);
    /// Attached files of any kind (see attachment_table.hpp); adding and removing log `change`.
    Result<void> insert_attachment(const AttachmentTable& where, std::string_view owner_id, const AttachmentInfo& info,
                                   const std::string& bytes, std::string change);
    Result<std::optional<std::pair<AttachmentInfo, std::string>>> read_attachment(const AttachmentTable& where,
                                                                                  std::string_view owner_id,
                                                                                  std::string_view attachment_id);
    Result<void> delete_attachment(const AttachmentTable& where, std::string_view owner_id,
                                   std::string_view attachment_id, std::string change);
    // The export's meetings, pilots and questions (sql_*_snapshot.cpp), inside snapshot() and
    // apply_snapshot()'s transaction; `users` are the ids of the accounts this database has.
    Result<void> read_meeting_snapshot(NetworkSnapshot& snapshot);
    Result<void> apply_meeting_snapshot(const NetworkSnapshot& snapshot, const std::set<std::string>& users);
    Result<void> read_pilot_snapshot(NetworkSnapshot& snapshot);
    Result<void> apply_pilot_snapshot(const NetworkSnapshot& snapshot);
    Result<void> read_question_snapshot(NetworkSnapshot& snapshot);
    Result<void> apply_question_snapshot(const NetworkSnapshot& snapshot, const std::set<std::string>& users);
    /// Deletes the row whose `key_column` is `key` from `table` (both constants of ours) and logs
    /// `change`; NotFound with `not_found_key` if there is none.
    Result<void> delete_existing(std::string_view table, std::string_view key_column, std::string_view key,
                                 std::string_view not_found_key, std::string change);
    /// Runs `select` (returning Result<T>) in one read transaction, so its queries see one state.
    template <typename Select>
    auto read_consistently(Select&& select) -> decltype(select())
    {
        decltype(select()) result = fail(ErrorCode::Internal, "error.internal");
        RUNDUM_TRY(in_transaction(*m_connection, "BEGIN", [&]() -> Result<void> {
            result = select();
            return result ? Result<void>{} : fail(result.error());
        }));
        return result;
    }
    Result<std::optional<User>> select_user(std::string_view where_clause, std::string_view value);
    /// Part of erase_member: other members' notifications that name `user` name `pseudonym`.
    Result<void> pseudonymise_notification_arguments(const User& user, const std::string& pseudonym);
    Result<void> insert_mail(const QueuedMail& mail);
    Result<void> insert_consent_record(const ConsentRecord& record);
    /// Part of a save with consent: the older versions rewritten (in `versions_table`, whose
    /// `owner_column` is `owner_id`), the records and the mails.
    Result<void> write_consent(const ConsentWrites& consent, std::string_view versions_table,
                               std::string_view owner_column, const std::string& owner_id);
    /// Keeps the hash of a mail's unsubscribe token (inside the caller's transaction).
    Result<void> insert_unsubscribe_token(const std::string& token_hash, const std::string& user_id,
                                          const std::string& created_at);

    std::mutex m_mutex;
    std::unique_ptr<SqlConnection> m_connection;
};

/// next_attempt_unix of a mail that was given up: it is never due again.
inline constexpr std::int64_t NEVER_DUE = std::numeric_limits<std::int64_t>::max();

/// Now as "2026-11-26T03:40:00Z": sortable as text, the same in every dialect.
std::string utc_now_text();

/// `user_id` when it is one of `users`, else "": an imported record keeps no reference to an
/// account this database lacks (accounts are not exported).
std::string known_user(const std::set<std::string>& users, const std::string& user_id);

} // namespace rundum::store
