// SPDX-License-Identifier: EUPL-1.2
// Mails members about meetings in the background: the invitation with the .ics attached once a
// meeting has settled, an updated invitation after every change, a cancellation for one that
// was invited, and a reminder to the members of each city that has not registered when the
// deadline is near. Decoupled from the pages: it compares the meetings with what was mailed
// (Store::meeting_mails_sent). Several instances may run one each; the store claims each
// mailing once.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/meeting_mail.hpp"
#include "format/meeting_mail_text.hpp"
#include "web/http/clock.hpp"
#include "jobs/periodic_thread.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Queues meeting mails (delivered by the MailSender, so nothing is lost while the mail server
/// is down). Members whose mail choice is "nie" get none.
class MeetingMailer {
public:
    /// `organizer_email` is the address invitations come from (the ORGANIZER of the .ics).
    MeetingMailer(Services& services, std::string organizer_email, const Clock& clock,
                  std::chrono::milliseconds poll_interval = std::chrono::seconds(5));
    ~MeetingMailer();
    MeetingMailer(const MeetingMailer&) = delete;
    MeetingMailer& operator=(const MeetingMailer&) = delete;

    /// Starts the background thread; stop() or destruction ends it.
    void start();
    void stop();

    /// Queues every invitation and reminder due now; returns how many mailings were queued.
    int queue_due();

private:
    struct Round; // what one pass reads from the store

    int queue_invitations(const Round& round);
    int queue_reminders(const Round& round);
    bool queue_invitation(const Meeting& meeting, InvitationKind kind, const Round& round);
    format::MeetingMailFacts facts_of(const Meeting& meeting, const std::vector<City>& cities) const;
    bool queue(const MeetingMailing& mailing);

    Services& m_services;
    std::string m_organizer_email;
    const Clock& m_clock;
    std::chrono::milliseconds m_poll_interval;
    PeriodicThread m_thread;
};

} // namespace rundum::web
