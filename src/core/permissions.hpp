// SPDX-License-Identifier: EUPL-1.2
// Authorisation in one place: who may do what to which thing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/city.hpp"
#include "core/meeting.hpp"
#include "core/pilot.hpp"
#include "core/user.hpp"

namespace rundum {

/// Things a visitor may try to do.
enum class Action {
    EditCity,       ///< change a city's profile, see and restore its versions
    ManageMembers,  ///< invite coordinators, see all accounts
    ViewAuditLog,   ///< see sign-ins and changes of everyone
    EditProject,    ///< create or change a city's Praxisbeispiele (city: the project's city)
    ViewMembersOnly,///< read what the network shares only among its members
    ManageTopics,   ///< add, rename, order and remove the topics of the taxonomy
    RecordLearning, ///< record a city's adoptions, interest and advice (city: that city)
    EditApproach,   ///< write a city's approach to a shared challenge (city: that city)
    ManageChallenges, ///< add and describe the shared challenges
    ManageIndicators, ///< add and correct the structural indicators of every city
    AskQuestion,      ///< ask the network a question (any member)
    AnswerQuestion,   ///< answer a question (any member)
    EditQuestion,     ///< change or delete a question (author: the asker)
    MarkHelpful,      ///< mark a question's answers helpful (author: the asker)
    EditAnswer,       ///< change or delete an answer (author: the answer's author)
    CreatePilot,      ///< start a joint pilot project (a coordinator: with their city leading)
    ManageMeetings,   ///< plan meetings; order, time, accept and decline agenda items; write minutes
    ProposeAgendaItem,  ///< propose an agenda item for a city (city: the proposing city)
    RegisterForMeeting, ///< register a city's attendees (city: that city)
    CompleteActionItem, ///< mark a city's action item done or open (city: the responsible city)
    AttachToAgendaItem, ///< add and remove slides of an agenda item (city: the proposing city)
    EditPrivacyNotice,    ///< fill in the operator's part of the privacy notice (admins)
    ViewRegistrationNote, ///< read a city's note on its registration (city: the registering city), which
                          ///< may hold health or belief details (DSGVO Art. 9): admins, that city's members
};

/// Whether `user` (nullptr: not signed in) may do `action`, to `city` where it concerns one.
/// Admins may do everything; a coordinator edits only the city of their own alliance; the
/// public may do none of these.
bool is_allowed(const User* user, Action action, const City* city = nullptr);

/// Whether `user` may do `action` to a thing the member `author_id` wrote (a question or an
/// answer): admins always, the author for EditQuestion, MarkHelpful and EditAnswer; other
/// actions as is_allowed decides without a city.
bool is_allowed_as_author(const User* user, Action action, std::string_view author_id);
/// Whether `user` may take `item` off a meeting: admins always; the proposing city's members
/// (`proposing_city`) while it is still a proposal, so they can withdraw it before the admins decide.
bool may_remove_agenda_item(const User* user, const AgendaItem& item, const City* proposing_city);

/// Whether the public may see an agenda item: accepted, and a challenge discussion or the
/// presentation of a project in `public_project_ids` (other items and hidden projects stay
/// among members).
bool is_public_agenda_item(const AgendaItem& item, const std::vector<std::string>& public_project_ids);

/// Joint pilot projects: who may do what to one pilot (`user` nullptr: not signed in).
enum class PilotAction {
    View,            ///< see the pilot: public pilots everyone, members-only ones members
    Manage,          ///< change the pilot and its milestones: admins, coordinators of a lead city
                     ///< (which cities lead, only admins change: may_save_pilot_cities)
    Delete,          ///< delete the pilot: admins, coordinators of its only lead city (deleting
                     ///< drops every lead, which only admins may do where there are several)
    EditOwnEntry,    ///< set a city's local project and note (`city_id`): admins, that city's coordinators
    ViewDocuments,   ///< see and download the documents: members only, even of public pilots
    UploadDocuments, ///< add documents: admins, coordinators of any city taking part
};

/// Whether `user` may do `action` to `pilot`; `city_id` names the entry for EditOwnEntry.
bool is_allowed(const User* user, PilotAction action, const PilotProject& pilot, std::string_view city_id = {});

/// Whether `user` may save `after` over `before` as far as its cities go. Admins may change
/// anything. A coordinator may add and remove partner cities, but the lead cities stay as they
/// were: no lead added, removed or made a partner. A new pilot (`before` without cities) has
/// the coordinator's own city among its leads.
bool may_save_pilot_cities(const User* user, const PilotProject& before, const PilotProject& after);

/// Whether `user` may remove a document of `pilot` that the city `uploader_city_id` added
/// (empty: not known, or an admin's): admins and coordinators of a lead city any document; the
/// coordinators of a partner city only their own city's.
bool may_remove_pilot_document(const User* user, const PilotProject& pilot, std::string_view uploader_city_id);

} // namespace rundum
