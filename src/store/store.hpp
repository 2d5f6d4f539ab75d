// The storage interface: everything the rest of rundum may ask of a database.
// Implementations (SQLite now, PostgreSQL next) keep all SQL to themselves.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/city.hpp"
#include "core/contact_consent.hpp"
#include "core/notification_mail.hpp"
#include "core/pilot.hpp"
#include "core/privacy.hpp"
#include "core/meeting.hpp"
#include "core/meeting_mail.hpp"
#include "core/project.hpp"
#include "core/question.hpp"
#include "core/retention_policy.hpp"
#include "core/user.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// What a save of a city or project writes besides its state and version, in the same
/// transaction: the consent records of the save, older versions rewritten without withdrawn contact data
/// (replacing the content of the version with the same number), and information mails.
struct ConsentWrites {
    std::vector<ConsentRecord> records{};
    std::vector<CityVersion> rewritten_versions{};
    std::vector<QueuedMail> mails{};
};

/// A network's database. Every method is safe to call from several threads at once.
class Store {
public:
    virtual ~Store() = default;

    /// All member cities, in alphabetical order of their slugs.
    virtual Result<std::vector<City>> list_cities() = 0;

    /// One city by its slug, or nullopt if there is none.
    virtual Result<std::optional<City>> find_city(std::string_view slug) = 0;

    /// The whole network, for export.
    virtual Result<NetworkSnapshot> snapshot() = 0;

    /// Brings every entity the snapshot contains to the snapshot's state (matched by id), in
    /// one transaction: either all of it is stored or nothing changes. Entities that the
    /// snapshot does not contain stay as they are.
    virtual Result<void> apply_snapshot(const NetworkSnapshot& snapshot) = 0;

    /// A number that changes whenever any process commits a change to the database, so
    /// derived data (cached pages) can tell when it is stale.
    virtual Result<std::uint64_t> data_version() = 0;

    /// The schema version the database is at.
    virtual Result<int> schema_version() = 0;

    // --- member accounts ---------------------------------------------------------------------

    /// Adds an account (without password until its one-time link is used). Conflict if the
    /// email is taken.
    virtual Result<void> add_user(const User& user) = 0;
    virtual Result<std::optional<User>> find_user(std::string_view id) = 0;
    virtual Result<std::optional<User>> find_user_by_email(std::string_view email) = 0;
    virtual Result<std::vector<User>> list_users() = 0;
    /// The stored argon2id hash, "" while no password is set.
    virtual Result<std::string> password_hash(std::string_view user_id) = 0;
    /// Replaces the stored hash (e.g. with stronger parameters after a sign-in).
    virtual Result<void> set_password_hash(std::string_view user_id, std::string_view hash) = 0;
    /// Erases a member, in one transaction: deletes the account and everything kept only for
    /// it (sessions, links, API tokens, notifications, mail settings and unsubscribe links, the
    /// upload log, sign-in attempts and queued mail to its address, attendee entries with its
    /// name in its city's registrations); pseudonymises what stays for the network's record:
    /// `pseudonym` replaces its name and email as author of versions, approaches and figures,
    /// as actor (id and client address emptied) and subject of the audit log, and in other
    /// members' notifications and queued mail; its questions, answers, interests,
    /// registrations and agenda proposals get ERASED_MEMBER_ID. Logs the change "erasure"
    /// (search indexes compact their files). NotFound if there is no such account.
    virtual Result<void> erase_member(std::string_view user_id, std::string_view pseudonym) = 0;

    /// Stores a one-time link (its hash only) for a member, in one transaction with dropping
    /// the member's unused links of the same purpose: one live link per account.
    virtual Result<void> add_one_time_token(std::string_view token_hash, std::string_view user_id,
                                            TokenPurpose purpose, std::string_view expires_at) = 0;
    /// The member a valid (unused, unexpired) link belongs to, or nullopt.
    virtual Result<std::optional<User>> one_time_token_user(std::string_view token_hash,
                                                            TokenPurpose purpose,
                                                            std::string_view now) = 0;
    /// Uses a link: in one transaction marks it used, drops the member's other links of the
    /// purpose, and sets the member's name (if not empty) and password hash; a password reset
    /// (which may follow a compromise) also ends every session and revokes every API token.
    /// NotFound if the link is unknown, used or expired.
    virtual Result<User> use_one_time_token(std::string_view token_hash, TokenPurpose purpose,
                                            std::string_view now, std::string_view name,
                                            std::string_view password_hash) = 0;

    virtual Result<void> add_session(std::string_view token_hash, std::string_view user_id,
                                     std::string_view expires_at) = 0;
    /// The member of an unexpired session, or nullopt.
    virtual Result<std::optional<User>> session_user(std::string_view token_hash,
                                                     std::string_view now) = 0;
    virtual Result<void> remove_session(std::string_view token_hash) = 0;
    virtual Result<void> remove_sessions_of(std::string_view user_id) = 0;

    virtual Result<void> record_sign_in_attempt(std::string_view email, std::string_view address,
                                                const SignInRecord& attempt) = 0;
    /// Attempts since `since` for the account and for the client address.
    virtual Result<std::vector<SignInRecord>> sign_in_attempts_for_email(std::string_view email,
                                                                         std::int64_t since) = 0;
    virtual Result<std::vector<SignInRecord>> sign_in_attempts_from(std::string_view address,
                                                                    std::int64_t since) = 0;
    /// The secrets that key the hashes under which sign-in attempts on unknown addresses are
    /// counted, for throttle window number `window` and the one before (newest first); the
    /// current one is `candidate` unless it has one already. Older secrets are deleted, so the
    /// hashes made with them can no longer be tested against guesses.
    virtual Result<std::vector<std::string>> sign_in_secrets(std::int64_t window, std::string_view candidate) = 0;

    virtual Result<void> add_audit_entry(const AuditEntry& entry) = 0;
    /// How many audit entries of `action` since `since` (ISO 8601) came from `client_address`
    /// (when not empty) and concern `subject` (when not empty): what rate limits count.
    virtual Result<std::int64_t> count_audit_entries(std::string_view action, std::string_view client_address,
                                                     std::string_view subject, std::string_view since) = 0;
    /// Newest first; only the member's own entries when `actor_id` is not empty.
    virtual Result<std::vector<AuditEntry>> audit_entries(std::string_view actor_id, int limit) = 0;

    // --- outgoing mail ------------------------------------------------------------------------

    /// Queues a message; it is sent by a mail sender of any instance.
    virtual Result<void> enqueue_mail(const QueuedMail& mail) = 0;
    /// Takes up to `limit` messages that are due at `now` and leases them for `lease_seconds`,
    /// so that no other instance sends them meanwhile.
    virtual Result<std::vector<QueuedMail>> claim_due_mails(std::int64_t now, int limit,
                                                            std::int64_t lease_seconds) = 0;
    virtual Result<void> mark_mail_sent(std::int64_t id, std::string_view sent_at) = 0;
    /// Records a failed try and when to try again.
    virtual Result<void> mark_mail_failed(std::int64_t id, std::string_view error,
                                          std::int64_t next_attempt) = 0;
    /// Records a failed try after which the message is never tried again (it can never be sent
    /// as it is, or it failed too often): it stays in pending_mails with its error, for the admin.
    virtual Result<void> mark_mail_given_up(std::int64_t id, std::string_view error) = 0;
    /// Messages not sent yet, oldest first (for the admin page).
    virtual Result<std::vector<QueuedMail>> pending_mails(int limit) = 0;

    // --- a city's image ---------------------------------------------------------------------

    virtual Result<void> set_city_image(std::string_view city_id, const CityImage& image) = 0;
    virtual Result<std::optional<CityImage>> city_image(std::string_view city_id) = 0;
    virtual Result<void> remove_city_image(std::string_view city_id) = 0;

    // --- editing cities with versions -------------------------------------------------------

    /// Stores a city's new state and its version record in one transaction.
    virtual Result<void> save_city(const City& city, const CityVersion& version) = 0;
    /// The city's versions, newest first.
    virtual Result<std::vector<CityVersion>> city_versions(std::string_view city_id) = 0;

    // --- what changed, for derived data ----------------------------------------------------

    /// Change-log rows after `after_id`, oldest first, at most `limit`. When the rows right
    /// after `after_id` were deleted by apply_retention, a single entry CHANGE_LOG_TRIMMED (with
    /// the id before the oldest row kept) instead: what changed in between cannot be told.
    virtual Result<std::vector<ChangeEntry>> changes_since(std::int64_t after_id, int limit) = 0;

    // --- retention ----------------------------------------------------------------------------

    /// Deletes, in one transaction, what `policy` keeps no longer at `now`: sign-in attempts,
    /// sent and given-up mails, audit entries (and their network addresses sooner), expired
    /// sessions, used or expired one-time links, read notifications, upload counts, unsubscribe
    /// links and the change log (never its newest row: data_version never goes back).
    virtual Result<RetentionReport> apply_retention(std::chrono::system_clock::time_point now,
                                                    const RetentionPolicy& policy) = 0;

    // --- topics and Praxisbeispiele ---------------------------------------------------------

    /// The taxonomy in its order.
    virtual Result<std::vector<Topic>> list_topics() = 0;
    /// Replaces the taxonomy: topics not in the list are removed (and from every project).
    virtual Result<void> save_topics(const std::vector<Topic>& topics) = 0;

    /// Every project with its topics and lists (not its attachments), ordered by id.
    virtual Result<std::vector<Project>> list_projects() = 0;
    /// The projects of `ids` that exist, in the order of `ids` (a page of search hits), with
    /// their topics and lists, not their attachments.
    virtual Result<std::vector<Project>> find_projects(const std::vector<std::string>& ids) = 0;
    /// One project with its attachments' descriptions, or nullopt.
    virtual Result<std::optional<Project>> find_project(std::string_view id) = 0;
    /// Stores a project's new state and its version record in one transaction.
    virtual Result<void> save_project(const Project& project, const ProjectVersion& version) = 0;
    /// Removes a project with its versions and attachments. NotFound if there is none.
    virtual Result<void> delete_project(std::string_view id) = 0;
    /// The project's versions, newest first.
    virtual Result<std::vector<ProjectVersion>> project_versions(std::string_view project_id) = 0;

    /// Stores a file for a project (bytes already checked by their content).
    virtual Result<void> add_attachment(std::string_view project_id, const AttachmentInfo& info,
                                        const std::string& bytes) = 0;
    /// An attachment's description and bytes, with the id of its project; nullopt if none.
    virtual Result<std::optional<std::pair<AttachmentInfo, std::string>>> attachment(
        std::string_view project_id, std::string_view attachment_id) = 0;
    virtual Result<void> remove_attachment(std::string_view project_id, std::string_view attachment_id) = 0;

    // --- Nachmachen: adoptions, interest, advice ------------------------------------------

    /// Every adoption with its updates, oldest first.
    virtual Result<std::vector<Adoption>> list_adoptions() = 0;
    virtual Result<std::optional<Adoption>> find_adoption(std::string_view id) = 0;
    /// Stores an adoption's new state (inserted or replaced, updates included).
    virtual Result<void> save_adoption(const Adoption& adoption) = 0;
    /// Stores a new adoption together with the adopting city's copy of the original and the
    /// copy's first version, in one transaction: no copy without its adoption.
    virtual Result<void> save_adoption_with_copy(const Adoption& adoption, const Project& copy,
                                                 const ProjectVersion& version) = 0;
    /// NotFound if there is none.
    virtual Result<void> delete_adoption(std::string_view id) = 0;

    /// The cities interested in a project, oldest first.
    virtual Result<std::vector<Interest>> interests(std::string_view project_id) = 0;
    /// Records a city's interest; false (and nothing changed) when the city said so before.
    virtual Result<bool> add_interest(const Interest& interest) = 0;
    virtual Result<void> remove_interest(std::string_view project_id, std::string_view city_id) = 0;

    /// Every record of advice, oldest first.
    virtual Result<std::vector<Advice>> list_advice() = 0;
    virtual Result<void> add_advice(const Advice& advice) = 0;
    /// NotFound if there is none.
    virtual Result<void> delete_advice(std::string_view id) = 0;

    // --- in-app notifications -------------------------------------------------------------

    virtual Result<void> add_notification(const Notification& notification) = 0;
    /// The member's notifications, newest first.
    virtual Result<std::vector<Notification>> notifications(std::string_view user_id, int limit) = 0;
    virtual Result<void> mark_notifications_read(std::string_view user_id) = 0;

    // --- notifications by email -----------------------------------------------------------

    /// The member's choice; the default (daily, no digest sent yet) when they never chose.
    virtual Result<NotificationMailSettings> notification_mail_settings(std::string_view user_id) = 0;
    /// Sets the member's mode (one of NOTIFICATION_MAIL_MODES), keeping when the last digest
    /// went out. Invalid (`notification.email.error.mode`) for another key.
    virtual Result<void> set_notification_mail_mode(std::string_view user_id, std::string_view mode) = 0;
    /// The member an unsubscribe link (its token's hash) belongs to, or nullopt.
    virtual Result<std::optional<User>> unsubscribe_token_user(std::string_view token_hash) = 0;
    /// Members with an email address, a mode other than "nie" and notifications created at or
    /// after `since` (ISO UTC) that were never emailed: each with their settings and those
    /// notifications, oldest first; members ordered by id.
    virtual Result<std::vector<PendingNotificationMail>> pending_notification_mails(std::string_view since) = 0;
    /// In one write transaction: queues the batch's mail, marks its notifications emailed,
    /// stores the unsubscribe token's hash and, for a digest, when it went out. Returns false
    /// and changes nothing when one of the notifications was emailed meanwhile (by another
    /// instance): write transactions run one at a time, so no notification is mailed twice.
    virtual Result<bool> queue_notification_mail(const NotificationMailBatch& batch) = 0;

    // --- shared challenges ----------------------------------------------------------------

    /// The challenges in their order, each with its linked projects.
    virtual Result<std::vector<Challenge>> list_challenges() = 0;
    virtual Result<std::optional<Challenge>> find_challenge(std::string_view slug) = 0;
    /// Stores a challenge's title, description, questions and position (inserted or replaced);
    /// its linked projects stay as they are.
    virtual Result<void> save_challenge(const Challenge& challenge) = 0;
    /// Removes a challenge with its approaches and links. NotFound if there is none.
    virtual Result<void> delete_challenge(std::string_view slug) = 0;
    /// The cities' approaches to a challenge, ordered by city id.
    virtual Result<std::vector<ChallengeApproach>> challenge_approaches(std::string_view challenge_slug) = 0;
    /// Sets one city's approach (an empty text removes it) and which of that city's projects
    /// are linked to the challenge, in one transaction.
    virtual Result<void> save_approach(const ChallengeApproach& approach,
                                       const std::vector<std::string>& city_project_ids) = 0;

    // --- questions to the network -----------------------------------------------------------

    /// Every question, newest first, with its topics and links, answer_count and
    /// has_helpful_answer.
    virtual Result<std::vector<Question>> list_questions() = 0;
    /// One question with its topics, links and answer counts, or nullopt.
    virtual Result<std::optional<Question>> find_question(std::string_view id) = 0;
    /// Stores a question's new state (inserted or replaced) with its topics and links, in one
    /// transaction.
    virtual Result<void> save_question(const Question& question) = 0;
    /// Removes a question with its answers and links. NotFound if there is none.
    virtual Result<void> delete_question(std::string_view id) = 0;
    /// A question's answers: helpful ones first, then oldest first.
    virtual Result<std::vector<Answer>> answers(std::string_view question_id) = 0;
    virtual Result<std::optional<Answer>> find_answer(std::string_view id) = 0;
    /// Stores an answer's new state (inserted or replaced). NotFound if its question is gone.
    virtual Result<void> save_answer(const Answer& answer) = 0;
    /// NotFound if there is none.
    virtual Result<void> delete_answer(std::string_view id) = 0;
    // --- network meetings -----------------------------------------------------------------

    /// Every meeting with its decisions, earliest start first (then by id).
    virtual Result<std::vector<Meeting>> list_meetings() = 0;
    /// One meeting with its decisions, or nullopt.
    virtual Result<std::optional<Meeting>> find_meeting(std::string_view id) = 0;
    /// Stores a meeting with its decisions (inserted, or replaced as a whole).
    virtual Result<void> save_meeting(const Meeting& meeting) = 0;
    /// Removes a meeting with its agenda, slides, registrations and action items. NotFound if
    /// there is none.
    virtual Result<void> delete_meeting(std::string_view id) = 0;

    /// A meeting's agenda items of every status, by position (then by when they were
    /// proposed), each with its attachments' descriptions.
    virtual Result<std::vector<AgendaItem>> agenda_items(std::string_view meeting_id) = 0;
    /// The agenda items of every meeting that present the project `subject` (kind
    /// ProjectPresentation) or discuss the challenge `subject` (kind ChallengeDiscussion), of
    /// every status, without attachments.
    virtual Result<std::vector<AgendaItem>> agenda_items_about(AgendaKind kind, std::string_view subject) = 0;
    /// One agenda item with its attachments' descriptions, or nullopt.
    virtual Result<std::optional<AgendaItem>> find_agenda_item(std::string_view id) = 0;
    /// Stores an agenda item (inserted or replaced; its attachments stay as they are).
    virtual Result<void> save_agenda_item(const AgendaItem& item) = 0;
    /// Removes an agenda item with its attachments. NotFound if there is none.
    virtual Result<void> delete_agenda_item(std::string_view id) = 0;
    /// Stores a file for an agenda item (bytes already checked by their content).
    virtual Result<void> add_agenda_attachment(std::string_view item_id, const AttachmentInfo& info,
                                               const std::string& bytes) = 0;
    /// An agenda item's attachment with its bytes, or nullopt.
    virtual Result<std::optional<std::pair<AttachmentInfo, std::string>>> agenda_attachment(
        std::string_view item_id, std::string_view attachment_id) = 0;
    virtual Result<void> remove_agenda_attachment(std::string_view item_id, std::string_view attachment_id) = 0;

    /// The cities' registrations for a meeting with their attendees, ordered by city id.
    virtual Result<std::vector<Registration>> registrations(std::string_view meeting_id) = 0;
    /// Stores a city's registration, replacing its earlier one and all of its attendees.
    virtual Result<void> save_registration(const Registration& registration) = 0;
    /// Withdraws a city's registration (nothing happens when there is none).
    virtual Result<void> remove_registration(std::string_view meeting_id, std::string_view city_id) = 0;

    /// A meeting's action items in the order they were added.
    virtual Result<std::vector<ActionItem>> action_items(std::string_view meeting_id) = 0;
    /// The action items of `city_id` not done yet, of every meeting, by due date (those
    /// without one last).
    virtual Result<std::vector<ActionItem>> open_action_items(std::string_view city_id) = 0;
    virtual Result<std::optional<ActionItem>> find_action_item(std::string_view id) = 0;
    /// Stores an action item (inserted or replaced).
    virtual Result<void> save_action_item(const ActionItem& item) = 0;
    /// NotFound if there is none.
    virtual Result<void> delete_action_item(std::string_view id) = 0;

    /// The invitations and reminders mailed so far (core/meeting_mail.hpp).
    virtual Result<MeetingMailsSent> meeting_mails_sent() = 0;
    /// Claims the mailing — its meeting and sequence, or its meeting and city — and queues its
    /// mails with their unsubscribe tokens, in one transaction. False, with nothing queued, when
    /// it was claimed before (by any instance).
    virtual Result<bool> queue_meeting_mailing(const MeetingMailing& mailing) = 0;

    // --- structural indicators ------------------------------------------------------------

    /// Every city's figures, ordered by city id, then indicator.
    virtual Result<std::vector<IndicatorValue>> list_indicator_values() = 0;
    /// Stores figures (each replacing the city's earlier figure of that indicator), in one
    /// transaction: all of them or none.
    virtual Result<void> save_indicator_values(const std::vector<IndicatorValue>& values) = 0;
    virtual Result<void> remove_indicator_value(std::string_view city_id, std::string_view indicator) = 0;

    // --- joint pilot projects --------------------------------------------------------------

    /// Every pilot by title, each with its cities (in their order), milestones (by due date)
    /// and its documents' descriptions.
    virtual Result<std::vector<PilotProject>> list_pilots() = 0;
    /// One pilot by its slug, as list_pilots gives it, or nullopt.
    virtual Result<std::optional<PilotProject>> find_pilot(std::string_view slug) = 0;
    /// Stores a pilot (inserted or replaced by id) with its cities and milestones, which replace
    /// the stored ones, in one transaction; its documents stay. Conflict if another pilot has
    /// the slug.
    virtual Result<void> save_pilot(const PilotProject& pilot) = 0;
    /// Sets one city's own entry (local project and note; the role stays). NotFound if the city
    /// does not take part in the pilot.
    virtual Result<void> save_pilot_partner(std::string_view pilot_id, const PilotPartner& partner) = 0;
    /// Stores a document for a pilot (bytes already checked by their content), added by the city
    /// `city_id` (empty: by an admin without a city).
    virtual Result<void> add_pilot_document(std::string_view pilot_id, const AttachmentInfo& info,
                                            const std::string& bytes, std::string_view city_id) = 0;
    /// The city that added a pilot's document ("" when not known or an admin's), or nullopt
    /// when the pilot has no such document.
    virtual Result<std::optional<std::string>> pilot_document_city(std::string_view pilot_id,
                                                                   std::string_view document_id) = 0;
    /// A document's description and bytes, or nullopt.
    virtual Result<std::optional<std::pair<AttachmentInfo, std::string>>> pilot_document(
        std::string_view pilot_id, std::string_view document_id) = 0;
    /// NotFound if the pilot has no such document.
    virtual Result<void> remove_pilot_document(std::string_view pilot_id, std::string_view document_id) = 0;
    /// Counts an upload of `user_id` at `at_unix` if the member made fewer than `limit` since
    /// `since_unix`, in one transaction (so that every instance counts the same); false when the
    /// limit is reached (nothing is counted then).
    virtual Result<bool> claim_upload(std::string_view user_id, std::int64_t at_unix, std::int64_t since_unix,
                                      std::size_t limit) = 0;
    /// Removes a pilot with its cities, milestones and documents. NotFound if there is none.
    virtual Result<void> delete_pilot(std::string_view id) = 0;

    // --- consent to publish contact data (issue 15) ----------------------------------------

    /// Keeps one consent record (its id is numbered by the database).
    virtual Result<void> add_consent_record(const ConsentRecord& record) = 0;
    /// The records of the contacts of kind `subject_kind` ("city_contact", "project_contact")
    /// that `holder_id` (the city's or project's id) has or had, newest first.
    virtual Result<std::vector<ConsentRecord>> consent_records(std::string_view subject_kind,
                                                               std::string_view holder_id) = 0;
    /// save_city, with what the save changes about consent, all in one transaction.
    virtual Result<void> save_city_with_consent(const City& city, const CityVersion& version,
                                                const ConsentWrites& consent) = 0;
    /// save_project, with what the save changes about consent, all in one transaction.
    virtual Result<void> save_project_with_consent(const Project& project,
                                                   const ProjectVersion& version,
                                                   const ConsentWrites& consent) = 0;

    // --- personal API tokens ----------------------------------------------------------------

    virtual Result<void> add_api_token(std::string_view user_id, const ApiTokenInfo& info,
                                       std::string_view token_hash) = 0;
    /// The member a token belongs to (and notes its use at `now`), or nullopt.
    virtual Result<std::optional<User>> api_token_user(std::string_view token_hash, std::string_view now) = 0;
    virtual Result<std::vector<ApiTokenInfo>> api_tokens(std::string_view user_id) = 0;
    /// Revokes one of the member's tokens; NotFound if it is not theirs.
    virtual Result<void> revoke_api_token(std::string_view user_id, std::string_view token_id) = 0;
    /// Revokes all of the member's tokens.
    virtual Result<void> revoke_api_tokens_of(std::string_view user_id) = 0;

    // --- privacy: the member's own data, the operator's part of the privacy notice --------

    /// Everything kept about `user`, found by their id, e-mail address and name (DSGVO Art. 15),
    /// read in one transaction; never a password, token or link hash.
    virtual Result<PersonalData> personal_data(const User& user) = 0;
    /// The operator's part of the privacy notice; empty fields while nobody filled them in.
    virtual Result<PrivacyOperator> privacy_operator() = 0;
    /// Replaces the operator's part of the privacy notice.
    virtual Result<void> save_privacy_operator(const PrivacyOperator& operator_part) = 0;
};

} // namespace rundum::store
