// SPDX-License-Identifier: EUPL-1.2
// Wall-clock times of one zone compare as text, as in meeting_reminders.cpp.
#include "core/meeting_mail.hpp"

#include <algorithm>

#include "core/notification_mail.hpp"

namespace rundum {

InvitationKind invitation_due(const Meeting& meeting, const std::vector<int>& mailed_sequences,
                              const std::string& now_local, std::int64_t now_unix)
{
    const bool mailed_before = !mailed_sequences.empty();
    if (std::ranges::find(mailed_sequences, meeting.sequence) != mailed_sequences.end() ||
        meeting.starts_at <= now_local) {
        return InvitationKind::None;
    }
    const auto changed = unix_from_iso_utc(meeting.updated_at);
    if (changed && now_unix - *changed < INVITATION_QUIET_SECONDS) {
        return InvitationKind::None;
    }
    if (meeting.is_cancelled) {
        return mailed_before ? InvitationKind::Cancellation : InvitationKind::None;
    }
    return mailed_before ? InvitationKind::Update : InvitationKind::First;
}

} // namespace rundum
