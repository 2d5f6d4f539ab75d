// SPDX-License-Identifier: EUPL-1.2
// "Neu seit dem letzten Treffen": what happened in the network since its last meeting, so
// members arrive at the next one knowing what the others did. The reference point is the last
// meeting that took place; records are picked by their ISO 8601 UTC timestamps, which compare
// as text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/challenge.hpp"
#include "core/learning.hpp"
#include "core/meeting.hpp"
#include "core/pilot.hpp"
#include "core/project.hpp"
#include "core/question.hpp"

namespace rundum {

/// When no meeting took place yet, the overview covers this many days.
inline constexpr int NEWS_DAYS_WITHOUT_MEETING = 90;

/// The latest meeting that is not cancelled and started at or before `now_local`
/// (Europe/Berlin, "YYYY-MM-DDTHH:MM"), or nullptr.
const Meeting* last_meeting(const std::vector<Meeting>& meetings, const std::string& now_local);

/// The earliest meeting that is not cancelled and starts after `now_local`, or nullptr.
const Meeting* next_meeting(const std::vector<Meeting>& meetings, const std::string& now_local);

/// The records the overview chooses from, already reduced to what the member may see.
struct NewsSources {
    std::vector<Project> projects;
    std::vector<Adoption> adoptions;
    std::vector<Advice> advice;
    std::vector<Question> questions;
    std::vector<Answer> answers;
    std::vector<ChallengeApproach> approaches;
    std::vector<PilotProject> pilots;
};

/// A question and how many answers it got in the window.
struct AnsweredQuestion {
    Question question;
    int new_answers{0};
};

/// What is new since a moment, each list newest first.
struct NetworkNews {
    std::vector<Project> new_projects;     ///< created in the window
    std::vector<Project> changed_projects; ///< created before, changed in the window
    std::vector<Adoption> adoptions;       ///< recorded in the window
    std::vector<Advice> advice;            ///< recorded in the window
    std::vector<Question> new_questions;   ///< asked in the window
    std::vector<AnsweredQuestion> answered_questions; ///< asked before, answered in the window
    std::vector<ChallengeApproach> approaches;        ///< written or changed in the window
    std::vector<PilotProject> pilots;                 ///< started or changed in the window

    /// Whether nothing at all is new.
    [[nodiscard]] bool is_empty() const;
};

/// The records of `sources` from `since_utc` (ISO 8601 UTC, inclusive) on.
NetworkNews news_since(const NewsSources& sources, std::string_view since_utc);

} // namespace rundum
