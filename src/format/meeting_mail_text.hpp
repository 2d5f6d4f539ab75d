// SPDX-License-Identifier: EUPL-1.2
// The text of the meeting mails: the invitation (first, updated or cancelled) and the reminder
// that a city has not registered yet, in plain text with absolute links and the footer that
// says why the member gets them and how to stop them. Pure: the same input gives the same text.
#pragma once

#include <string>
#include <string_view>

#include "core/meeting_mail.hpp"
#include "core/user.hpp"
#include "format/notification_digest.hpp"

namespace rundum::format {

/// What a meeting mail tells, already readable (the web layer writes times and names).
struct MeetingMailFacts {
    std::string title;
    std::string day;              ///< "18.03.2027"
    std::string time;             ///< "18.03.2027, 10:00–16:00 Uhr"
    std::string host_city;        ///< the host city's name
    std::string venue;            ///< may be empty
    std::string online_link;      ///< for members; may be empty
    std::string deadline;         ///< "04.03.2027, 23:59 Uhr"
    std::string meeting_url;      ///< absolute link to the meeting's page
    std::string registration_url; ///< absolute link to its registration form
};

/// Where a mail's footer points: the member's mail settings and the one-click unsubscribe link.
struct MailFooterLinks {
    std::string settings_url;
    std::string unsubscribe_url;
};

/// The invitation of `kind` (First, Update or Cancellation) to `member`: subject "Einladung: …",
/// "Geändert: …" or "Abgesagt: …"; the body gives time, host city, venue, online link,
/// registration deadline and how to register (not for a cancellation), the meeting's page and
/// the footer. Messages from the catalogue keys meeting.email.*.
NotificationMailText invitation_mail_text(const User& member, InvitationKind kind, const MeetingMailFacts& facts,
                                          const MailFooterLinks& footer, const MessageText& text);

/// The reminder to a member of `city_name`, which has not registered for the meeting yet.
NotificationMailText reminder_mail_text(const User& member, const std::string& city_name,
                                        const MeetingMailFacts& facts, const MailFooterLinks& footer,
                                        const MessageText& text);

} // namespace rundum::format
