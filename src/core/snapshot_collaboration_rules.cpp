// SPDX-License-Identifier: EUPL-1.2
// Rules for the meetings, pilots and questions of a snapshot: references first (with
// "error.snapshot.*" keys naming the record), then each record's own rules, shared with the forms.
#include "core/snapshot_collaboration_rules.hpp"

#include <map>
#include <set>
#include <string>

#include "core/city_rules.hpp"
#include "core/meeting_rules.hpp"
#include "core/pilot_rules.hpp"
#include "core/question_rules.hpp"

namespace rundum {

namespace {

// What the records may refer to.
struct Known {
    std::set<std::string> cities;
    std::map<std::string, std::string> project_city; // project id -> its city id
    std::map<std::string, const Project*> projects;
    std::map<std::string, const Challenge*> challenges;
    std::set<std::string> topics;
};

// A record's own rule broke: its error, with the record named in the detail (as for projects).
template <typename Check>
Result<void> with_record(Check&& check, std::string record)
{
    if (auto valid = check(); !valid) {
        Error error = valid.error();
        error.detail = std::move(record);
        return fail(std::move(error));
    }
    return {};
}

Result<void> validate_meetings(const NetworkSnapshot& snapshot, const Known& known,
                               std::map<std::string, const Meeting*>& meetings)
{
    for (const Meeting& meeting : snapshot.meetings) {
        if (!is_valid_id(meeting.id) || !meetings.emplace(meeting.id, &meeting).second) {
            return fail(ErrorCode::Invalid, "error.snapshot.meeting_id_invalid", {meeting.id});
        }
        if (!known.cities.contains(meeting.host_city_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.meeting_city_unknown", {meeting.title, meeting.host_city_id});
        }
        RUNDUM_TRY(with_record([&] { return validate_meeting(meeting, snapshot.cities); }, "meeting " + meeting.id));
    }
    return {};
}

Result<void> validate_agenda(const NetworkSnapshot& snapshot, const Known& known,
                             const std::map<std::string, const Meeting*>& meetings)
{
    std::set<std::string> ids;
    for (const AgendaItem& item : snapshot.agenda_items) {
        if (!is_valid_id(item.id) || !ids.insert(item.id).second) {
            return fail(ErrorCode::Invalid, "error.snapshot.agenda_id_invalid", {item.id});
        }
        if (!meetings.contains(item.meeting_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.agenda_meeting_unknown", {item.title, item.meeting_id});
        }
        if (!item.city_id.empty() && !known.cities.contains(item.city_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.agenda_city_unknown", {item.title, item.city_id});
        }
        const auto project = known.projects.find(item.project_id);
        if (item.kind == AgendaKind::ProjectPresentation && project == known.projects.end()) {
            return fail(ErrorCode::Invalid, "error.snapshot.agenda_project_unknown", {item.title, item.project_id});
        }
        const auto challenge = known.challenges.find(item.challenge_slug);
        if (item.kind == AgendaKind::ChallengeDiscussion && challenge == known.challenges.end()) {
            return fail(ErrorCode::Invalid, "error.snapshot.agenda_challenge_unknown",
                        {item.title, item.challenge_slug});
        }
        RUNDUM_TRY(with_record(
            [&] {
                return validate_agenda_item(item, project == known.projects.end() ? nullptr : project->second,
                                            challenge == known.challenges.end() ? nullptr : challenge->second);
            },
            "agenda item " + item.id));
    }
    return {};
}

Result<void> validate_registrations(const NetworkSnapshot& snapshot, const Known& known,
                                    const std::map<std::string, const Meeting*>& meetings)
{
    std::set<std::pair<std::string, std::string>> registered;
    for (const Registration& registration : snapshot.registrations) {
        const auto meeting = meetings.find(registration.meeting_id);
        if (meeting == meetings.end()) {
            return fail(ErrorCode::Invalid, "error.snapshot.registration_meeting_unknown",
                        {registration.meeting_id, registration.city_id});
        }
        const std::string& title = meeting->second->title;
        if (!known.cities.contains(registration.city_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.registration_city_unknown", {title, registration.city_id});
        }
        if (!registered.emplace(registration.meeting_id, registration.city_id).second) {
            return fail(ErrorCode::Conflict, "error.snapshot.registration_duplicate", {title, registration.city_id});
        }
        // An export keeps what was registered, also after the deadline or a cancellation.
        Meeting open = *meeting->second;
        open.is_cancelled = false;
        RUNDUM_TRY(with_record([&] { return validate_registration(registration, open, "", true); },
                               "registration " + registration.meeting_id + " " + registration.city_id));
    }
    return {};
}

Result<void> validate_action_items(const NetworkSnapshot& snapshot, const Known& known,
                                   const std::map<std::string, const Meeting*>& meetings)
{
    std::set<std::string> ids;
    for (const ActionItem& item : snapshot.action_items) {
        if (!is_valid_id(item.id) || !ids.insert(item.id).second) {
            return fail(ErrorCode::Invalid, "error.snapshot.action_id_invalid", {item.id});
        }
        if (!meetings.contains(item.meeting_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.action_meeting_unknown", {item.text, item.meeting_id});
        }
        if (!known.cities.contains(item.city_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.action_city_unknown", {item.text, item.city_id});
        }
        RUNDUM_TRY(with_record([&] { return validate_action_item(item, snapshot.cities); }, "action item " + item.id));
    }
    return {};
}

Result<void> validate_pilots(const NetworkSnapshot& snapshot, const Known& known)
{
    std::set<std::string> ids;
    std::set<std::string> slugs;
    std::set<std::string> milestone_ids;
    for (const PilotProject& pilot : snapshot.pilots) {
        if (!is_valid_id(pilot.id) || !ids.insert(pilot.id).second) {
            return fail(ErrorCode::Invalid, "error.snapshot.pilot_id_invalid", {pilot.id});
        }
        if (!slugs.insert(pilot.slug).second) {
            return fail(ErrorCode::Conflict, "error.snapshot.pilot_duplicate", {pilot.slug});
        }
        for (const PilotPartner& partner : pilot.partners) {
            if (!known.cities.contains(partner.city_id)) {
                return fail(ErrorCode::Invalid, "error.snapshot.pilot_city_unknown", {pilot.title, partner.city_id});
            }
            if (!partner.local_project_id.empty() && !known.project_city.contains(partner.local_project_id)) {
                return fail(ErrorCode::Invalid, "error.snapshot.pilot_project_unknown",
                            {pilot.title, partner.local_project_id});
            }
        }
        for (const PilotMilestone& milestone : pilot.milestones) {
            if (!is_valid_id(milestone.id) || !milestone_ids.insert(milestone.id).second) {
                return fail(ErrorCode::Invalid, "error.snapshot.milestone_id_invalid", {pilot.title, milestone.id});
            }
        }
        RUNDUM_TRY(with_record([&] { return validate_pilot(pilot, {}, false, known.project_city); }, "pilot " + pilot.id));
    }
    return {};
}

// The first entry of `values` that `known` lacks or that comes twice, or nullptr.
template <typename Set>
const std::string* unknown_or_twice(const std::vector<std::string>& values, const Set& known)
{
    std::set<std::string> seen;
    for (const std::string& value : values) {
        if (!known.contains(value) || !seen.insert(value).second) {
            return &value;
        }
    }
    return nullptr;
}

Result<void> validate_questions(const NetworkSnapshot& snapshot, const Known& known)
{
    QuestionReferences references{snapshot.topics, {}, {}};
    for (const auto& [id, project] : known.projects) {
        references.visible_project_ids.push_back(id);
    }
    for (const auto& [slug, challenge] : known.challenges) {
        references.challenge_slugs.push_back(slug);
    }
    std::set<std::string> questions;
    for (const Question& question : snapshot.questions) {
        if (!is_valid_id(question.id) || !questions.insert(question.id).second) {
            return fail(ErrorCode::Invalid, "error.snapshot.question_id_invalid", {question.id});
        }
        if (!question.city_id.empty() && !known.cities.contains(question.city_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.question_city_unknown", {question.title, question.city_id});
        }
        if (const std::string* topic = unknown_or_twice(question.topics, known.topics)) {
            return fail(ErrorCode::Invalid, "error.snapshot.question_topic_unknown", {question.title, *topic});
        }
        if (const std::string* project = unknown_or_twice(question.project_ids, known.projects)) {
            return fail(ErrorCode::Invalid, "error.snapshot.question_project_unknown", {question.title, *project});
        }
        if (const std::string* challenge = unknown_or_twice(question.challenge_slugs, known.challenges)) {
            return fail(ErrorCode::Invalid, "error.snapshot.question_challenge_unknown", {question.title, *challenge});
        }
        RUNDUM_TRY(with_record([&] { return validate_question(question, references); }, "question " + question.id));
    }
    std::set<std::string> answers;
    for (const Answer& answer : snapshot.answers) {
        if (!is_valid_id(answer.id) || !answers.insert(answer.id).second) {
            return fail(ErrorCode::Invalid, "error.snapshot.answer_id_invalid", {answer.id});
        }
        if (!questions.contains(answer.question_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.answer_question_unknown", {answer.id, answer.question_id});
        }
        if (!answer.city_id.empty() && !known.cities.contains(answer.city_id)) {
            return fail(ErrorCode::Invalid, "error.snapshot.answer_city_unknown", {answer.id, answer.city_id});
        }
        RUNDUM_TRY(with_record([&] { return validate_answer(answer); }, "answer " + answer.id));
    }
    return {};
}

} // namespace

Result<void> validate_snapshot_collaboration(const NetworkSnapshot& snapshot)
{
    Known known;
    for (const City& city : snapshot.cities) {
        known.cities.insert(city.id);
    }
    for (const Project& project : snapshot.projects) {
        known.project_city.emplace(project.id, project.city_id);
        known.projects.emplace(project.id, &project);
    }
    for (const Challenge& challenge : snapshot.challenges) {
        known.challenges.emplace(challenge.slug, &challenge);
    }
    for (const Topic& topic : snapshot.topics) {
        known.topics.insert(topic.slug);
    }
    std::map<std::string, const Meeting*> meetings;
    RUNDUM_TRY(validate_meetings(snapshot, known, meetings));
    RUNDUM_TRY(validate_agenda(snapshot, known, meetings));
    RUNDUM_TRY(validate_registrations(snapshot, known, meetings));
    RUNDUM_TRY(validate_action_items(snapshot, known, meetings));
    RUNDUM_TRY(validate_pilots(snapshot, known));
    return validate_questions(snapshot, known);
}

} // namespace rundum
