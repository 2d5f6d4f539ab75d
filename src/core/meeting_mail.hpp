// SPDX-License-Identifier: EUPL-1.2
// Meeting mails: the invitation with the .ics when a meeting is planned, an update when it
// changes, a cancellation for one that was invited, and reminders before the registration
// closes. Each mailing goes out once however many instances run: the store records it in the
// transaction that queues its mails.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/account.hpp"
#include "core/meeting.hpp"

namespace rundum {

/// A meeting must have been unchanged this long before its invitation goes out, so that a few
/// quick corrections make one mail.
inline constexpr std::int64_t INVITATION_QUIET_SECONDS = 10 * 60;

/// Which invitation mail a meeting needs.
enum class InvitationKind {
    None,         ///< nothing (mailed already, started, still being edited, or cancelled unseen)
    First,        ///< the first invitation
    Update,       ///< the meeting changed after it was invited ("Geändert: …")
    Cancellation, ///< it was invited and is now cancelled
};

/// The invitation `meeting` needs at `now_local` (Europe/Berlin, "YYYY-MM-DDTHH:MM") and
/// `now_unix`, given the sequences already mailed for it: none once its current sequence was
/// mailed or it has started, none while it changed less than INVITATION_QUIET_SECONDS ago, and
/// a cancellation only when an earlier sequence was mailed.
InvitationKind invitation_due(const Meeting& meeting, const std::vector<int>& mailed_sequences,
                              const std::string& now_local, std::int64_t now_unix);

/// What a mailing is, and so what the store records of it.
enum class MeetingMailKind {
    Invitation, ///< per meeting and sequence (first, update or cancellation)
    Reminder,   ///< per meeting and city
};

/// One member's mail in a mailing, with the hash of the token in its unsubscribe link.
struct MemberMail {
    std::string user_id;
    QueuedMail mail;
    std::string unsubscribe_token_hash;
};

/// A mailing about a meeting, queued as a whole and only once.
struct MeetingMailing {
    MeetingMailKind kind{MeetingMailKind::Invitation};
    std::string meeting_id;
    int sequence{0};      ///< the invited sequence (Invitation)
    std::string city_id;  ///< the reminded city (Reminder)
    std::vector<MemberMail> mails;
    std::string mailed_at; ///< ISO 8601 UTC
};

/// The mailings recorded so far.
struct MeetingMailsSent {
    std::map<std::string, std::vector<int>> invited_sequences;   ///< by meeting id, ascending
    std::set<std::pair<std::string, std::string>> reminded; ///< (meeting id, city id)
};

} // namespace rundum
