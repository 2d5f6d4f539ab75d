// SPDX-License-Identifier: EUPL-1.2
// Builds the mail text line by line from catalogue messages; only layout lives here.
#include "format/meeting_mail_text.hpp"

namespace rundum::format {

namespace {

std::string greeting(const User& member, const MessageText& text)
{
    return member.name.empty() ? text("notification.email.greeting_anonymous", {})
                               : text("notification.email.greeting", {member.name});
}

// "Wann", "Gastgeberstadt", "Ort" (when there is one), and the online link if asked.
std::string fact_lines(const MeetingMailFacts& facts, bool with_online_link, const MessageText& text)
{
    std::string lines = text("meeting.email.when", {facts.time}) + "\n";
    lines += text("meeting.email.host", {facts.host_city}) + "\n";
    if (!facts.venue.empty()) {
        lines += text("meeting.email.venue", {facts.venue}) + "\n";
    }
    if (with_online_link && !facts.online_link.empty()) {
        lines += text("meeting.email.online", {facts.online_link}) + "\n";
    }
    return lines;
}

std::string footer_lines(const MailFooterLinks& footer, const MessageText& text)
{
    std::string lines = text("meeting.email.why", {footer.settings_url});
    lines += "\n\n";
    lines += text("meeting.email.unsubscribe", {footer.unsubscribe_url});
    lines += "\n";
    return lines;
}

} // namespace

NotificationMailText invitation_mail_text(const User& member, InvitationKind kind, const MeetingMailFacts& facts,
                                          const MailFooterLinks& footer, const MessageText& text)
{
    const bool cancelled = kind == InvitationKind::Cancellation;
    const std::string_view name = cancelled                        ? "cancellation"
                                  : kind == InvitationKind::Update ? "update"
                                                                   : "invitation";
    const auto key = [name](std::string_view part) {
        std::string full = "meeting.email.";
        full += part;
        full += '_';
        full += name;
        return full;
    };
    NotificationMailText mail;
    mail.subject = text(key("subject"), {facts.title, facts.day});
    std::string& body = mail.body;
    body = greeting(member, text) + "\n\n";
    body += text(key("intro"), {facts.title}) + "\n\n";
    body += fact_lines(facts, !cancelled, text);
    if (!cancelled) {
        body += text("meeting.email.deadline", {facts.deadline}) + "\n\n";
        body += text("meeting.email.how_to_register", {facts.deadline, facts.registration_url}) + "\n\n";
    } else {
        body += "\n";
    }
    body += text("meeting.email.page", {facts.meeting_url}) + "\n\n";
    body += text(key("calendar"), {}) + "\n\n";
    body += footer_lines(footer, text);
    return mail;
}

NotificationMailText reminder_mail_text(const User& member, const std::string& city_name,
                                        const MeetingMailFacts& facts, const MailFooterLinks& footer,
                                        const MessageText& text)
{
    NotificationMailText mail;
    mail.subject = text("meeting.email.subject_reminder", {facts.deadline, facts.title});
    std::string& body = mail.body;
    body = greeting(member, text) + "\n\n";
    body += text("meeting.email.intro_reminder", {facts.title, facts.deadline, city_name}) + "\n\n";
    body += fact_lines(facts, true, text) + "\n";
    body += text("meeting.email.register_now", {facts.registration_url}) + "\n\n";
    body += text("meeting.email.page", {facts.meeting_url}) + "\n\n";
    body += footer_lines(footer, text);
    return mail;
}

} // namespace rundum::format
