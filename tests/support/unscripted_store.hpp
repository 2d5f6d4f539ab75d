// SPDX-License-Identifier: EUPL-1.2
// A store whose every method fails with Internal "not scripted": a test fake derives from it and
// overrides only the methods its test scripts, so a call the test did not expect shows as an error.
#pragma once

#include <string>

#include "store/store.hpp"

namespace rundum::testing {

/// Every store method fails with ErrorCode::Internal ("error.internal", detail "not scripted:
/// <method>"); derive and override what the test needs.
class UnscriptedStore : public store::Store {
public:
    Result<std::vector<City>> list_cities() override { return not_scripted("list_cities"); }
    Result<std::optional<City>> find_city(std::string_view) override
    {
        return not_scripted("find_city");
    }
    Result<NetworkSnapshot> snapshot() override { return not_scripted("snapshot"); }
    Result<void> apply_snapshot(const NetworkSnapshot&) override
    {
        return not_scripted("apply_snapshot");
    }
    Result<std::uint64_t> data_version() override { return not_scripted("data_version"); }
    Result<int> schema_version() override { return not_scripted("schema_version"); }
    Result<void> add_user(const User&) override { return not_scripted("add_user"); }
    Result<std::optional<User>> find_user(std::string_view) override
    {
        return not_scripted("find_user");
    }
    Result<std::optional<User>> find_user_by_email(std::string_view) override
    {
        return not_scripted("find_user_by_email");
    }
    Result<std::vector<User>> list_users() override { return not_scripted("list_users"); }
    Result<std::string> password_hash(std::string_view) override
    {
        return not_scripted("password_hash");
    }
    Result<void> set_password_hash(std::string_view, std::string_view) override
    {
        return not_scripted("set_password_hash");
    }
    Result<void> erase_member(std::string_view, std::string_view) override
    {
        return not_scripted("erase_member");
    }
    Result<void> add_one_time_token(std::string_view, std::string_view, TokenPurpose,
                                    std::string_view) override
    {
        return not_scripted("add_one_time_token");
    }
    Result<std::optional<User>> one_time_token_user(std::string_view, TokenPurpose,
                                                    std::string_view) override
    {
        return not_scripted("one_time_token_user");
    }
    Result<User> use_one_time_token(std::string_view, TokenPurpose, std::string_view,
                                    std::string_view, std::string_view) override
    {
        return not_scripted("use_one_time_token");
    }
    Result<void> add_session(std::string_view, std::string_view, std::string_view) override
    {
        return not_scripted("add_session");
    }
    Result<std::optional<User>> session_user(std::string_view, std::string_view) override
    {
        return not_scripted("session_user");
    }
    Result<void> remove_session(std::string_view) override
    {
        return not_scripted("remove_session");
    }
    Result<void> remove_sessions_of(std::string_view) override
    {
        return not_scripted("remove_sessions_of");
    }
    Result<void> record_sign_in_attempt(std::string_view, std::string_view,
                                        const SignInRecord&) override
    {
        return not_scripted("record_sign_in_attempt");
    }
    Result<std::vector<SignInRecord>> sign_in_attempts_for_email(std::string_view,
                                                                 std::int64_t) override
    {
        return not_scripted("sign_in_attempts_for_email");
    }
    Result<std::vector<SignInRecord>> sign_in_attempts_from(std::string_view, std::int64_t) override
    {
        return not_scripted("sign_in_attempts_from");
    }
    Result<std::vector<std::string>> sign_in_secrets(std::int64_t, std::string_view) override
    {
        return not_scripted("sign_in_secrets");
    }
    Result<void> add_audit_entry(const AuditEntry&) override
    {
        return not_scripted("add_audit_entry");
    }
    Result<std::int64_t> count_audit_entries(std::string_view, std::string_view, std::string_view,
                                             std::string_view) override
    {
        return not_scripted("count_audit_entries");
    }
    Result<std::vector<AuditEntry>> audit_entries(std::string_view, int) override
    {
        return not_scripted("audit_entries");
    }
    Result<void> enqueue_mail(const QueuedMail&) override { return not_scripted("enqueue_mail"); }
    Result<std::vector<QueuedMail>> claim_due_mails(std::int64_t, int, std::int64_t) override
    {
        return not_scripted("claim_due_mails");
    }
    Result<void> mark_mail_sent(std::int64_t, std::string_view) override
    {
        return not_scripted("mark_mail_sent");
    }
    Result<void> mark_mail_failed(std::int64_t, std::string_view, std::int64_t) override
    {
        return not_scripted("mark_mail_failed");
    }
    Result<void> mark_mail_given_up(std::int64_t, std::string_view) override
    {
        return not_scripted("mark_mail_given_up");
    }
    Result<std::vector<QueuedMail>> pending_mails(int) override
    {
        return not_scripted("pending_mails");
    }
    Result<void> set_city_image(std::string_view, const CityImage&) override
    {
        return not_scripted("set_city_image");
    }
    Result<std::optional<CityImage>> city_image(std::string_view) override
    {
        return not_scripted("city_image");
    }
    Result<void> remove_city_image(std::string_view) override
    {
        return not_scripted("remove_city_image");
    }
    Result<void> save_city(const City&, const CityVersion&) override
    {
        return not_scripted("save_city");
    }
    Result<std::vector<CityVersion>> city_versions(std::string_view) override
    {
        return not_scripted("city_versions");
    }
    Result<std::vector<ChangeEntry>> changes_since(std::int64_t, int) override
    {
        return not_scripted("changes_since");
    }
    Result<RetentionReport> apply_retention(std::chrono::system_clock::time_point,
                                            const RetentionPolicy&) override
    {
        return not_scripted("apply_retention");
    }
    Result<std::vector<Topic>> list_topics() override { return not_scripted("list_topics"); }
    Result<void> save_topics(const std::vector<Topic>&) override
    {
        return not_scripted("save_topics");
    }
    Result<std::vector<Project>> list_projects() override { return not_scripted("list_projects"); }
    Result<std::vector<Project>> find_projects(const std::vector<std::string>&) override
    {
        return not_scripted("find_projects");
    }
    Result<std::optional<Project>> find_project(std::string_view) override
    {
        return not_scripted("find_project");
    }
    Result<void> save_project(const Project&, const ProjectVersion&) override
    {
        return not_scripted("save_project");
    }
    Result<void> delete_project(std::string_view) override
    {
        return not_scripted("delete_project");
    }
    Result<std::vector<ProjectVersion>> project_versions(std::string_view) override
    {
        return not_scripted("project_versions");
    }
    Result<void> add_attachment(std::string_view, const AttachmentInfo&,
                                const std::string&) override
    {
        return not_scripted("add_attachment");
    }
    Result<std::optional<std::pair<AttachmentInfo, std::string>>>
    attachment(std::string_view, std::string_view) override
    {
        return not_scripted("attachment");
    }
    Result<void> remove_attachment(std::string_view, std::string_view) override
    {
        return not_scripted("remove_attachment");
    }
    Result<std::vector<Adoption>> list_adoptions() override
    {
        return not_scripted("list_adoptions");
    }
    Result<std::optional<Adoption>> find_adoption(std::string_view) override
    {
        return not_scripted("find_adoption");
    }
    Result<void> save_adoption(const Adoption&) override { return not_scripted("save_adoption"); }
    Result<void> save_adoption_with_copy(const Adoption&, const Project&, const ProjectVersion&) override
    {
        return not_scripted("save_adoption_with_copy");
    }
    Result<void> delete_adoption(std::string_view) override
    {
        return not_scripted("delete_adoption");
    }
    Result<std::vector<Interest>> interests(std::string_view) override
    {
        return not_scripted("interests");
    }
    Result<bool> add_interest(const Interest&) override { return not_scripted("add_interest"); }
    Result<void> remove_interest(std::string_view, std::string_view) override
    {
        return not_scripted("remove_interest");
    }
    Result<std::vector<Advice>> list_advice() override { return not_scripted("list_advice"); }
    Result<void> add_advice(const Advice&) override { return not_scripted("add_advice"); }
    Result<void> delete_advice(std::string_view) override { return not_scripted("delete_advice"); }
    Result<void> add_notification(const Notification&) override
    {
        return not_scripted("add_notification");
    }
    Result<std::vector<Notification>> notifications(std::string_view, int) override
    {
        return not_scripted("notifications");
    }
    Result<void> mark_notifications_read(std::string_view) override
    {
        return not_scripted("mark_notifications_read");
    }
    Result<NotificationMailSettings> notification_mail_settings(std::string_view) override
    {
        return not_scripted("notification_mail_settings");
    }
    Result<void> set_notification_mail_mode(std::string_view, std::string_view) override
    {
        return not_scripted("set_notification_mail_mode");
    }
    Result<std::optional<User>> unsubscribe_token_user(std::string_view) override
    {
        return not_scripted("unsubscribe_token_user");
    }
    Result<std::vector<PendingNotificationMail>>
    pending_notification_mails(std::string_view) override
    {
        return not_scripted("pending_notification_mails");
    }
    Result<bool> queue_notification_mail(const NotificationMailBatch&) override
    {
        return not_scripted("queue_notification_mail");
    }
    Result<std::vector<Challenge>> list_challenges() override
    {
        return not_scripted("list_challenges");
    }
    Result<std::optional<Challenge>> find_challenge(std::string_view) override
    {
        return not_scripted("find_challenge");
    }
    Result<void> save_challenge(const Challenge&) override
    {
        return not_scripted("save_challenge");
    }
    Result<void> delete_challenge(std::string_view) override
    {
        return not_scripted("delete_challenge");
    }
    Result<std::vector<ChallengeApproach>> challenge_approaches(std::string_view) override
    {
        return not_scripted("challenge_approaches");
    }
    Result<void> save_approach(const ChallengeApproach&, const std::vector<std::string>&) override
    {
        return not_scripted("save_approach");
    }
    Result<std::vector<Question>> list_questions() override
    {
        return not_scripted("list_questions");
    }
    Result<std::optional<Question>> find_question(std::string_view) override
    {
        return not_scripted("find_question");
    }
    Result<void> save_question(const Question&) override { return not_scripted("save_question"); }
    Result<void> delete_question(std::string_view) override
    {
        return not_scripted("delete_question");
    }
    Result<std::vector<Answer>> answers(std::string_view) override
    {
        return not_scripted("answers");
    }
    Result<std::optional<Answer>> find_answer(std::string_view) override
    {
        return not_scripted("find_answer");
    }
    Result<void> save_answer(const Answer&) override { return not_scripted("save_answer"); }
    Result<void> delete_answer(std::string_view) override { return not_scripted("delete_answer"); }
    Result<std::vector<Meeting>> list_meetings() override { return not_scripted("list_meetings"); }
    Result<std::optional<Meeting>> find_meeting(std::string_view) override
    {
        return not_scripted("find_meeting");
    }
    Result<void> save_meeting(const Meeting&) override { return not_scripted("save_meeting"); }
    Result<void> delete_meeting(std::string_view) override
    {
        return not_scripted("delete_meeting");
    }
    Result<std::vector<AgendaItem>> agenda_items(std::string_view) override
    {
        return not_scripted("agenda_items");
    }
    Result<std::vector<AgendaItem>> agenda_items_about(AgendaKind, std::string_view) override
    {
        return not_scripted("agenda_items_about");
    }
    Result<std::optional<AgendaItem>> find_agenda_item(std::string_view) override
    {
        return not_scripted("find_agenda_item");
    }
    Result<void> save_agenda_item(const AgendaItem&) override
    {
        return not_scripted("save_agenda_item");
    }
    Result<void> delete_agenda_item(std::string_view) override
    {
        return not_scripted("delete_agenda_item");
    }
    Result<void> add_agenda_attachment(std::string_view, const AttachmentInfo&,
                                       const std::string&) override
    {
        return not_scripted("add_agenda_attachment");
    }
    Result<std::optional<std::pair<AttachmentInfo, std::string>>>
    agenda_attachment(std::string_view, std::string_view) override
    {
        return not_scripted("agenda_attachment");
    }
    Result<void> remove_agenda_attachment(std::string_view, std::string_view) override
    {
        return not_scripted("remove_agenda_attachment");
    }
    Result<std::vector<Registration>> registrations(std::string_view) override
    {
        return not_scripted("registrations");
    }
    Result<void> save_registration(const Registration&) override
    {
        return not_scripted("save_registration");
    }
    Result<void> remove_registration(std::string_view, std::string_view) override
    {
        return not_scripted("remove_registration");
    }
    Result<std::vector<ActionItem>> action_items(std::string_view) override
    {
        return not_scripted("action_items");
    }
    Result<std::vector<ActionItem>> open_action_items(std::string_view) override
    {
        return not_scripted("open_action_items");
    }
    Result<std::optional<ActionItem>> find_action_item(std::string_view) override
    {
        return not_scripted("find_action_item");
    }
    Result<void> save_action_item(const ActionItem&) override
    {
        return not_scripted("save_action_item");
    }
    Result<void> delete_action_item(std::string_view) override
    {
        return not_scripted("delete_action_item");
    }
    Result<MeetingMailsSent> meeting_mails_sent() override
    {
        return not_scripted("meeting_mails_sent");
    }
    Result<bool> queue_meeting_mailing(const MeetingMailing&) override
    {
        return not_scripted("queue_meeting_mailing");
    }
    Result<std::vector<IndicatorValue>> list_indicator_values() override
    {
        return not_scripted("list_indicator_values");
    }
    Result<void> save_indicator_values(const std::vector<IndicatorValue>&) override
    {
        return not_scripted("save_indicator_values");
    }
    Result<void> remove_indicator_value(std::string_view, std::string_view) override
    {
        return not_scripted("remove_indicator_value");
    }
    Result<std::vector<PilotProject>> list_pilots() override { return not_scripted("list_pilots"); }
    Result<std::optional<PilotProject>> find_pilot(std::string_view) override
    {
        return not_scripted("find_pilot");
    }
    Result<void> save_pilot(const PilotProject&) override { return not_scripted("save_pilot"); }
    Result<void> save_pilot_partner(std::string_view, const PilotPartner&) override
    {
        return not_scripted("save_pilot_partner");
    }
    Result<void> add_pilot_document(std::string_view, const AttachmentInfo&, const std::string&,
                                    std::string_view) override
    {
        return not_scripted("add_pilot_document");
    }
    Result<std::optional<std::string>> pilot_document_city(std::string_view,
                                                           std::string_view) override
    {
        return not_scripted("pilot_document_city");
    }
    Result<std::optional<std::pair<AttachmentInfo, std::string>>>
    pilot_document(std::string_view, std::string_view) override
    {
        return not_scripted("pilot_document");
    }
    Result<void> remove_pilot_document(std::string_view, std::string_view) override
    {
        return not_scripted("remove_pilot_document");
    }
    Result<bool> claim_upload(std::string_view, std::int64_t, std::int64_t, std::size_t) override
    {
        return not_scripted("claim_upload");
    }
    Result<void> delete_pilot(std::string_view) override { return not_scripted("delete_pilot"); }
    Result<void> add_consent_record(const ConsentRecord&) override
    {
        return not_scripted("add_consent_record");
    }
    Result<std::vector<ConsentRecord>> consent_records(std::string_view, std::string_view) override
    {
        return not_scripted("consent_records");
    }
    Result<void> save_city_with_consent(const City&, const CityVersion&,
                                        const store::ConsentWrites&) override
    {
        return not_scripted("save_city_with_consent");
    }
    Result<void> save_project_with_consent(const Project&, const ProjectVersion&,
                                           const store::ConsentWrites&) override
    {
        return not_scripted("save_project_with_consent");
    }
    Result<void> add_api_token(std::string_view, const ApiTokenInfo&, std::string_view) override
    {
        return not_scripted("add_api_token");
    }
    Result<std::optional<User>> api_token_user(std::string_view, std::string_view) override
    {
        return not_scripted("api_token_user");
    }
    Result<std::vector<ApiTokenInfo>> api_tokens(std::string_view) override
    {
        return not_scripted("api_tokens");
    }
    Result<void> revoke_api_token(std::string_view, std::string_view) override
    {
        return not_scripted("revoke_api_token");
    }
    Result<void> revoke_api_tokens_of(std::string_view) override
    {
        return not_scripted("revoke_api_tokens_of");
    }
    Result<PersonalData> personal_data(const User&) override
    {
        return not_scripted("personal_data");
    }
    Result<PrivacyOperator> privacy_operator() override { return not_scripted("privacy_operator"); }
    Result<void> save_privacy_operator(const PrivacyOperator&) override
    {
        return not_scripted("save_privacy_operator");
    }

protected:
    /// The failure of a method nobody scripted; the detail names the method.
    static tl::unexpected<Error> not_scripted(const std::string& method)
    {
        return fail(ErrorCode::Internal, "error.internal", {}, "not scripted: " + method);
    }
};

} // namespace rundum::testing
