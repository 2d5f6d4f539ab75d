// SPDX-License-Identifier: EUPL-1.2
// Network meetings in the store: agenda, registrations, action items and their mail.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/meeting.hpp"
#include "core/meeting_mail.hpp"
#include "core/project.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// Network meetings with their agenda, registrations, action items, invitations and reminders.
class MeetingStore {
public:
    virtual ~MeetingStore() = default;

    /// Every meeting with its decisions, earliest start first (then by id).
    virtual Result<std::vector<Meeting>> list_meetings() = 0;
    /// One meeting with its decisions, or nullopt.
    virtual Result<std::optional<Meeting>> find_meeting(std::string_view id) = 0;
    /// Stores a meeting with its decisions (inserted, or replaced as a whole).
    virtual Result<void> save_meeting(const Meeting& meeting) = 0;
    /// Removes a meeting with its agenda, slides, registrations and action items. NotFound if
    /// there is none.
    virtual Result<void> delete_meeting(std::string_view id) = 0;

    // --- agenda ----------------------------------------------------------------------------------

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

    // --- registrations ---------------------------------------------------------------------------

    /// The cities' registrations for a meeting with their attendees, ordered by city id.
    virtual Result<std::vector<Registration>> registrations(std::string_view meeting_id) = 0;
    /// Stores a city's registration, replacing its earlier one and all of its attendees.
    virtual Result<void> save_registration(const Registration& registration) = 0;
    /// Withdraws a city's registration (nothing happens when there is none).
    virtual Result<void> remove_registration(std::string_view meeting_id, std::string_view city_id) = 0;

    // --- action items ----------------------------------------------------------------------------

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

    // --- invitations and reminders ---------------------------------------------------------------

    /// The invitations and reminders mailed so far (core/meeting_mail.hpp).
    virtual Result<MeetingMailsSent> meeting_mails_sent() = 0;
    /// Claims the mailing — its meeting and sequence, or its meeting and city — and queues its
    /// mails with their unsubscribe tokens, in one transaction. False, with nothing queued, when
    /// it was claimed before (by any instance).
    virtual Result<bool> queue_meeting_mailing(const MeetingMailing& mailing) = 0;
};

} // namespace rundum::store
