// Authorisation in one place: who may do what to which thing.
#pragma once

#include "core/city.hpp"
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
    ManageMeetings,   ///< plan meetings; order, time, accept and decline agenda items; write minutes
    ProposeAgendaItem,  ///< propose an agenda item for a city (city: the proposing city)
    RegisterForMeeting, ///< register a city's attendees (city: that city)
    CompleteActionItem, ///< mark a city's action item done or open (city: the responsible city)
    AttachToAgendaItem, ///< add and remove slides of an agenda item (city: the proposing city)
};

/// Whether `user` (nullptr: not signed in) may do `action`, to `city` where it concerns one.
/// Admins may do everything; a coordinator edits only the city of their own alliance; the
/// public may do none of these.
bool is_allowed(const User* user, Action action, const City* city = nullptr);

} // namespace rundum
