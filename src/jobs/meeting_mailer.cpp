// SPDX-License-Identifier: EUPL-1.2
// When meeting mails are due and who gets them; the text comes from format/meeting_mail_text,
// the .ics from format/icalendar through meeting_calendar's meeting_event.
#include "jobs/meeting_mailer.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "core/meeting_reminders.hpp"
#include "core/notification_mail.hpp"
#include "format/berlin_time.hpp"
#include "format/icalendar.hpp"
#include "web/meetings/meeting_access.hpp"
#include "web/meetings/meeting_calendar.hpp"
#include "jobs/unsubscribe_link.hpp"

namespace rundum::web {

struct MeetingMailer::Round {
    std::vector<Meeting> meetings;
    std::vector<City> cities;
    std::vector<User> recipients; ///< members with an address whose mail is not switched off
    MeetingMailsSent sent;
    std::string now_local; ///< Europe/Berlin, "YYYY-MM-DDTHH:MM"
    std::int64_t now_unix{0};
    std::string now_iso;
};

namespace {

// Every account (a member city's or an admin's) with an address, unless its choice is "nie".
Result<std::vector<User>> mail_recipients(store::Store& store)
{
    RUNDUM_TRY_ASSIGN(users, store.list_users());
    std::vector<User> recipients;
    for (User& user : users) {
        if (user.email.empty()) {
            continue;
        }
        RUNDUM_TRY_ASSIGN(settings, store.notification_mail_settings(user.id));
        if (settings.mode != MAIL_NEVER) {
            recipients.push_back(std::move(user));
        }
    }
    return recipients;
}

// One member's mail: `write` gives the text for the footer links of a fresh unsubscribe token.
template <typename Write>
MemberMail member_mail(const User& user, const std::string& base_url, const Write& write,
                       std::vector<MailAttachment> attachments)
{
    const UnsubscribeLink unsubscribe = fresh_unsubscribe_link(base_url);
    std::string settings_url = base_url;
    settings_url += MAIL_SETTINGS_PATH;
    const format::NotificationMailText content = write(format::MailFooterLinks{settings_url, unsubscribe.url});
    MemberMail mail;
    mail.user_id = user.id;
    mail.mail.to = user.email;
    mail.mail.subject = content.subject;
    mail.mail.body = content.body;
    mail.mail.headers = unsubscribe.headers;
    mail.mail.attachments = std::move(attachments);
    mail.unsubscribe_token_hash = unsubscribe.token_hash;
    return mail;
}

} // namespace

MeetingMailer::MeetingMailer(Services& services, std::string organizer_email, const Clock& clock,
                             std::chrono::milliseconds poll_interval)
    : m_services(services), m_organizer_email(std::move(organizer_email)), m_clock(clock),
      m_poll_interval(poll_interval)
{
}

MeetingMailer::~MeetingMailer()
{
    stop();
}

void MeetingMailer::start()
{
    m_thread.start(m_poll_interval, [this] { queue_due(); });
}

void MeetingMailer::stop()
{
    m_thread.stop();
}

int MeetingMailer::queue_due()
{
    store::Store& store = m_services.store;
    Round round;
    const auto now = m_clock.now();
    round.now_unix = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    round.now_local = format::berlin_local_time(round.now_unix);
    round.now_iso = iso_utc(now);
    auto meetings = store.list_meetings();
    auto cities = store.list_cities();
    auto recipients = mail_recipients(store);
    auto sent = store.meeting_mails_sent();
    if (!meetings || !cities || !recipients || !sent) {
        const Error& error = !meetings     ? meetings.error()
                             : !cities     ? cities.error()
                             : !recipients ? recipients.error()
                                           : sent.error();
        spdlog::warn("meeting mails: {}", error.detail);
        return 0;
    }
    round.meetings = std::move(*meetings);
    round.cities = std::move(*cities);
    round.recipients = std::move(*recipients);
    round.sent = std::move(*sent);
    return queue_invitations(round) + queue_reminders(round);
}

int MeetingMailer::queue_invitations(const Round& round)
{
    int queued = 0;
    for (const Meeting& meeting : round.meetings) {
        const auto mailed = round.sent.invited_sequences.find(meeting.id);
        const InvitationKind kind =
            invitation_due(meeting, mailed == round.sent.invited_sequences.end() ? std::vector<int>{} : mailed->second,
                           round.now_local, round.now_unix);
        if (kind != InvitationKind::None && queue_invitation(meeting, kind, round)) {
            ++queued;
        }
    }
    return queued;
}

bool MeetingMailer::queue_invitation(const Meeting& meeting, InvitationKind kind, const Round& round)
{
    // Any member will do: meeting_event only asks whether the reader is one (for the online link).
    const User member{};
    auto event = meeting_event(m_services, meeting, round.cities, &member);
    if (!event) {
        spdlog::warn("invitation to meeting {}: {}", meeting.id, event.error().detail);
        return false;
    }
    const std::string method = kind == InvitationKind::Cancellation ? "CANCEL" : "REQUEST";
    auto calendar = format::meeting_calendar({*event}, {"", method, m_organizer_email});
    if (!calendar) {
        spdlog::warn("invitation to meeting {}: {}", meeting.id, calendar.error().detail);
        return false;
    }
    std::string content_type = "text/calendar; method=";
    content_type += method;
    content_type += "; charset=UTF-8";
    const MailAttachment ics{"einladung.ics", content_type, *calendar};
    const format::MeetingMailFacts facts = facts_of(meeting, round.cities);
    const auto text = [this](std::string_view key, const std::vector<std::string>& args) {
        return m_services.catalogue.text(key, args);
    };
    MeetingMailing mailing{MeetingMailKind::Invitation, meeting.id, meeting.sequence, "", {}, round.now_iso};
    for (const User& user : round.recipients) {
        mailing.mails.push_back(member_mail(
            user, m_services.config.base_url,
            [&](const format::MailFooterLinks& footer) {
                return format::invitation_mail_text(user, kind, facts, footer, text);
            },
            {ics}));
    }
    return queue(mailing);
}

int MeetingMailer::queue_reminders(const Round& round)
{
    std::vector<Registration> registrations;
    for (const Meeting& meeting : round.meetings) {
        if (meeting.is_cancelled || meeting.registration_deadline <= round.now_local) {
            continue; // no reminder is due for it
        }
        auto registered = m_services.store.registrations(meeting.id);
        if (!registered) {
            spdlog::warn("meeting reminders: {}", registered.error().detail);
            return 0;
        }
        registrations.insert(registrations.end(), registered->begin(), registered->end());
    }
    std::vector<std::string> city_ids;
    for (const City& city : round.cities) {
        city_ids.push_back(city.id);
    }
    const auto text = [this](std::string_view key, const std::vector<std::string>& args) {
        return m_services.catalogue.text(key, args);
    };
    int queued = 0;
    for (const ReminderDue& due : registration_reminders_due(round.meetings, registrations, city_ids, round.now_local)) {
        const auto meeting = std::ranges::find(round.meetings, due.meeting_id, &Meeting::id);
        const City* city = city_with_id(round.cities, due.city_id);
        if (round.sent.reminded.contains({due.meeting_id, due.city_id}) || city == nullptr) {
            continue;
        }
        const format::MeetingMailFacts facts = facts_of(*meeting, round.cities);
        MeetingMailing mailing{MeetingMailKind::Reminder, due.meeting_id, meeting->sequence, due.city_id, {},
                               round.now_iso};
        for (const User& user : round.recipients) {
            if (user.city_id == due.city_id) {
                mailing.mails.push_back(member_mail(
                    user, m_services.config.base_url,
                    [&](const format::MailFooterLinks& footer) {
                        return format::reminder_mail_text(user, city->name, facts, footer, text);
                    },
                    {}));
            }
        }
        // Not claimed while the city has nobody to tell: a member who joins later is reminded.
        if (!mailing.mails.empty() && queue(mailing)) {
            ++queued;
        }
    }
    return queued;
}

format::MeetingMailFacts MeetingMailer::facts_of(const Meeting& meeting, const std::vector<City>& cities) const
{
    const i18n::Catalogue& catalogue = m_services.catalogue;
    const City* host = city_with_id(cities, meeting.host_city_id);
    std::string page = m_services.config.base_url;
    page += "/treffen/";
    page += meeting.id;
    std::string registration = page;
    registration += "/anmeldung";
    return format::MeetingMailFacts{meeting.title,
                                    readable_day(meeting.starts_at),
                                    readable_meeting_time(meeting, catalogue),
                                    host != nullptr ? host->name : meeting.host_city_id,
                                    meeting.venue,
                                    meeting.online_link,
                                    readable_local_time(meeting.registration_deadline, catalogue),
                                    page,
                                    registration};
}

bool MeetingMailer::queue(const MeetingMailing& mailing)
{
    auto queued = m_services.store.queue_meeting_mailing(mailing);
    if (!queued) {
        spdlog::warn("meeting mail about {}: {}", mailing.meeting_id, queued.error().detail);
        return false;
    }
    return *queued;
}

} // namespace rundum::web
